import { signBody } from '@shebalance/adapters/whatsapp/index';
import { say } from '@shebalance/core/conversation/index';
import { webhookPayload, wire, type WireMessage } from '@shebalance/core/whatsapp/index';
import { getInbound } from '@shebalance/db/whatsapp/index';
import { createEspeakTts, decodeAudio, toSpeechRate, type Pcm } from '@shebalance/ml/speech/index';
import { encodeOggOpus } from '@shebalance/ml/speech/test-audio';
import { describe, expect, it } from 'vitest';
import { drainJobs } from '../../../test/harness';
import { useWhatsAppTestApp } from './test-support';

const SECRET = 'test-app-secret-voice-0123456789';
const PHONE_ID = '106540352242922';
const { ctx, graph } = useWhatsAppTestApp({
  secret: SECRET,
  phoneId: PHONE_ID,
  verifyToken: 'verify-me-please',
  token: 'graph-token-voice',
});
/** Her voice: a speaker the recognizer's templates were not made with. */
const speaker = createEspeakTts({ rate: 150, pitch: 30 });

let seq = 0;
/** She sends one message through the signed webhook, in the Cloud API's own payload shape. */
async function send(from: string, message: WireMessage): Promise<string> {
  const id = `wamid.VOICE${++seq}`;
  const raw = JSON.stringify(
    webhookPayload({
      phoneNumberId: PHONE_ID,
      from,
      messages: [{ id, timestamp: Math.floor(ctx.clock.now().getTime() / 1000) + seq, ...message }],
    }),
  );
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/webhooks/whatsapp',
    payload: raw,
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(raw, SECRET) },
  });
  expect(res.statusCode).toBe(200);
  return id;
}

/** She records a voice note (OGG/Opus, as WhatsApp phones do); the Graph API serves its bytes. */
async function voiceNote(from: string, ogg: Buffer, declaredSize: number | undefined = ogg.length) {
  const media = graph.addMedia(ogg, 'audio/ogg; codecs=opus');
  return send(from, wire.audio(media, declaredSize));
}
const saying = async (text: string) => encodeOggOpus(toSpeechRate(await speaker.synthesizePcm(text, 'hi')));
const silence = (seconds: number): Pcm => ({
  samples: new Float32Array(seconds * 16_000),
  sampleRate: 16_000,
});

interface Sent {
  type: string;
  text?: { body?: string };
  interactive?: { body?: { text?: string } };
  audio?: { id: string };
}
const sentTo = (waId: string, from = 0) => graph.messagesTo(waId).slice(from) as unknown as Sent[];
const textOf = (m: Sent): string => m.text?.body ?? m.interactive?.body?.text ?? '';
/** Her turn: the text replies and the spoken reply (decoded) the Graph API received. */
async function answer(her: string, before: number) {
  const sent = sentTo(her, before);
  const audio = sent.filter((m) => m.type === 'audio');
  const bytes = audio.map((m) => graph.media.get(m.audio!.id)!);
  return {
    text: sent
      .filter((m) => m.type !== 'audio')
      .map(textOf)
      .join('\n'),
    audio,
    last: sent.at(-1),
    seconds: await Promise.all(bytes.map(async (b) => (await decodeAudio(b.bytes)).durationSec)),
    mime: bytes.map((b) => b.mimeType),
  };
}

describe('WhatsApp voice notes go through the voice path and are answered in text and speech', () => {
  it('a Hindi voice note picks her language, another asks for help; each answer is also spoken', async () => {
    const her = '919811100201';
    await send(her, wire.text('नमस्ते'));
    await drainJobs(ctx);
    let before = sentTo(her).length;

    const pick = await voiceNote(her, await saying('hindi'));
    await drainJobs(ctx);
    expect((await getInbound(ctx.container.database.db, pick))?.transcript).toBe('हिन्दी');
    let reply = await answer(her, before);
    expect(reply.text).toContain(say('hi', 'lang.changed'));
    expect(reply.text).toContain(say('hi', 'onb.name'));
    // The spoken answer comes after the text, as an uploaded audio message in a format WhatsApp accepts.
    expect(reply.audio).toHaveLength(1);
    expect(reply.last?.type).toBe('audio');
    expect(reply.mime[0]).toBe('audio/mpeg');
    expect(reply.seconds[0]).toBeGreaterThan(1);
    expect(graph.requests.some((r) => r.method === 'POST' && r.path.endsWith('/media'))).toBe(true);

    before = sentTo(her).length;
    await voiceNote(her, await saying('madad'));
    await drainJobs(ctx);
    reply = await answer(her, before);
    expect(reply.text).toContain(say('hi', 'help.text'));
    expect(reply.audio).toHaveLength(1);

    // She can still type: a typed answer gets a text reply only.
    before = sentTo(her).length;
    await send(her, wire.text('सुनीता देवी'));
    await drainJobs(ctx);
    reply = await answer(her, before);
    expect(reply.text).toContain('सुनीता');
    expect(reply.audio).toHaveLength(0);
  }, 120_000);

  it('silence, a corrupt file and a 10-minute note: she is asked to tap or say an option, in her language', async () => {
    const her = '919811100202';
    await send(her, wire.text('नमस्ते'));
    await drainJobs(ctx);
    await send(her, wire.list('lang:hi', 'हिन्दी'));
    await drainJobs(ctx);
    const notes: [string, Buffer][] = [
      ['silence', await encodeOggOpus(silence(2))],
      ['corrupt', Buffer.concat([Buffer.from('OggS'), Buffer.alloc(800, 7)])],
      ['10 minutes', await encodeOggOpus(silence(600))],
    ];
    for (const [what, bytes] of notes) {
      const before = sentTo(her).length;
      const id = await voiceNote(her, bytes);
      await drainJobs(ctx);
      expect((await getInbound(ctx.container.database.db, id))?.transcript, what).toBe('');
      const reply = await answer(her, before);
      // Never a dead end: the same question again, after a clear word about the voice note.
      expect(reply.text, what).toContain(say('hi', 'media.audio_unsupported'));
      expect(reply.text, what).toContain(say('hi', 'onb.name'));
      expect(reply.audio, what).toHaveLength(1);
    }
  }, 120_000);

  it('a 17 MB voice note is not downloaded and gets a clear answer, even when the webhook omits its size', async () => {
    const her = '919811100203';
    const big = graph.addMedia(Buffer.alloc(16), 'audio/ogg; codecs=opus', 17 * 1024 * 1024);
    await send(her, wire.audio(big));
    await drainJobs(ctx);
    const reply = await answer(her, 0);
    expect(reply.text).toContain(say('en', 'media.too_large'));
    expect(graph.requests.some((r) => r.path.includes(`media-bytes/${big}`))).toBe(false);
    expect(graph.requests.some((r) => r.path.endsWith(`/${big}`))).toBe(true);
  });
});
