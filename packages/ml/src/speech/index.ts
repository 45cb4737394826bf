/**
 * SheBalance speech (issue 6): audio decoding (OGG/Opus, WebM/Opus, WAV, MP3 → 16 kHz mono), the
 * embedded espeak-ng TextToSpeech with an ObjectStore cache, the embedded template recognizer for
 * expected replies, and the speech ports the AWS adapters implement.
 */
export * from './ports';
export { AudioDecodeError, isAudioDecodeError, type AudioErrorCode } from './errors';
export {
  decodeAudio,
  oggDurationSec,
  MAX_AUDIO_BYTES,
  MAX_AUDIO_SECONDS,
  type DecodedAudio,
  type DecodeLimits,
} from './decode';
export { sniffAudio, AUDIO_CONTENT_TYPES, type AudioFormat } from './sniff';
export { encodeWav, resample, toSpeechRate, rms, SPEECH_RATE, type Pcm } from './pcm';
export { decodeWav } from './wav';
export { demuxWebmOpus, parseOpusHead, type OpusHead, type OpusTrack } from './webm';
export { encodeMp3 } from './mp3';
export { createEspeakTts, ESPEAK_VOICES, MAX_TTS_CHARS, type EspeakOptions } from './espeak';
export { cachingTts, ttsCacheKey, type CachingTts, type CachedSpeech } from './tts-cache';
export {
  createTemplateRecognizer,
  type TemplateRecognizer,
  type TemplateRecognizerOptions,
} from './template-recognizer';
export { findSpeech, type SpeechRegion } from './vad';
export { YES, NO, menuOptions, INTENT_OPTIONS, craftOptions, DEFAULT_EXPECTED } from './expected';
export { createEmbeddedSpeech, type EmbeddedSpeech } from './embedded';
export {
  hear,
  speak,
  recognizeAudio,
  type Heard,
  type HearInput,
  type ExpectedVoiceOption,
  type VoiceTurnDeps,
} from './voice-turn';
export { estimateMp3Seconds } from './mp3-duration';
