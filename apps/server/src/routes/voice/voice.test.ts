import { initialState, say } from '@shebalance/core/conversation/index';
import { phoneToWaId } from '@shebalance/core/whatsapp/index';
import type { Database } from '@shebalance/db';
import { getConversation, lockConversation, saveConversation } from '@shebalance/db/whatsapp/index';
import { createEspeakTts, decodeAudio, encodeWav, type Pcm } from '@shebalance/ml/speech/index';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { aPhone, signIn, useTestApp } from '../../../test/harness';

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

/** She says `text` (synthesized speech, as a WAV recording) in this session. */
const saying = async (text: string, lang: 'hi' | 'en', fields: Record<string, string>, headers = {}) => {
  const res = await postVoice(encodeWav(await speaker.synthesizePcm(text, lang)), fields, headers);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

const silence = (seconds: number, sampleRate = 16_000): Pcm => ({
  samples: new Float32Array(Math.round(seconds * sampleRate)),
  sampleRate,
});
const pathOf = (url: string) => new URL(url, 'http://x').pathname + new URL(url, 'http://x').search;
const voiceSessions = async () => {
  const r = (await ctx.container.database.db.execute(
    sql`select key, state from voice_sessions order by key`,
  )) as unknown as { rows: { key: string; state: { step: string; lang: string } }[] };
  return r.rows;
};

describe('POST /api/v1/voice runs the shared conversation engine', () => {
  it('Hindi: she picks her language by voice, then asks for help, in one session; the answer is spoken', async () => {
    const first = await saying('hindi', 'hi', { lang: 'hi', sessionId: 'hindi-session' });
    expect(first).toMatchObject({
      transcript: 'hindi',
      lang: 'hi',
      intent: 'change_language',
      understood: true,
      sessionId: 'hindi-session',
      step: 'onb_name',
    });
    expect(first.reply.text).toContain(say('hi', 'lang.changed'));
    expect(first.reply.text).toContain(say('hi', 'onb.name'));
    const audio = await ctx.app.inject({ method: 'GET', url: pathOf(first.reply.audioUrl) });
    expect(audio.statusCode).toBe(200);
    expect(audio.headers['content-type']).toBe('audio/mpeg');
    expect((await decodeAudio(audio.rawPayload)).durationSec).toBeGreaterThan(1);

    // Same session: the engine remembers she is at the name step; "madad" is the help command there.
    const second = await saying('madad', 'hi', { sessionId: 'hindi-session' });
    expect(second).toMatchObject({ intent: 'help', lang: 'hi', step: 'onb_name', understood: true });
    expect(second.reply.text).toContain(say('hi', 'help.text'));
    expect(await voiceSessions()).toContainEqual(
      expect.objectContaining({
        key: 'anon:hindi-session',
        state: expect.objectContaining({ step: 'onb_name', lang: 'hi' }),
      }),
    );
  }, 120_000);

  it('English: a new session without an id gets one, and "english" starts onboarding in English', async () => {
    const res = await saying('english', 'en', { lang: 'en' });
    expect(res).toMatchObject({ lang: 'en', intent: 'change_language', step: 'onb_name' });
    expect(res.transcript).toMatch(/^english$/i);
    expect(res.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.reply.text).toContain(say('en', 'onb.name'));
  }, 120_000);

  it('a signed-in artisan continues her WhatsApp conversation by voice: a menu choice, then a language change', async () => {
    const phone = aPhone();
    const { auth } = await signIn(ctx.app, phone);
    const waId = phoneToWaId(phone);
    const db = ctx.container.database.db;
    await db.transaction(async (tx) => {
      await lockConversation(tx as unknown as Database, waId);
      await saveConversation(
        tx as unknown as Database,
        waId,
        { state: initialState('hi', true) },
        new Date(),
      );
    });
    const work = await saying('kaam chahiye', 'hi', {}, auth);
    expect(work).toMatchObject({ intent: 'find_work', lang: 'hi', step: 'menu', understood: true });
    expect(work.reply.text).toContain(say('hi', 'work.none'));

    const change = await saying('bhasha badlo', 'hi', {}, auth);
    expect(change).toMatchObject({ intent: 'change_language', step: 'choose_lang' });
    expect(change.options.map((o: { id: string }) => o.id)).toContain('lang:ta');
    const conversation = await getConversation(db, waId);
    expect(conversation?.state).toMatchObject({ step: 'choose_lang', lang: 'hi' });
    expect((await voiceSessions()).some((s) => s.key.includes(waId))).toBe(false);
  }, 120_000);

  it('silence and noise leave her where she was and ask her, in her language, to tap or say an option', async () => {
    await saying('hindi', 'hi', { lang: 'hi', sessionId: 'quiet' });
    const quiet = (await postVoice(encodeWav(silence(2)), { sessionId: 'quiet' })).json();
    expect(quiet).toMatchObject({
      understood: false,
      intent: 'none',
      transcript: '',
      lang: 'hi',
      step: 'onb_name',
    });
    expect(quiet.reply.text).toContain('सुनाई नहीं दिया');
    expect(quiet.reply.text).toContain(say('hi', 'onb.name'));
    let seed = 3;
    const hiss = Float32Array.from(
      { length: 32_000 },
      () => ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 0.6,
    );
    const noisy = await postVoice(encodeWav({ samples: hiss, sampleRate: 16_000 }), { lang: 'ta' });
    expect(noisy.statusCode).toBe(200);
    expect(noisy.json()).toMatchObject({ understood: false, lang: 'ta', step: 'new' });
    expect(noisy.json().reply.text).toContain('பொத்தானை');
    expect(noisy.json().options.length).toBe(5);
    expect(noisy.json().reply.audioUrl).toMatch(/^\/api\/v1\/media\/|^https?:/);
  }, 120_000);

  it('refuses bad uploads with clear answers in her language', async () => {
    const hi = { 'accept-language': 'hi' };
    const tooLong = await postVoice(encodeWav(silence(61)), {}, hi);
    expect(tooLong.statusCode).toBe(413);
    expect(tooLong.json().detail).toContain('60 सेकंड');
    // A 10-minute recording (8 kHz WAV, under 16 MB) is refused from its header.
    const tenMinutes = await postVoice(encodeWav(silence(600, 8000)), {}, hi);
    expect(tenMinutes.statusCode).toBe(413);
    expect(tenMinutes.json().detail).toContain('60 सेकंड');
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
    const french = await postVoice(encodeWav(silence(1)), { lang: 'fr' }, hi);
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
    const huge = Buffer.concat([encodeWav(silence(0.1)), Buffer.alloc(16 * 1024 * 1024 + 10)]);
    const res = await postVoice(huge, {}, { 'accept-language': 'en' });
    expect(res.statusCode).toBe(413);
    expect(res.json().detail).toContain('16 MB');
  });
});
