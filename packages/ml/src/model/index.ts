export type { RgbImage, SafetyClass, SafetyScores, VisionAnalysis, VisionInput, VisionModel } from './port';
export { SAFETY_CLASSES, isRgbImage, VisionServiceError } from './port';
// The Rekognition adapter loads the AWS SDK: import it from '@shebalance/ml/model/rekognition'.
export type { RekognitionVisionModelOptions } from './rekognition';
export { analyzeImage, classifySafety, embed, embedFromImage } from './analyze';
export { createLocalVisionModel, LocalVisionModel } from './local-vision-model';
export { LOCAL_MODEL_ID, loadMobileNet, type LoadedMobileNet } from './mobilenet';
export { initTfBackend, type TfBackendInfo, type TfBackendName } from './backend';
export { decodeForModel, pixelsForModel, type ModelPixels } from './preprocess';
export { INPUT_SIZE, FEATURE_NODE, SAFETY_NODE } from './assets';
export {
  assessSafety,
  DEFAULT_SAFETY_POLICY,
  isExplicit,
  topSafetyClass,
  type SafetyDecision,
  type SafetyPolicy,
  type SafetyRule,
  type SafetyVerdict,
} from './safety';
export { l2Norm, l2Normalize } from './vector';
