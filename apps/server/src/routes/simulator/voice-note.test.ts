import { say } from '@shebalance/core/conversation/index';
import { createEspeakTts, decodeAudio, toSpeechRate } from '@shebalance/ml/speech/index';
import { encodeOggOpus, muxWebm, oggPackets } from '@shebalance/ml/speech/test-audio';
import { describe, expect, it } from 'vitest';
import { drainJobs, useTestApp } from '../../../test/harness';

const ctx = useTestApp({ clock: 'fixed' });
const speaker = createEspeakTts({ rate: 150, pitch: 30 });

/** What Chromium's MediaRecorder makes of her speech: WebM/Opus. */
async function browserRecording(text: string): Promise<Buffer> {
  const ogg = await encodeOggOpus(toSpeechRate(await speaker.synthesizePcm(text, 'hi')));
  const [head, , ...frames] = oggPackets(ogg);
  return muxWebm(head!, frames);
}

function upload(bytes: Buffer, type: string) {
  const boundary = '----sbsim' + Math.random().toString(16).slice(2);
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="voice.webm"\r\nContent-Type: ${type}\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/simulator/media',
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

const send = async (from: string, message: Record<string, unknown>) => {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/simulator/send',
    payload: { from, message },
  });
  expect(res.statusCode, res.body).toBe(202);
  await drainJobs(ctx);
};

interface Entry {
  direction: 'in' | 'out';
  message: { type?: string; text?: { body?: string }; interactive?: { body?: { text?: string } } };
  mediaUrl?: string;
}

describe('WhatsApp simulator: a Hindi voice note', () => {
  it('recorded in the browser gets a spoken Hindi answer the page can play', async () => {
    const phone = '+919812300001';
    await send(phone, { type: 'text', text: 'नमस्ते' });
    const media = await upload(await browserRecording('hindi'), 'audio/webm;codecs=opus');
    expect(media.statusCode, media.body).toBe(201);
    await send(phone, { type: 'audio', mediaId: media.json().mediaId });

    const view = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/simulator/messages?phone=${encodeURIComponent(phone)}`,
    });
    const entries = view.json().messages as Entry[];
    const out = entries.filter((e) => e.direction === 'out');
    const texts = out.map((e) => e.message.text?.body ?? e.message.interactive?.body?.text ?? '').join('\n');
    expect(texts).toContain(say('hi', 'onb.name'));
    const spoken = out.at(-1)!;
    expect(spoken.message.type).toBe('audio');
    expect(spoken.mediaUrl).toBeTruthy();
    const url = new URL(spoken.mediaUrl!, 'http://x');
    const audio = await ctx.app.inject({ method: 'GET', url: url.pathname + url.search });
    expect(audio.statusCode).toBe(200);
    expect(audio.headers['content-type']).toBe('audio/mpeg');
    expect((await decodeAudio(audio.rawPayload)).durationSec).toBeGreaterThan(1);
    // Her own voice note is shown too (a player for what she recorded).
    expect(entries.find((e) => e.direction === 'in' && e.mediaUrl)).toBeTruthy();
  }, 120_000);
});
