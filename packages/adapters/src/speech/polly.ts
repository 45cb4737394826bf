import type * as PollySdk from '@aws-sdk/client-polly';
import type { SpeechAudio, TextToSpeech, VoiceLang } from '@shebalance/ml/speech/ports';
import { clientConfig, type AwsClientOptions } from './aws';

/**
 * Amazon Polly TextToSpeech (SynthesizeSpeech, MP3). Polly speaks Hindi and Indian English; for the
 * other languages `pollyTts` delegates to the fallback (the embedded espeak-ng). The SDK is imported
 * on first use.
 */
export interface PollyOptions extends AwsClientOptions {
  /** Voice per language; defaults: Kajal (neural) for hi and en-IN. */
  readonly voices?: Partial<
    Record<VoiceLang, { voiceId: string; languageCode: string; engine: 'standard' | 'neural' }>
  >;
  readonly fallback: TextToSpeech;
}

const DEFAULT_VOICES: PollyOptions['voices'] = {
  hi: { voiceId: 'Kajal', languageCode: 'hi-IN', engine: 'neural' },
  en: { voiceId: 'Kajal', languageCode: 'en-IN', engine: 'neural' },
};

export function pollyTts(options: PollyOptions): TextToSpeech {
  const voices = { ...DEFAULT_VOICES, ...options.voices };
  let loaded: Promise<{ sdk: typeof PollySdk; client: PollySdk.PollyClient }> | undefined;
  const load = () =>
    (loaded ??= import('@aws-sdk/client-polly').then((sdk) => ({
      sdk,
      client: new sdk.PollyClient(clientConfig(options)),
    })));

  return {
    voiceId: (lang) => {
      const v = voices[lang];
      return v ? `polly:${v.voiceId}:${v.languageCode}:${v.engine}` : options.fallback.voiceId(lang);
    },
    async synthesize(text: string, lang: VoiceLang): Promise<SpeechAudio> {
      const voice = voices[lang];
      if (!voice) return options.fallback.synthesize(text, lang);
      const { sdk, client } = await load();
      const out = await client.send(
        new sdk.SynthesizeSpeechCommand({
          Text: text.slice(0, 3000),
          TextType: 'text',
          OutputFormat: 'mp3',
          VoiceId: voice.voiceId as PollySdk.VoiceId,
          LanguageCode: voice.languageCode as PollySdk.LanguageCode,
          Engine: voice.engine,
        }),
      );
      if (!out.AudioStream) throw new Error('Polly returned no audio');
      const body = Buffer.from(await out.AudioStream.transformToByteArray());
      return { body, contentType: out.ContentType ?? 'audio/mpeg', ext: 'mp3' };
    },
  };
}
