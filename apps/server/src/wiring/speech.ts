import { newObjectKey } from '@shebalance/adapters/storage/index';
import { expectedReplies, initialState } from '@shebalance/core/conversation/index';
import { parse } from '@shebalance/ml/nlu/index';
import {
  cachingTts,
  createEmbeddedSpeech,
  type CachingTts,
  type EmbeddedSpeech,
  type LanguageModel,
  type SpeechToText,
  type TextToSpeech,
  type VoiceTurnDeps,
} from '@shebalance/ml/speech/index';
import type { Container } from '../container';

/**
 * Voice wiring (issue 6): picks the TextToSpeech, SpeechToText and LanguageModel adapters from config
 * (embedded defaults; AWS SDKs loaded lazily) once per container.
 */
export interface Speech {
  readonly embedded: EmbeddedSpeech;
  readonly tts: TextToSpeech;
  readonly cachedTts: CachingTts;
  /** Tried in order: the configured engine first, the embedded recognizer as the fallback. */
  readonly recognizers: readonly SpeechToText[];
  readonly languageModel: () => Promise<LanguageModel>;
  readonly turnDeps: VoiceTurnDeps;
  /** Builds the embedded recognizer's templates for the first step and the menu in Hindi (a few seconds, once). */
  warmUp(): Promise<void>;
}

const perContainer = new WeakMap<Container, Speech>();

export function speechFor(container: Container): Speech {
  let speech = perContainer.get(container);
  if (!speech) {
    speech = createSpeech(container);
    perContainer.set(container, speech);
  }
  return speech;
}

function createSpeech(container: Container): Speech {
  const { config } = container;
  const aws = { region: config.SPEECH_AWS_REGION };
  const embedded = createEmbeddedSpeech();
  const tts = config.TTS_ENGINE === 'polly' ? lazyPolly(aws, embedded.tts) : embedded.tts;
  const cachedTts = cachingTts(tts, container.storage.store);
  const recognizers: SpeechToText[] = [embedded.recognizer];
  if (config.STT_ENGINE === 'transcribe' && config.STORAGE_DRIVER === 's3' && config.S3_BUCKET) {
    const bucket = config.S3_BUCKET;
    recognizers.unshift(
      lazyTranscribe(aws, async (body, contentType) => {
        const ext = contentType.includes('ogg')
          ? 'ogg'
          : contentType.includes('webm')
            ? 'webm'
            : contentType.includes('wav')
              ? 'wav'
              : 'mp3';
        const key = newObjectKey('voice', ext);
        await container.storage.store.put(key, body, contentType);
        return `s3://${bucket}/${key}`;
      }),
    );
  }
  let model: Promise<LanguageModel> | undefined;
  const languageModel = () =>
    (model ??=
      config.LANGUAGE_MODEL === 'bedrock'
        ? import('@shebalance/adapters/language-model/index').then((m) =>
            m.bedrockLanguageModel({ ...aws, modelId: config.BEDROCK_MODEL_ID }),
          )
        : import('@shebalance/adapters/language-model/index').then((m) => m.templateLanguageModel('')));
  const turnDeps: VoiceTurnDeps = {
    recognizers,
    parse,
    tts: cachedTts,
    urlFor: container.storage.urlFor,
    now: () => container.deps.clock.now(),
  };
  return {
    embedded,
    tts,
    cachedTts,
    recognizers,
    languageModel,
    turnDeps,
    warmUp: async () => {
      await embedded.recognizer.prepare('hi', expectedReplies(initialState('hi')));
      await embedded.recognizer.prepare('hi', expectedReplies(initialState('hi', true)));
    },
  };
}

/** Polly adapter behind a lazy import, so a deployment on espeak never loads the AWS SDK. */
function lazyPolly(aws: { region: string }, fallback: TextToSpeech): TextToSpeech {
  const load = import('@shebalance/adapters/speech/polly').then((m) => m.pollyTts({ ...aws, fallback }));
  load.catch(() => undefined);
  const voices: Record<string, string> = { hi: 'polly:Kajal:hi-IN:neural', en: 'polly:Kajal:en-IN:neural' };
  return {
    voiceId: (lang) => voices[lang] ?? fallback.voiceId(lang),
    synthesize: async (text, lang) => (await load).synthesize(text, lang),
  };
}

function lazyTranscribe(
  aws: { region: string },
  putMedia: (body: Buffer, contentType: string) => Promise<string>,
): SpeechToText {
  const load = import('@shebalance/adapters/speech/transcribe').then((m) =>
    m.transcribeStt({ ...aws, putMedia }),
  );
  load.catch(() => undefined);
  return {
    name: 'amazon-transcribe',
    openDictation: true,
    recognize: async (request) => (await load).recognize(request),
  };
}
