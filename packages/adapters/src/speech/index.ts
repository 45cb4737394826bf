export { pollyTts, type PollyOptions } from './polly';
export { transcribeStt, TRANSCRIBE_LANGUAGES, type TranscribeOptions } from './transcribe';
export type { AwsClientOptions } from './aws';
