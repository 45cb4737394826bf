import { afterEach, describe, expect, it } from 'vitest';
import { decodeAudio, encodeMp3, type TextToSpeech } from '@shebalance/ml/speech/index';
import { bedrockLanguageModel } from '../language-model/bedrock';
import { templateLanguageModel } from '../language-model/templates';
import { startFakeServer, testCredentials, type FakeServer } from './fake-server';
import { pollyTts } from './polly';
import { transcribeStt } from './transcribe';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const tone = (seconds: number) => ({
  samples: Float32Array.from({ length: seconds * 16_000 }, (_, i) => 0.3 * Math.sin(i * 0.2)),
  sampleRate: 16_000,
});
const aws = (url: string) => ({ region: 'ap-south-1', endpoint: url, credentials: testCredentials });
const fallback: TextToSpeech = {
  voiceId: (lang) => `fallback:${lang}`,
  synthesize: async () => ({ body: Buffer.from('fallback'), contentType: 'audio/mpeg', ext: 'mp3' }),
};

describe('Amazon Polly adapter', () => {
  it('POSTs a signed SynthesizeSpeech request and returns the MP3 it gets back', async () => {
    const mp3 = await encodeMp3(tone(1));
    server = await startFakeServer(() => ({ headers: { 'content-type': 'audio/mpeg' }, body: mp3 }), {
      http2: true,
    });
    const tts = pollyTts({ ...aws(server.url), fallback });
    const audio = await tts.synthesize('नमस्ते बहन', 'hi');
    const [req] = server.seen;
    expect(req?.method).toBe('POST');
    expect(req?.url).toBe('/v1/speech');
    expect(req?.headers.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/ap-south-1\/polly\//,
    );
    expect(JSON.parse(req!.body.toString())).toMatchObject({
      Text: 'नमस्ते बहन',
      OutputFormat: 'mp3',
      VoiceId: 'Kajal',
      LanguageCode: 'hi-IN',
      Engine: 'neural',
    });
    expect(audio.contentType).toBe('audio/mpeg');
    expect((await decodeAudio(audio.body)).durationSec).toBeGreaterThan(0.9);
  });

  it('hands languages Polly does not speak to the fallback voice', async () => {
    server = await startFakeServer(() => ({ status: 500, body: {} }));
    const tts = pollyTts({ ...aws(server.url), fallback });
    expect((await tts.synthesize('வணக்கம்', 'ta')).body.toString()).toBe('fallback');
    expect(tts.voiceId('ta')).toBe('fallback:ta');
    expect(server.seen).toHaveLength(0);
  });
});

