export { bedrockLanguageModel, type BedrockOptions } from './bedrock';
export { templateLanguageModel } from './templates';
