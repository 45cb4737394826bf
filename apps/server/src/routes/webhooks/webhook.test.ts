import { FakeGraphServer } from '@shebalance/adapters/whatsapp/fake-graph-server';
import { signBody } from '@shebalance/adapters/whatsapp/index';
import { webhookPayload, wire, type WireMessage } from '@shebalance/core/whatsapp/index';
import { whatsappSchema } from '@shebalance/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainJobs, useTestApp } from '../../../test/harness';

const SECRET = 'test-app-secret-0123456789';
const PHONE_ID = '106540352242922';
const env: Record<string, string> = {
  MESSAGING_DRIVER: 'whatsapp',
  WHATSAPP_APP_SECRET: SECRET,
  WHATSAPP_VERIFY_TOKEN: 'verify-me-please',
  WHATSAPP_TOKEN: 'graph-token-abc',
  WHATSAPP_PHONE_NUMBER_ID: PHONE_ID,
};
const graph = new FakeGraphServer('graph-token-abc', PHONE_ID);
beforeAll(async () => {
  await graph.start();
  env.WHATSAPP_GRAPH_URL = graph.url;
});
afterAll(() => graph.stop());
const ctx = useTestApp({ env, clock: 'fixed' });

let seq = 0;
const nowSec = () => Math.floor(ctx.clock.now().getTime() / 1000);
function post(body: unknown, signature?: string | null) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (signature !== null) headers['x-hub-signature-256'] = signature ?? signBody(raw, SECRET);
  return ctx.app.inject({ method: 'POST', url: '/webhooks/whatsapp', payload: raw, headers });
}
/** She sends one message; returns the message id. */
async function send(from: string, message: WireMessage): Promise<string> {
  const id = `wamid.TEST${++seq}`;
  const res = await post(
    webhookPayload({
      phoneNumberId: PHONE_ID,
      from,
      messages: [{ id, timestamp: nowSec() + seq, ...message }],
    }),
  );
  expect(res.statusCode).toBe(200);
  return id;
}
const count = async (table: string) => {
  const r = (await ctx.container.database.db.execute(
    sql.raw(`select count(*)::int as n from ${table}`),
  )) as unknown as { rows: { n: number }[] };
  return r.rows[0]!.n;
};
/** Bodies the fake Graph API accepted for her since `from`. */
const sentTo = (waId: string, from = 0) => graph.messagesTo(waId).slice(from);
const textOf = (m: { text?: { body?: string }; interactive?: { body?: { text?: string } } }): string =>
  m.text?.body ?? m.interactive?.body?.text ?? '';

