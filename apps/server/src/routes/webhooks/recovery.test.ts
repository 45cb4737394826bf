import { FakeGraphServer } from '@shebalance/adapters/whatsapp/fake-graph-server';
import { prepareOutbound } from '@shebalance/adapters/whatsapp/index';
import { insertOutbound } from '@shebalance/db/whatsapp/index';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { drainJobs, useTestApp } from '../../../test/harness';

/**
 * Issue 5: no message is lost across a restart. Messages stored in the durable outbound queue whose
 * send jobs were lost (a crash between commit and enqueue, a job queue that was emptied) are
 * re-enqueued when the worker starts.
 */
const PHONE_ID = '106540352243111';
const env: Record<string, string> = {
  MESSAGING_DRIVER: 'whatsapp',
  WHATSAPP_APP_SECRET: 'recovery-app-secret-0123456789',
  WHATSAPP_TOKEN: 'graph-token-recovery',
  WHATSAPP_PHONE_NUMBER_ID: PHONE_ID,
};
const graph = new FakeGraphServer('graph-token-recovery', PHONE_ID);
beforeAll(async () => {
  await graph.start();
  env.WHATSAPP_GRAPH_URL = graph.url;
});
afterAll(() => graph.stop());
const ctx = useTestApp({ env, clock: 'fixed' });

describe('WhatsApp outbound recovery', () => {
  it('messages still queued when the worker starts are sent, once', async () => {
    const her = '919811177701';
    const rows = prepareOutbound(
      ['पहला संदेश', 'दूसरा संदेश'].map((body) => ({
        messaging_product: 'whatsapp' as const,
        recipient_type: 'individual' as const,
        to: her,
        type: 'text' as const,
        text: { body },
      })),
      { lang: 'hi', windowOpen: true, purpose: 'conversation', now: ctx.clock.now() },
    );
    // Stored before the "crash"; their send jobs never made it into the queue.
    await insertOutbound(ctx.container.database.db, rows);
    await drainJobs(ctx);
    expect(graph.messagesTo(her)).toHaveLength(0);

    ctx.container.startWorker();
    await vi.waitFor(() => expect(graph.messagesTo(her)).toHaveLength(2), { timeout: 20_000, interval: 50 });
    expect(graph.messagesTo(her).map((m) => m.text.body)).toEqual(['पहला संदेश', 'दूसरा संदेश']);
    await drainJobs(ctx);
    expect(graph.messagesTo(her)).toHaveLength(2);
  });
});
