import type { Lang } from '@shebalance/core/i18n/lang';
import { INTENTS, type Entity, type Intent, type ParseOptions, type ParseResult } from '../nlu/types';
import { decodeAudio, type DecodeLimits } from './decode';
import { DEFAULT_EXPECTED } from './expected';
import { AUDIO_CONTENT_TYPES } from './sniff';
import type { ExpectedOption, Recognition, SpeechToText } from './ports';
import { voiceReply, type VoiceReplyKey } from './replies';
import type { CachingTts } from './tts-cache';

/**
 * One voice turn: audio → 16 kHz PCM → recognizers in order (the first that understands wins) →
 * intent and entities → reply text in her language → spoken reply (cached) → signed URL.
 * Decoding problems throw AudioDecodeError (the route turns them into 4xx answers); silence and
 * noise are not errors: she gets a spoken prompt to tap a button or say one of the options.
 */
export interface VoiceTurnDeps {
  readonly recognizers: readonly SpeechToText[];
  readonly parse: (text: string, options?: ParseOptions) => ParseResult;
  readonly tts: CachingTts;
  readonly urlFor: (key: string) => Promise<string>;
  readonly now: () => Date;
  /** The reply for an understood turn; defaults to the built-in voice catalog. The conversation engine plugs in here. */
  readonly reply?: (turn: {
    intent: Intent;
    lang: Lang;
    transcript: string;
    entities: Entity[];
  }) => Promise<string> | string;
  readonly limits?: DecodeLimits;
}

export interface VoiceTurnInput {
  readonly audio: Buffer;
  readonly lang: Lang;
  /** The replies expected at her conversation step; a general menu when absent. */
  readonly expected?: readonly ExpectedOption[];
}

export interface VoiceTurnResult {
  readonly understood: boolean;
  readonly transcript: string;
  readonly lang: Lang;
  readonly intent: Intent;
  readonly confidence: number;
  readonly entities: Entity[];
  readonly engine: string;
  readonly reply: { readonly text: string; readonly audioUrl: string };
}

const isIntent = (id: string): id is Intent => (INTENTS as readonly string[]).includes(id);

/**
 * Audio → recognition only (no reply): decode, then the recognizers in order until one understands.
 * WhatsApp voice notes use this and hand the transcript to the conversation engine
 * (`{ kind: 'audio', transcript }`). Throws AudioDecodeError for unusable audio.
 */
export async function recognizeAudio(
  deps: Pick<VoiceTurnDeps, 'recognizers' | 'limits'>,
  input: VoiceTurnInput,
): Promise<Recognition> {
  const decoded = await decodeAudio(input.audio, deps.limits);
  const expected = input.expected ?? DEFAULT_EXPECTED;
  const original = { body: input.audio, contentType: AUDIO_CONTENT_TYPES[decoded.format] };
  let recognition: Recognition = { understood: false, reason: 'unavailable', engine: 'none' };
  for (const recognizer of deps.recognizers) {
    const attempt = await recognizer
      .recognize({ pcm: decoded, lang: input.lang, expected, original })
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

export async function voiceTurn(deps: VoiceTurnDeps, input: VoiceTurnInput): Promise<VoiceTurnResult> {
  const recognition = await recognizeAudio(deps, input);
  if (!recognition.understood) {
    const key: VoiceReplyKey = recognition.reason === 'silence' ? 'silence' : 'not_understood';
    return finish(
      deps,
      input.lang,
      {
        understood: false,
        transcript: '',
        intent: 'none',
        confidence: 0,
        entities: [],
        engine: recognition.engine,
      },
      voiceReply(key, input.lang),
    );
  }
  const optionId = recognition.optionId;
  const nluText = optionId && /^\d+$/.test(optionId) ? optionId : recognition.transcript;
  const parsed = deps.parse(nluText, { lang: input.lang, now: deps.now() });
  const intent: Intent = optionId && isIntent(optionId) ? optionId : parsed.intent;
  const turn = { intent, lang: input.lang, transcript: recognition.transcript, entities: parsed.entities };
  const text = deps.reply ? await deps.reply(turn) : voiceReply(intent, input.lang);
  return finish(
    deps,
    input.lang,
    {
      understood: true,
      transcript: recognition.transcript,
      intent,
      confidence: recognition.confidence,
      entities: parsed.entities,
      engine: recognition.engine,
    },
    text,
  );
}

async function finish(
  deps: VoiceTurnDeps,
  lang: Lang,
  result: Omit<VoiceTurnResult, 'reply' | 'lang'>,
  text: string,
): Promise<VoiceTurnResult> {
  const speech = await deps.tts.synthesize(text, lang);
  return { ...result, lang, reply: { text, audioUrl: await deps.urlFor(speech.key) } };
}
