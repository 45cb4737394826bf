import { describe, expect, it } from 'vitest';
import { openDatabase } from './idb';
import { createOutbox } from './outbox';
import { classify, createSender, toHttpRequest } from './send';
import type { OutboxItem, SendOutcome } from './types';

let dbCounter = 0;
async function freshOutbox(options: Parameters<typeof createOutbox>[1] = {}) {
  dbCounter += 1;
  const db = await openDatabase(indexedDB, `outbox-test-${dbCounter}`);
  return { db, outbox: createOutbox(db, options) };
}

const ok = (body: unknown = {}): SendOutcome => ({ ok: true, status: 202, body });
const jpeg = (n: number) => new Uint8Array([0xff, 0xd8, 0xff, n]).buffer;

describe('offline outbox', () => {
  it('keeps items across a reopen, in the order she made them, each with its own key', async () => {
    const { outbox } = await freshOutbox();
    const a = await outbox.add('profile', {
      method: 'PATCH',
      path: '/api/v1/me/artisan',
      json: { bio: 'a' },
    });
    const b = await outbox.add('assessment', {
      method: 'POST',
      path: '/api/v1/assessments',
      files: [{ field: 'photos', name: 'p.jpg', type: 'image/jpeg', data: jpeg(1) }],
    });
    expect(a.id).not.toBe(b.id);
    const again = createOutbox(await openDatabase(indexedDB, `outbox-test-${dbCounter}`));
    const items = await again.list();
    expect(items.map((i) => i.id)).toEqual([a.id, b.id]);
    expect(items.every((i) => i.state === 'waiting')).toBe(true);
    expect(new Uint8Array(items[1]!.files![0]!.data)[3]).toBe(1);
  });

  it('sends each item exactly once even when two senders flush at the same time', async () => {
    const { outbox } = await freshOutbox();
    for (let i = 0; i < 6; i++) await outbox.add('request', { method: 'POST', path: `/x/${i}`, json: { i } });
    const calls: string[] = [];
    const slowSend = async (item: OutboxItem) => {
      calls.push(item.id);
      await new Promise((r) => setTimeout(r, 5));
      return ok({ path: item.path });
    };
    const [first, second] = await Promise.all([outbox.flush(slowSend), outbox.flush(slowSend)]);
    expect(calls).toHaveLength(6);
    expect(new Set(calls).size).toBe(6);
    expect(first.sent.length + second.sent.length).toBe(6);
    expect(await outbox.list()).toEqual([]);
    expect((await outbox.sent(calls[0]!))?.body).toEqual({ path: '/x/0' });
    // A later flush finds nothing to send again.
    await outbox.flush(slowSend);
    expect(calls).toHaveLength(6);
  });

  it('keeps items while offline and stops at the first network failure', async () => {
    const { outbox } = await freshOutbox();
    await outbox.add('request', { method: 'POST', path: '/a', json: {} });
    await outbox.add('request', { method: 'POST', path: '/b', json: {} });
    let tries = 0;
    const offline = createSender({
      baseUrl: '',
      token: () => 't',
      lang: () => 'hi',
      transport: async () => {
        tries += 1;
        throw new TypeError('Failed to fetch');
      },
    });
    const summary = await outbox.flush(offline);
    expect(tries).toBe(1);
    expect(summary).toMatchObject({ waiting: 1, failed: 0 });
    const items = await outbox.list();
    expect(items.map((i) => [i.state, i.attempts])).toEqual([
      ['waiting', 1],
      ['waiting', 0],
    ]);
    const sent = await outbox.flush(async () => ok());
    expect(sent.sent.map((s) => s.path)).toEqual(['/a', '/b']);
  });

  it('marks an item the server refuses for good as failed, and sends it again only when she asks', async () => {
    const { outbox } = await freshOutbox();
    const item = await outbox.add('request', { method: 'POST', path: '/bad', json: {} });
    await outbox.flush(async () => classify(415, { detail: 'not a photo' }));
    expect((await outbox.list())[0]).toMatchObject({ state: 'failed', error: 'not a photo' });
    let sends = 0;
    await outbox.flush(async () => (sends++, ok()));
    expect(sends).toBe(0);
    await outbox.retry(item.id);
    await outbox.flush(async () => (sends++, ok()));
    expect(sends).toBe(1);
  });

  it('lets another sender take over an item whose sender died, after the lease', async () => {
    let clock = 1_000;
    const { outbox } = await freshOutbox({ now: () => clock, leaseMs: 60_000 });
    const item = await outbox.add('request', { method: 'POST', path: '/a', json: {} });
    expect(await outbox.claim(item.id)).not.toBeNull(); // this sender "dies" here
    expect(await outbox.claim(item.id)).toBeNull();
    clock += 60_001;
    const taken = await outbox.claim(item.id);
    expect(taken).toMatchObject({ id: item.id, attempts: 2 });
  });
});

describe('sender', () => {
  const item = (over: Partial<OutboxItem> = {}): OutboxItem => ({
    id: 'k-1',
    kind: 'assessment',
    state: 'sending',
    createdAt: 0,
    attempts: 1,
    leaseUntil: 0,
    method: 'POST',
    path: '/api/v1/assessments',
    ...over,
  });

  it('sends the idempotency key, her token and language; files as multipart', async () => {
    const req = toHttpRequest(
      item({
        fields: { craft: 'madhubani' },
        files: [{ field: 'photos', name: 'a.jpg', type: 'image/jpeg', data: jpeg(7) }],
      }),
      'http://x',
      'tok',
      'hi',
    );
    expect(req.headers).toMatchObject({
      'Idempotency-Key': 'k-1',
      Authorization: 'Bearer tok',
      'Accept-Language': 'hi',
    });
    const form = req.body as FormData;
    expect(form.get('craft')).toBe('madhubani');
    const photo = form.get('photos') as File;
    expect(photo.type).toBe('image/jpeg');
    expect(new Uint8Array(await photo.arrayBuffer())[3]).toBe(7);
    const json = toHttpRequest(item({ files: undefined, json: { bio: 'x' } }), '', null, 'en');
    expect(json.body).toBe('{"bio":"x"}');
    expect(json.headers.Authorization).toBeUndefined();
  });

  it('classifies answers', () => {
    expect(classify(202, {})).toMatchObject({ ok: true });
    expect(classify(401, {})).toMatchObject({ ok: false, retry: true, stop: true });
    expect(classify(503, {})).toMatchObject({ ok: false, retry: true, stop: true });
    expect(classify(400, { detail: 'bad' })).toMatchObject({ ok: false, retry: false, error: 'bad' });
  });
});
