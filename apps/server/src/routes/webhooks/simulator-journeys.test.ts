/* eslint-disable @typescript-eslint/no-explicit-any -- reads rendered WhatsApp JSON */
import { beforeAll, describe, expect, it } from 'vitest';
import { aPhone, drainJobs, useTestApp } from '../../../test/harness';
import { sessionFor } from '../reviewer/test-support';
import { buyerPost, craftPhoto as photo, importCraftGallery, potteryRequest } from './test-support';

/**
 * Issue 5 in the embedded simulator (the default driver, nothing leaves the machine): her score, her
 * certificate as a picture and a PDF the page can load, and a buyer's offer with Accept / Decline
 * buttons all appear in her simulated WhatsApp conversation.
 */
const ctx = useTestApp({ clock: 'fixed' });
type Entry = { direction: 'in' | 'out'; message: Record<string, any>; mediaUrl?: string };

async function say(from: string, message: Record<string, unknown>) {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/simulator/send',
    payload: { from, message },
  });
  expect(res.statusCode, res.body).toBe(202);
  await drainJobs(ctx);
}
async function outgoing(phone: string): Promise<Entry[]> {
  const res = await ctx.app.inject({
    url: `/api/v1/simulator/messages?phone=${encodeURIComponent(phone)}&limit=200`,
  });
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().messages as Entry[]).filter((e) => e.direction === 'out');
}
async function upload(bytes: Buffer): Promise<string> {
  const boundary = `----sim${Date.now()}`;
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/simulator/media',
    payload: Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="work.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
      ),
      bytes,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().mediaId as string;
}
const bodyOf = (e: Entry) =>
  (e.message.text?.body ?? e.message.interactive?.body?.text ?? e.message.image?.caption ?? '') as string;

describe('WhatsApp journeys in the simulator', () => {
  beforeAll(async () => {
    await importCraftGallery(ctx, 'sb-sim-gallery-');
  });

  it('score, certificate picture and PDF, and an offer with buttons appear in her conversation', async () => {
    const phone = aPhone();
    for (const message of [
      { type: 'text', text: 'नमस्ते' },
      { type: 'list', id: 'lang:hi', title: 'हिन्दी' },
      { type: 'text', text: 'सुमन' },
      { type: 'list', id: 'craft:pottery', title: 'मिट्टी के बर्तन' },
      { type: 'button', id: 'crafts:done', title: 'बस इतना ही' },
      { type: 'location', latitude: 26.85, longitude: 80.95 },
      { type: 'button', id: 'avail:full', title: 'पूरा दिन' },
      { type: 'button', id: 'consent:yes', title: 'मैं सहमत हूँ' },
      { type: 'list', id: 'menu:snap', title: 'मेरे काम की जाँच' },
    ])
      await say(phone, message);
    for (const seed of [60, 61])
      await say(phone, { type: 'image', mediaId: await upload(await photo('pottery-rings', seed)) });
    await say(phone, { type: 'button', id: 'snap:done', title: 'हो गया' });

    const out = await outgoing(phone);
    expect(out.map(bodyOf).join('\n')).toContain('आपका स्कोर तैयार है');
    const image = out.find((e) => e.message.type === 'image')!;
    const pdf = out.find((e) => e.message.type === 'document')!;
    for (const [entry, type] of [
      [image, 'image/png'],
      [pdf, 'application/pdf'],
    ] as const) {
      const fetched = await ctx.app.inject({ url: entry.mediaUrl! });
      expect(fetched.statusCode).toBe(200);
      expect(fetched.headers['content-type']).toContain(type);
    }

    // A buyer's offer reaches her simulated WhatsApp (not only the development outbox).
    const userId = (await ctx.container.deps.repos.users.findByPhone(phone))!.id;
    const buyer = await sessionFor(ctx, 'buyer');
    const call = buyerPost(ctx, buyer.auth);
    const created = await call(
      '/opportunities',
      potteryRequest(ctx, {
        description: 'Terracotta planters for a rooftop garden, natural finish.',
        quantity: 2,
        unitPricePaise: 120_000,
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    expect((await call(`/opportunities/${created.json().id}/matches`)).statusCode).toBe(200);
    const sent = await call(`/opportunities/${created.json().id}/offers`, { artisanIds: [userId] });
    expect(sent.statusCode, sent.body).toBe(201);
    await drainJobs(ctx);
    const offerId = sent.json().offers[0].id as string;
    // (The fixed test clock gives many messages one timestamp: find them by content, not position.)
    const notice = (await outgoing(phone)).find((e) =>
      e.message.interactive?.action?.buttons?.some((b: any) => b.reply.id.startsWith('offer:')),
    )!.message;
    expect(notice.interactive.action.buttons.map((b: any) => b.reply.id)).toEqual([
      `offer:${offerId}:accept`,
      `offer:${offerId}:decline`,
    ]);
    await say(phone, { type: 'button', id: `offer:${offerId}:accept`, title: 'मंज़ूर है' });
    expect((await outgoing(phone)).map(bodyOf).join('\n')).toContain('हो गया! ✅');
  });
});