describe('WhatsApp webhook', () => {
  it('answers the verification handshake only with the right token', async () => {
    const ok = await ctx.app.inject({
      url: '/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=verify-me-please&hub.challenge=12345',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.body).toBe('12345');
    const bad = await ctx.app.inject({
      url: '/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=12345',
    });
    expect(bad.statusCode).toBe(403);
  });

  it('rejects forged, tampered and missing signatures and stores nothing; malformed JSON is a 400', async () => {
    const body = JSON.stringify(
      webhookPayload({
        phoneNumberId: PHONE_ID,
        from: '919800000999',
        messages: [{ id: 'wamid.FORGED', timestamp: nowSec(), ...wire.text('hi') }],
      }),
    );
    expect((await post(body, null)).statusCode).toBe(401);
    expect((await post(body, signBody(body, 'wrong-secret'))).statusCode).toBe(401);
    expect((await post(body.replace('hi', 'ho'), signBody(body, SECRET))).statusCode).toBe(401);
    const malformed = await post('{"object": ', undefined);
    expect(malformed.statusCode).toBe(400);
    expect(malformed.headers['content-type']).toContain('application/problem+json');
    expect(await count('whatsapp_inbound')).toBe(0);
  });

  it('a new artisan onboards in Hindi, asks for help, changes language and asks for a person', async () => {
    const her = '919811100001';
    await send(her, wire.text('नमस्ते'));
    await drainJobs(ctx);
    expect(sentTo(her)[0]!.interactive.type).toBe('list');
    const steps: [WireMessage, string][] = [
      [wire.list('lang:hi', 'हिन्दी'), 'आपका नाम क्या है?'],
      [wire.text('सुनीता देवी'), 'आप कौन सा हुनर करती हैं?'],
      [wire.list('craft:chikankari', 'चिकनकारी'), 'जोड़ दिया: चिकनकारी'],
      [wire.button('crafts:done', 'बस इतना ही'), 'लोकेशन'],
      [wire.location(26.85, 80.95), 'लखनऊ'],
      [wire.button('avail:part', 'आधा दिन'), 'सहमत'],
      [wire.button('consent:yes', 'मैं सहमत हूँ'), 'प्रोफ़ाइल तैयार है'],
      [wire.text('मदद'), 'मैं इनमें आपकी मदद'],
      [wire.text('language'), 'Please choose your language'],
      [wire.list('lang:ta', 'தமிழ்'), 'தமிழில்'],
      [wire.text('human'), 'எங்கள் குழுவில் ஒருவரை'],
    ];
    for (const [message, expected] of steps) {
      const before = sentTo(her).length;
      await send(her, message);
      await drainJobs(ctx);
      const replies = sentTo(her, before).map(textOf).join('\n');
      expect(replies, JSON.stringify(message)).toContain(expected);
    }
    expect(sentTo(her).find((m) => m.interactive?.type === 'location_request_message')).toBeTruthy();
    const user = await ctx.container.deps.repos.users.findByPhone('+919811100001');
    const profile = await ctx.container.deps.repos.artisans.get(user!.id);
    expect(profile).toMatchObject({
      displayName: 'सुनीता देवी',
      district: 'Lucknow',
      state: 'UP',
      crafts: [{ craftId: 'chikankari', capacityPerWeek: 3 }],
    });
    expect(await ctx.container.deps.repos.users.findById(user!.id)).toMatchObject({
      preferredLanguage: 'ta',
    });
    const consents = await ctx.container.deps.repos.consents.listForUser(user!.id);
    expect(consents.map((c) => c.purpose).sort()).toEqual(['platform_terms', 'skill_assessment']);
    expect(await count(`handovers where wa_id = '${her}'`)).toBe(1);
    for (const r of graph.requests) expect(r.authorization).toBe('Bearer graph-token-abc');
  });

  it('a retried delivery is processed once; several messages in one POST are all handled in order', async () => {
    const her = '919811100002';
    const payload = webhookPayload({
      phoneNumberId: PHONE_ID,
      from: her,
      messages: [
        { id: 'wamid.MULTI1', timestamp: nowSec() + 1, ...wire.text('hello') },
        { id: 'wamid.MULTI2', timestamp: nowSec() + 2, ...wire.list('lang:hi', 'हिन्दी') },
      ],
    });
    for (let i = 0; i < 3; i++) expect((await post(payload)).statusCode).toBe(200);
    await drainJobs(ctx);
    await post(payload);
    await drainJobs(ctx);
    expect(await count(`whatsapp_inbound where wa_from = '${her}'`)).toBe(2);
    const replies = sentTo(her).map(textOf);
    expect(replies).toHaveLength(2);
    expect(replies[1]).toContain('आपका नाम क्या है?');
  });

  it('statuses out of order never move a status backwards; a failure is recorded', async () => {
    const her = '919811100003';
    await send(her, wire.text('hi'));
    await drainJobs(ctx);
    const [row] = await ctx.container.database.db
      .select()
      .from(whatsappSchema.outboundMessages)
      .where(sql`wa_to = ${her}`);
    expect(row!.status).toBe('sent');
    const status = (s: 'sent' | 'delivered' | 'read' | 'failed') => ({
      id: row!.waMessageId!,
      status: s,
      timestamp: nowSec(),
      recipient_id: her,
    });
    await post(
      webhookPayload({
        phoneNumberId: PHONE_ID,
        statuses: [status('read'), status('delivered'), status('sent')],
      }),
    );
    const after = await ctx.container.database.db
      .select()
      .from(whatsappSchema.outboundMessages)
      .where(sql`id = ${row!.id}`);
    expect(after[0]!.status).toBe('read');
    expect(await count(`whatsapp_status_events where wa_message_id = '${row!.waMessageId}'`)).toBe(3);
  });

  it('a 17 MB voice note gets a polite answer and is not downloaded; unknown types get a helpful reply', async () => {
    const her = '919811100004';
    const big = graph.addMedia(Buffer.alloc(16), 'audio/ogg', 17 * 1024 * 1024);
    await send(her, wire.audio(big, 17 * 1024 * 1024));
    await drainJobs(ctx);
    expect(sentTo(her).map(textOf).join('\n')).toContain('too large');
    expect(graph.requests.some((r) => r.path.includes(big))).toBe(false);
    const before = sentTo(her).length;
    await send(her, wire.unsupported('sticker'));
    await send(her, wire.reaction('wamid.X', '👍'));
    await drainJobs(ctx);
    expect(sentTo(her, before).map(textOf).join('\n')).toContain('cannot open this kind of message');
  });
});
