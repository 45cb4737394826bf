import type * as TranscribeSdk from '@aws-sdk/client-transcribe';
import type { Recognition, RecognizeRequest, SpeechToText, VoiceLang } from '@shebalance/ml/speech/ports';
import { clientConfig, type AwsClientOptions } from './aws';

/**
 * Amazon Transcribe (batch) for open dictation in Indian languages: the original upload is put in S3
 * (through `putMedia`), a transcription job is started, polled until it finishes, and its transcript
 * JSON fetched. Expected options are ignored (it transcribes anything); the NLU does the rest.
 */
export const TRANSCRIBE_LANGUAGES: Record<VoiceLang, string> = {
  hi: 'hi-IN',
  en: 'en-IN',
  ta: 'ta-IN',
  bn: 'bn-IN',
  mr: 'mr-IN',
  te: 'te-IN',
  kn: 'kn-IN',
  ml: 'ml-IN',
  gu: 'gu-IN',
  pa: 'pa-IN',
};

const MEDIA_FORMATS: Record<string, TranscribeSdk.MediaFormat> = {
  'audio/ogg': 'ogg',
  'audio/webm': 'webm',
  'audio/wav': 'wav',
  'audio/mpeg': 'mp3',
};

export interface TranscribeOptions extends AwsClientOptions {
  /** Stores the audio where Transcribe can read it and returns its s3:// URI. */
  readonly putMedia: (body: Buffer, contentType: string) => Promise<string>;
  /** Reads the transcript JSON at the URI the job reports (defaults to an HTTPS GET). */
  readonly fetchTranscript?: (uri: string) => Promise<unknown>;
  readonly pollIntervalMs?: number;
  readonly timeoutMs?: number;
  readonly jobName?: () => string;
  readonly sleep?: (ms: number) => Promise<void>;
}

interface TranscriptJson {
  results?: { transcripts?: { transcript?: string }[] };
}

export function transcribeStt(options: TranscribeOptions): SpeechToText {
  let loaded: Promise<{ sdk: typeof TranscribeSdk; client: TranscribeSdk.TranscribeClient }> | undefined;
  const load = () =>
    (loaded ??= import('@aws-sdk/client-transcribe').then((sdk) => ({
      sdk,
      client: new sdk.TranscribeClient(clientConfig(options)),
    })));
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const fetchTranscript =
    options.fetchTranscript ??
    (async (uri: string) => {
      const res = await fetch(uri);
      if (!res.ok) throw new Error(`transcript fetch failed: ${res.status}`);
      return res.json();
    });
  const engine = 'amazon-transcribe';

  return {
    name: engine,
    openDictation: true,
    async recognize(request: RecognizeRequest): Promise<Recognition> {
      if (!request.original) return { understood: false, reason: 'unavailable', engine };
      const format = MEDIA_FORMATS[request.original.contentType.split(';')[0]!.trim()];
      if (!format) return { understood: false, reason: 'unavailable', engine };
      const { sdk, client } = await load();
      const uri = await options.putMedia(request.original.body, request.original.contentType);
      const name = options.jobName?.() ?? `sb-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
      await client.send(
        new sdk.StartTranscriptionJobCommand({
          TranscriptionJobName: name,
          LanguageCode: TRANSCRIBE_LANGUAGES[request.lang] as TranscribeSdk.LanguageCode,
          MediaFormat: format,
          Media: { MediaFileUri: uri },
        }),
      );
      const deadline = Date.now() + (options.timeoutMs ?? 60_000);
      for (;;) {
        const { TranscriptionJob: job } = await client.send(
          new sdk.GetTranscriptionJobCommand({ TranscriptionJobName: name }),
        );
        const status = job?.TranscriptionJobStatus;
        if (status === 'FAILED') return { understood: false, reason: 'no_match', engine };
        if (status === 'COMPLETED') {
          const json = (await fetchTranscript(job!.Transcript!.TranscriptFileUri!)) as TranscriptJson;
          const transcript = (json.results?.transcripts ?? [])
            .map((t) => t.transcript ?? '')
            .join(' ')
            .trim();
          return transcript
            ? { understood: true, transcript, confidence: 0.9, engine }
            : { understood: false, reason: 'no_match', engine };
        }
        if (Date.now() > deadline) return { understood: false, reason: 'unavailable', engine };
        await sleep(options.pollIntervalMs ?? 1000);
      }
    },
  };
}
