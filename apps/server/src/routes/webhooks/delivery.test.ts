import { FakeGraphServer } from '@shebalance/adapters/whatsapp/fake-graph-server';
import { queueMessages, recoverQueued, signBody } from '@shebalance/adapters/whatsapp/index';
import { OutboundLimitError, webhookPayload, wire, type CloudMessage } from '@shebalance/core/whatsapp/index';
import { whatsappSchema } from '@shebalance/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainJobs, useTestApp } from '../../../test/harness';
import { staffWithMfa } from '../../../test/staff';
import { createContainer } from '../../container';

const PHONE_ID = '106540352242923';
const env: Record<string, string> = {
  MESSAGING_DRIVER: 'whatsapp',
  WHATSAPP_APP_SECRET: 'delivery-test-secret-0123',
  WHATSAPP_TOKEN: 'graph-token-def',
  WHATSAPP_PHONE_NUMBER_ID: PHONE_ID,
};
const graph = new FakeGraphServer('graph-token-def', PHONE_ID);
beforeAll(async () => {
  await graph.start();
  env.WHATSAPP_GRAPH_URL = graph.url;
});
afterAll(() => graph.stop());
const ctx = useTestApp({ env, clock: 'fixed' });
const advance = (ms: number) => (ctx.clock as unknown as { advance(ms: number): void }).advance(ms);

const text = (to: string, body: string): CloudMessage => ({
  messaging_product: 'whatsapp',
  recipient_type: 'individual',
  to,
  type: 'text',
  text: { body },
});
const queue = (m: CloudMessage[], windowOpen = true) =>
  queueMessages(ctx.container.database.db, ctx.container.jobs.queue, m, {
    lang: 'hi',
    windowOpen,
    purpose: 'test',
    now: ctx.clock.now(),
  });
const row = async (id: string) => {
  const [r] = await ctx.container.database.db
    .select()
    .from(whatsappSchema.outboundMessages)
    .where(eq(whatsappSchema.outboundMessages.id, id));
  return r!;
};

describe('WhatsApp outbound delivery', () => {
  it('refuses a message over the limits before it is queued', async () => {
    const fourButtons: CloudMessage = {
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '919822200001',
      type: 'interactive',
      interactive: {
        type: 'button',
        body: { text: 'Pick' },
        action: {
          buttons: ['a', 'b', 'c', 'd'].map((id) => ({ type: 'reply' as const, reply: { id, title: id } })),
        },
      },
    };
    await expect(queue([fourButtons])).rejects.toBeInstanceOf(OutboundLimitError);
    const r = await ctx.container.database.db.execute(
      sql`select count(*)::int as n from outbound_messages where wa_to = '919822200001'`,
    );
    expect((r as unknown as { rows: { n: number }[] }).rows[0]!.n).toBe(0);
  });

  it('outside the 24-hour window a message goes out as a template in her language', async () => {
    const [id] = await queue([text('919822200002', 'आपका नया काम\nदेखें')], false);
    await drainJobs(ctx);
    const sent = graph.messagesTo('919822200002')[0]!;
    expect(sent.type).toBe('template');
    expect(sent.template).toMatchObject({ name: 'sb_update', language: { code: 'hi' } });
    expect(sent.template.components[0].parameters[0].text).toBe('आपका नया काम · देखें');
    expect((await row(id!)).status).toBe('sent');
  });

  it('retries with backoff on 130429 and 5xx, then succeeds', async () => {
    graph.failNext({ status: 400, code: 130429, message: 'Rate limit hit' });
    graph.failNext({ status: 503, code: 131016, message: 'Service unavailable' });
    const [id] = await queue([text('919822200003', 'नमस्ते')]);
    await drainJobs(ctx);
    expect(await row(id!)).toMatchObject({ status: 'queued', attempts: 1, errorCode: 130429 });
    advance(10 * 60_000);
    await drainJobs(ctx);
    expect(await row(id!)).toMatchObject({ status: 'queued', attempts: 2, errorCode: 131016 });
    advance(10 * 60_000);
    await drainJobs(ctx);
    expect(await row(id!)).toMatchObject({ status: 'sent', attempts: 3 });
    expect(graph.messagesTo('919822200003')).toHaveLength(1);
  });

  it('records a permanent failure and shows it to admins', async () => {
    graph.failNext({ status: 400, code: 131026, message: 'Message undeliverable' });
    const [id] = await queue([text('919822200004', 'hello')]);
    await drainJobs(ctx);
    expect(await row(id!)).toMatchObject({ status: 'failed', errorCode: 131026, attempts: 1 });
    const admin = await staffWithMfa(ctx, 'admin');
    const res = await ctx.app.inject({ url: '/api/v1/admin/whatsapp/failures', headers: admin.auth });
    expect(res.statusCode).toBe(200);
    expect(res.json().failures).toEqual(
      expect.arrayContaining([expect.objectContaining({ id, to: '+919822200004', errorCode: 131026 })]),
    );
    const reviewer = await staffWithMfa(ctx, 'reviewer');
    expect(
      (await ctx.app.inject({ url: '/api/v1/admin/whatsapp/failures', headers: reviewer.auth })).statusCode,
    ).toBe(403);
  });

  it('a restart (a new process and worker) delivers what was queued, even when the queue lost the job', async () => {
    const ids = await queue([text('919822200005', 'one'), text('919822200005', 'two')]);
    // The queue lost the jobs (e.g. a Redis flush): only the outbound table knows.
    await ctx.container.database.db.execute(
      sql`delete from jobs where idempotency_key like 'wa-send:%' and status = 'queued'`,
    );
    const restarted = await createContainer(ctx.container.config, {
      database: ctx.db.handle,
      clock: ctx.clock,
    });
    try {
      expect(await recoverQueued(restarted.database.db, restarted.jobs.queue)).toBeGreaterThanOrEqual(2);
      await restarted.jobs.createWorker({}).drain();
    } finally {
      await restarted.close();
    }
    for (const id of ids) expect((await row(id)).status).toBe('sent');
    expect(graph.messagesTo('919822200005').map((m) => m.text.body)).toEqual(['one', 'two']);
  });

  it('reviewers see who asked for a person', async () => {
    const raw = JSON.stringify(
      webhookPayload({
        phoneNumberId: PHONE_ID,
        from: '919822200006',
        messages: [{ id: 'wamid.HUMAN1', timestamp: 1780000000, ...wire.text('human') }],
      }),
    );
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/webhooks/whatsapp',
      payload: raw,
      headers: {
        'content-type': 'application/json',
        'x-hub-signature-256': signBody(raw, env.WHATSAPP_APP_SECRET!),
      },
    });
    expect(res.statusCode).toBe(200);
    await drainJobs(ctx);
    const reviewer = await staffWithMfa(ctx, 'reviewer');
    const list = await ctx.app.inject({
      url: '/api/v1/reviewer/handovers?status=open',
      headers: reviewer.auth,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().handovers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ phone: '+919822200006', reason: 'asked', lastText: 'human' }),
      ]),
    );
  });
});
