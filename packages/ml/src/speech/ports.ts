import type { Pcm } from './pcm';

/**
 * Speech ports. The embedded defaults live in this folder (espeak-ng TTS, template recognizer);
 * the AWS adapters (Polly, Transcribe, Bedrock) live in packages/adapters. Any other provider
 * implements the same interfaces.
 */

/** Voices we can speak: the five app languages plus Telugu, Kannada, Malayalam, Gujarati, Punjabi. */
export const VOICE_LANGS = ['hi', 'en', 'ta', 'bn', 'mr', 'te', 'kn', 'ml', 'gu', 'pa'] as const;
export type VoiceLang = (typeof VOICE_LANGS)[number];
export const isVoiceLang = (v: unknown): v is VoiceLang =>
  typeof v === 'string' && (VOICE_LANGS as readonly string[]).includes(v);

export interface SpeechAudio {
  readonly body: Buffer;
  /** 'audio/mpeg' or 'audio/ogg; codecs=opus' (both accepted by WhatsApp). */
  readonly contentType: string;
  readonly ext: string;
}

export interface TextToSpeech {
  /** Stable id used in cache keys, e.g. 'espeak-ng:hi' or 'polly:Kajal'. */
  voiceId(lang: VoiceLang): string;
  /** Encoded audio ready to send (MP3 or OGG/Opus). */
  synthesize(text: string, lang: VoiceLang): Promise<SpeechAudio>;
}

/** Raw samples, for engines that can give them (the embedded one); used to build recognizer templates. */
export interface PcmSynthesizer {
  synthesizePcm(text: string, lang: VoiceLang): Promise<Pcm>;
}

/** One reply we expect at this conversation step, with the ways she may say it. */
export interface ExpectedOption {
  readonly id: string;
  /** Spoken forms, e.g. ['haan', 'haan ji', 'yes'] (romanized Hindi and English for the embedded recognizer). */
  readonly phrases: readonly string[];
}

export interface RecognizeRequest {
  /** 16 kHz mono. */
  readonly pcm: Pcm;
  readonly lang: VoiceLang;
  /** Constrains the embedded recognizer; cloud dictation ignores it. Empty = open dictation. */
  readonly expected?: readonly ExpectedOption[];
  /** The original upload (cloud recognizers take the file as it came). */
  readonly original?: { readonly body: Buffer; readonly contentType: string };
}

export type Recognition =
  | {
      readonly understood: true;
      readonly transcript: string;
      /** The expected option it matched, when constrained. */
      readonly optionId?: string;
      readonly confidence: number;
      readonly engine: string;
    }
  | {
      readonly understood: false;
      readonly reason: 'silence' | 'no_match' | 'unavailable';
      readonly engine: string;
    };

export interface SpeechToText {
  readonly name: string;
  /** True when it can transcribe free speech (not only the expected options). */
  readonly openDictation: boolean;
  recognize(request: RecognizeRequest): Promise<Recognition>;
}

/** Free-form replies (Bedrock Converse); the deterministic templates stay the default. */
export interface LanguageModelMessage {
  readonly role: 'user' | 'assistant';
  readonly text: string;
}

export interface LanguageModel {
  readonly name: string;
  complete(input: {
    readonly system: string;
    readonly messages: readonly LanguageModelMessage[];
    readonly maxTokens?: number;
  }): Promise<{ readonly text: string; readonly stopReason?: string }>;
}
