import { createEspeakTts, decodeAudio, encodeWav, type Pcm } from '@shebalance/ml/speech/index';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';

const ctx = useTestApp({ clock: 'fixed' });
/** A voice the recognizer's templates were not made with (other rate and pitch). */
const speaker = createEspeakTts({ rate: 150, pitch: 30 });

function multipart(parts: { name: string; value: Buffer | string; filename?: string; type?: string }[]) {
  const boundary = '----sbvoice' + Math.random().toString(16).slice(2);
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.type ? `Content-Type: ${p.type}\r\n` : ''}\r\n`;
    chunks.push(
      Buffer.from(head),
      Buffer.isBuffer(p.value) ? p.value : Buffer.from(p.value),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const postVoice = (
  audio: Buffer | undefined,
  fields: Record<string, string> = {},
  headers: Record<string, string> = {},
) => {
  const parts = [
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    ...(audio ? [{ name: 'audio', value: audio, filename: 'note.wav', type: 'audio/wav' }] : []),
  ];
  const body = multipart(parts);
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/voice',
    payload: body.payload,
    headers: { ...body.headers, ...headers },
  });
};

const wavOf = (pcm: Pcm) => encodeWav(pcm);
const silence = (seconds: number): Pcm => ({
  samples: new Float32Array(Math.round(seconds * 16_000)),
  sampleRate: 16_000,
});

describe('POST /api/v1/voice', () => {
  it('hears "haan", understands it and answers in spoken Hindi', async () => {
    const res = await postVoice(wavOf(await speaker.synthesizePcm('haan', 'hi')), {
      lang: 'hi',
      sessionId: 's-1',
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ transcript: 'haan', lang: 'hi', intent: 'accept_offer', understood: true });
    expect(body.reply.text).toBe('धन्यवाद! मैंने लिख लिया कि आप यह काम लेंगी।');
    const audio = await ctx.app.inject({
      method: 'GET',
      url:
        new URL(body.reply.audioUrl, 'http://x').pathname + new URL(body.reply.audioUrl, 'http://x').search,
    });
    expect(audio.statusCode).toBe(200);
    expect(audio.headers['content-type']).toBe('audio/mpeg');
    expect((await decodeAudio(audio.rawPayload)).durationSec).toBeGreaterThan(1);
  }, 60_000);

  it('a spoken menu shortcut reaches its intent ("kaam chahiye" → find_work)', async () => {
    const res = await postVoice(wavOf(await speaker.synthesizePcm('kaam chahiye', 'hi')), { lang: 'hi' });
    expect(res.json()).toMatchObject({ transcript: 'kaam chahiye', intent: 'find_work', understood: true });
  });

  it('silence and noise are answered with a spoken prompt to tap a button or say an option', async () => {
    const quiet = (await postVoice(wavOf(silence(2)), { lang: 'hi' })).json();
    expect(quiet).toMatchObject({ understood: false, intent: 'none', transcript: '' });
    expect(quiet.reply.text).toContain('बटन');
    let seed = 3;
    const hiss = Float32Array.from(
      { length: 32_000 },
      () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 0.6,
    );
    const noisy = await postVoice(wavOf({ samples: hiss, sampleRate: 16_000 }), { lang: 'ta' });
    expect(noisy.statusCode).toBe(200);
    expect(noisy.json()).toMatchObject({ understood: false, lang: 'ta' });
    expect(noisy.json().reply.text).toContain('பொத்தானை');
    expect(noisy.json().reply.audioUrl).toMatch(/^\/api\/v1\/media\/|^https?:/);
  });

  it('refuses bad uploads with clear answers in her language', async () => {
    const hi = { 'accept-language': 'hi' };
    const tooLong = await postVoice(wavOf(silence(61)), {}, hi);
    expect(tooLong.statusCode).toBe(413);
    expect(tooLong.json().detail).toContain('60 सेकंड');
    const corrupt = await postVoice(Buffer.concat([Buffer.from('OggS'), Buffer.alloc(500, 9)]), {}, hi);
    expect(corrupt.statusCode).toBe(400);
    expect(corrupt.json().detail).toContain('ख़राब');
    const text = await postVoice(Buffer.from('just some text'), {}, hi);
    expect(text.statusCode).toBe(415);
    const empty = await postVoice(Buffer.alloc(0), {}, hi);
    expect(empty.statusCode).toBe(400);
    expect(empty.json().detail).toContain('खाली');
    const missing = await postVoice(undefined, { lang: 'hi' }, hi);
    expect(missing.statusCode).toBe(400);
    const french = await postVoice(wavOf(silence(1)), { lang: 'fr' }, hi);
    expect(french.statusCode).toBe(400);
    expect(french.json().detail).toContain('भाषा');
    const notMultipart = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/voice',
      payload: { audio: 'x' },
    });
    expect(notMultipart.statusCode).toBe(415);
  });

  it('refuses more than 16 MB before decoding', async () => {
    const huge = Buffer.concat([wavOf(silence(0.1)), Buffer.alloc(16 * 1024 * 1024 + 10)]);
    const res = await postVoice(huge, {}, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(413);
    expect(res.json().detail).toContain('16 MB');
  });
});
