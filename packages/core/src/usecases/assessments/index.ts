export { submitAssessment, PIPELINE_MAX_ATTEMPTS, type SubmitAssessmentInput } from './submit';
export { runAssessmentPipeline } from './run-pipeline';
export { decideAssessment, type DecideDeps, type DecisionInput } from './decide';
export { appealAssessment } from './appeal';
