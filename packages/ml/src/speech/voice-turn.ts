import type { Lang } from '@shebalance/core/i18n/lang';
import { INTENTS, type Entity, type Intent, type ParseOptions, type ParseResult } from '../nlu/types';
import { decodeAudio, type DecodeLimits } from './decode';
import type { ExpectedOption, Recognition, SpeechToText } from './ports';
import { AUDIO_CONTENT_TYPES } from './sniff';
import type { CachingTts } from './tts-cache';

/**
 * The speech half of a voice turn: audio → 16 kHz PCM → recognizers in order (the first that
 * understands wins) → transcript, intent and entities (`hear`); and reply text → spoken reply (cached)
 * → signed URL (`speak`). What to answer is the conversation engine's job (the caller runs
 * `converse` between the two), so voice, WhatsApp voice notes and the app share one engine.
 * Decoding problems throw AudioDecodeError (callers turn them into clear answers); silence and noise
 * are not errors: `understood: false` and the caller asks her to tap a button or say an option.
 */
export interface VoiceTurnDeps {
  readonly recognizers: readonly SpeechToText[];
  readonly parse: (text: string, options?: ParseOptions) => ParseResult;
  readonly tts: CachingTts;
  readonly urlFor: (key: string) => Promise<string>;
  readonly now: () => Date;
  readonly limits?: DecodeLimits;
}

/** An expected reply; `intent` is the NLU intent it stands for, when it stands for one. */
export interface ExpectedVoiceOption extends ExpectedOption {
  readonly intent?: string;
}

export interface HearInput {
  readonly audio: Buffer;
  readonly lang: Lang;
  /** The replies expected at her conversation step (the embedded recognizer listens only for these). */
  readonly expected: readonly ExpectedVoiceOption[];
}

export type Heard =
  | {
      readonly understood: true;
      readonly transcript: string;
      /** The expected option it matched, when a constrained recognizer heard it. */
      readonly optionId?: string;
      readonly intent: Intent;
      readonly confidence: number;
      readonly entities: Entity[];
      readonly engine: string;
    }
  | {
      readonly understood: false;
      readonly reason: 'silence' | 'no_match' | 'unavailable';
      readonly intent: 'none';
      readonly engine: string;
    };

const isIntent = (id: string | undefined): id is Intent =>
  id !== undefined && (INTENTS as readonly string[]).includes(id);

/**
 * Audio → recognition only: decode, then the recognizers in order until one understands.
 * Throws AudioDecodeError for unusable audio.
 */
export async function recognizeAudio(
  deps: Pick<VoiceTurnDeps, 'recognizers' | 'limits'>,
  input: Omit<HearInput, 'expected'> & { readonly expected: readonly ExpectedOption[] },
): Promise<Recognition> {
  const decoded = await decodeAudio(input.audio, deps.limits);
  const original = { body: input.audio, contentType: AUDIO_CONTENT_TYPES[decoded.format] };
  let recognition: Recognition = { understood: false, reason: 'unavailable', engine: 'none' };
  for (const recognizer of deps.recognizers) {
    const attempt = await recognizer
      .recognize({ pcm: decoded, lang: input.lang, expected: input.expected, original })
      .catch((): Recognition => ({ understood: false, reason: 'unavailable', engine: recognizer.name }));
    if (attempt.understood) return attempt;
    if (
      recognition.understood === false &&
      (recognition.reason === 'unavailable' || attempt.reason === 'silence')
    )
      recognition = attempt;
  }
  return recognition;
}

/** What she said: the recognition, and its intent (the matched option's, else the NLU's). */
export async function hear(deps: VoiceTurnDeps, input: HearInput): Promise<Heard> {
  const recognition = await recognizeAudio(deps, input);
  if (!recognition.understood)
    return { understood: false, reason: recognition.reason, intent: 'none', engine: recognition.engine };
  const option = input.expected.find((o) => o.id === recognition.optionId);
  const parsed = deps.parse(recognition.transcript, { lang: input.lang, now: deps.now() });
  return {
    understood: true,
    transcript: recognition.transcript,
    ...(recognition.optionId ? { optionId: recognition.optionId } : {}),
    intent: isIntent(option?.intent) ? option.intent : parsed.intent,
    confidence: recognition.confidence,
    entities: parsed.entities,
    engine: recognition.engine,
  };
}

/** The reply spoken in her language (synthesized once per text and voice, then served from the store). */
export async function speak(
  deps: Pick<VoiceTurnDeps, 'tts' | 'urlFor'>,
  text: string,
  lang: Lang,
): Promise<{ text: string; audioUrl: string; key: string; contentType: string }> {
  const speech = await deps.tts.synthesize(text, lang);
  return { text, audioUrl: await deps.urlFor(speech.key), key: speech.key, contentType: speech.contentType };
}