describe('Amazon Transcribe adapter', () => {
  it('stores the audio, starts a job, polls it and reads the transcript', async () => {
    let polls = 0;
    server = await startFakeServer((req, base) => {
      if (req.method === 'GET')
        return { body: { results: { transcripts: [{ transcript: 'मुझे काम चाहिए' }] } } };
      const target = String(req.headers['x-amz-target']);
      const body = JSON.parse(req.body.toString()) as Record<string, unknown>;
      if (target.endsWith('StartTranscriptionJob'))
        return {
          headers: { 'content-type': 'application/x-amz-json-1.1' },
          body: {
            TranscriptionJob: {
              TranscriptionJobName: body.TranscriptionJobName,
              TranscriptionJobStatus: 'IN_PROGRESS',
            },
          },
        };
      polls += 1;
      const done = polls >= 2;
      return {
        headers: { 'content-type': 'application/x-amz-json-1.1' },
        body: {
          TranscriptionJob: {
            TranscriptionJobName: body.TranscriptionJobName,
            TranscriptionJobStatus: done ? 'COMPLETED' : 'IN_PROGRESS',
            ...(done && {
              Transcript: {
                TranscriptFileUri: `${base}/transcripts/${String(body.TranscriptionJobName)}.json`,
              },
            }),
          },
        },
      };
    });
    const stored = new Map<string, Buffer>();
    const stt = transcribeStt({
      ...aws(server.url),
      putMedia: async (body) => {
        stored.set('media/voice/a.ogg', body);
        return 's3://sb-media/media/voice/a.ogg';
      },
      jobName: () => 'job-1',
      sleep: async () => undefined,
    });
    const original = { body: Buffer.from('OggS fake voice note'), contentType: 'audio/ogg' };
    const result = await stt.recognize({ pcm: tone(1), lang: 'hi', original });
    expect(result).toMatchObject({
      understood: true,
      transcript: 'मुझे काम चाहिए',
      engine: 'amazon-transcribe',
    });
    const [start] = server.seen;
    expect(start?.headers['x-amz-target']).toBe('Transcribe.StartTranscriptionJob');
    expect(JSON.parse(start!.body.toString())).toEqual({
      TranscriptionJobName: 'job-1',
      LanguageCode: 'hi-IN',
      MediaFormat: 'ogg',
      Media: { MediaFileUri: 's3://sb-media/media/voice/a.ogg' },
    });
    expect(stored.get('media/voice/a.ogg')?.equals(original.body)).toBe(true);
    expect(server.seen.map((r) => r.headers['x-amz-target'] ?? r.url)).toEqual([
      'Transcribe.StartTranscriptionJob',
      'Transcribe.GetTranscriptionJob',
      'Transcribe.GetTranscriptionJob',
      '/transcripts/job-1.json',
    ]);
  });

  it('reports a failed job as not understood', async () => {
    server = await startFakeServer(() => ({
      headers: { 'content-type': 'application/x-amz-json-1.1' },
      body: {
        TranscriptionJob: {
          TranscriptionJobName: 'j',
          TranscriptionJobStatus: 'FAILED',
          FailureReason: 'bad audio',
        },
      },
    }));
    const stt = transcribeStt({
      ...aws(server.url),
      putMedia: async () => 's3://b/k',
      sleep: async () => undefined,
    });
    const original = { body: Buffer.from('x'), contentType: 'audio/mpeg' };
    expect(await stt.recognize({ pcm: tone(1), lang: 'ta', original })).toMatchObject({
      understood: false,
      reason: 'no_match',
    });
  });
});

describe('Bedrock Converse language model', () => {
  it('sends system, messages and limits; returns the assistant text', async () => {
    server = await startFakeServer(
      () => ({
        body: {
          output: { message: { role: 'assistant', content: [{ text: 'आपके लिए तीन काम हैं।' }] } },
          stopReason: 'end_turn',
          usage: { inputTokens: 10, outputTokens: 8, totalTokens: 18 },
          metrics: { latencyMs: 5 },
        },
      }),
      { http2: true },
    );
    const modelId = 'anthropic.claude-3-haiku-20240307-v1:0';
    const lm = bedrockLanguageModel({ ...aws(server.url), modelId });
    const out = await lm.complete({
      system: 'Reply in Hindi.',
      messages: [{ role: 'user', text: 'kaam hai?' }],
      maxTokens: 100,
    });
    expect(out).toEqual({ text: 'आपके लिए तीन काम हैं।', stopReason: 'end_turn' });
    const [req] = server.seen;
    expect(decodeURIComponent(req!.url)).toBe(`/model/${modelId}/converse`);
    expect(JSON.parse(req!.body.toString())).toMatchObject({
      system: [{ text: 'Reply in Hindi.' }],
      messages: [{ role: 'user', content: [{ text: 'kaam hai?' }] }],
      inferenceConfig: { maxTokens: 100 },
    });
  });

  it('the template default answers with the engine’s own reply, without any model', async () => {
    const lm = templateLanguageModel('Namaste');
    expect((await lm.complete({ system: '', messages: [{ role: 'user', text: 'hi' }] })).text).toBe(
      'Namaste',
    );
    expect(
      (await lm.complete({ system: '', messages: [{ role: 'assistant', text: 'Aapke 3 kaam' }] })).text,
    ).toBe('Aapke 3 kaam');
  });
});
