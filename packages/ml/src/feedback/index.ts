export { CATALOGS } from './catalog/index';
export type { Catalog, MessageKey } from './catalog/index';
export { formatInr, interpolate, placeholders, t } from './format';
export type { Params } from './format';
export { describeLevel, evidenceLabel, intakeMessage, levelName, retakeTips, scoreLabel } from './labels';
export { buildFeedback, feedbackKeys, MASTER_OVERALL, STRONG_EVIDENCE, WEAK_EVIDENCE } from './suggestions';
export type { FeedbackOptions } from './suggestions';
export { describeValue } from './value';
