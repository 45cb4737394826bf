import { signBody } from '@shebalance/adapters/whatsapp/index';
import { crafts } from '@shebalance/core';
import { webhookPayload, wire, type WireMessage } from '@shebalance/core/whatsapp/index';
import { earnStore } from '@shebalance/db/earn/index';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { drainJobs } from '../../../test/harness';
import { sessionFor } from '../reviewer/test-support';
import {
  buyerPost,
  craftPhoto as photo,
  importCraftGallery,
  potteryRequest,
  useWhatsAppTestApp,
} from './test-support';

/**
 * Issue 5 "done when", over the real webhook and the (fake) Graph API: in Hindi, a new artisan
 * onboards, sends photos and gets her score and certificate, a buyer's offer reaches her with
 * buttons, she accepts it and asks for her earnings and her certificate.
 */
const SECRET = 'journey-app-secret-0123456789';
const PHONE_ID = '106540352242999';
const { ctx, graph } = useWhatsAppTestApp({
  secret: SECRET,
  phoneId: PHONE_ID,
  verifyToken: 'verify-journeys',
  token: 'graph-token-journeys',
});

const DAY = 86_400_000;
let seq = 0;
const nowSec = () => Math.floor(ctx.clock.now().getTime() / 1000);
const hindiName = (id: string) => crafts.find((c) => c.id === id)!.names.hi;

/** She sends one message (a signed Cloud API notification), then the queued work runs. */
async function send(from: string, message: WireMessage): Promise<void> {
  const raw = JSON.stringify(
    webhookPayload({
      phoneNumberId: PHONE_ID,
      from,
      messages: [{ id: `wamid.JOURNEY${++seq}`, timestamp: nowSec() + seq, ...message }],
    }),
  );
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/webhooks/whatsapp',
    payload: raw,
    headers: { 'content-type': 'application/json', 'x-hub-signature-256': signBody(raw, SECRET) },
  });
  expect(res.statusCode).toBe(200);
  await drainJobs(ctx);
}
type Sent = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const textOf = (m: Sent): string =>
  m.text?.body ?? m.interactive?.body?.text ?? m.image?.caption ?? m.document?.caption ?? '';
/** What she received since `from` (the Graph API calls for her, in order). */
const since = (waId: string, from: number) => graph.messagesTo(waId).slice(from);
async function exchange(waId: string, message: WireMessage): Promise<Sent[]> {
  const before = graph.messagesTo(waId).length;
  await send(waId, message);
  return since(waId, before);
}

describe('WhatsApp journeys in Hindi (issue 5)', () => {
  const her = '919811155501';
  let userId = '';
  let offerId = '';

  beforeAll(async () => {
    await importCraftGallery(ctx, 'sb-wa-gallery-');
  });

  it('onboards, sends photos and gets her score, then her certificate as an image and a PDF', async () => {
    const steps: [WireMessage, string][] = [
      [wire.text('नमस्ते'), 'Please choose your language'],
      [wire.list('lang:hi', 'हिन्दी'), 'आपका नाम क्या है?'],
      [wire.text('कमला देवी'), 'आप कौन सा हुनर करती हैं?'],
      [wire.list('craft:pottery', hindiName('pottery')), hindiName('pottery')],
      [wire.button('crafts:done', 'बस इतना ही'), 'लोकेशन'],
      [wire.location(26.85, 80.95), 'लखनऊ'],
      [wire.button('avail:full', 'पूरा दिन'), 'सहमत'],
      [wire.button('consent:yes', 'मैं सहमत हूँ'), 'प्रोफ़ाइल तैयार है'],
      [wire.list('menu:snap', 'मेरे काम की जाँच'), 'फ़ोटो'],
    ];
    for (const [message, expected] of steps)
      expect((await exchange(her, message)).map(textOf).join('\n'), JSON.stringify(message)).toContain(
        expected,
      );
    const user = await ctx.container.deps.repos.users.findByPhone('+919811155501');
    userId = user!.id;

    for (const seed of [50, 51]) {
      const id = graph.addMedia(await photo('pottery-rings', seed), 'image/jpeg');
      expect((await exchange(her, wire.image(id))).map(textOf).join('\n')).toContain('मिल गई');
    }
    const uploadsBefore = graph.requests.filter((r) => r.path.endsWith('/media')).length;
    const after = await exchange(her, wire.button('snap:done', 'हो गया'));
    const texts = after.map(textOf).join('\n');
    expect(texts).toContain('की जाँच हो रही है'); // "your photos are being checked"
    expect(texts, texts).toContain('आपका स्कोर तैयार है');
    expect(texts).toContain(`हुनर: ${hindiName('pottery')}`);
    expect(texts).toMatch(/तकनीक \d+\/100/);
    expect(texts).toMatch(/₹[\d,]+ से ₹[\d,]+/);
    expect(texts).toContain('आगे बढ़ने के सुझाव');
    expect(texts).not.toContain('SheBalance खोलें'); // no "open the app" notice: the result is right here

    // The certificate: uploaded through POST /{phone-number-id}/media, then sent by media id.
    const image = after.find((m) => m.type === 'image')!;
    const pdf = after.find((m) => m.type === 'document')!;
    expect(image.image.caption).toContain('बधाई हो!');
    expect(image.image.caption).toContain('/verify/');
    expect(graph.media.get(image.image.id)!.mimeType).toBe('image/png');
    expect(graph.media.get(image.image.id)!.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(graph.media.get(pdf.document.id)!.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.document.filename).toMatch(/\.pdf$/);
    expect(graph.requests.filter((r) => r.path.endsWith('/media')).length).toBe(uploadsBefore + 2);

    // Jobs run again (a retry, a restart): nothing is sent twice.
    const count = graph.messagesTo(her).length;
    await drainJobs(ctx);
    expect(graph.messagesTo(her).length).toBe(count);
  });

  it('a buyer’s offer reaches her with buttons; she accepts it, an order is created; then her earnings', async () => {
    const buyer = await sessionFor(ctx, 'buyer');
    const call = buyerPost(ctx, buyer.auth);
    const created = await call(
      '/opportunities',
      potteryRequest(ctx, {
        description: 'Terracotta diyas and small pots for a Diwali stall, hand painted.',
        quantity: 2,
        unitPricePaise: 150_000,
      }),
    );
    expect(created.statusCode, created.body).toBe(201);
    const requestId = created.json().id as string;
    const matched = await call(`/opportunities/${requestId}/matches`);
    expect(matched.statusCode, matched.body).toBe(200);
    expect(matched.json().matches.map((m: { artisanId: string }) => m.artisanId)).toContain(userId);

    const before = graph.messagesTo(her).length;
    const sent = await call(`/opportunities/${requestId}/offers`, { artisanIds: [userId] });
    expect(sent.statusCode, sent.body).toBe(201);
    offerId = sent.json().offers[0].id;
    await drainJobs(ctx);
    const notice = since(her, before).find((m) => m.type === 'interactive')!;
    expect(notice.interactive.type).toBe('button');
    expect(notice.interactive.body.text).toContain('3000');
    expect(notice.interactive.action.buttons.map((b: Sent) => b.reply)).toEqual([
      { id: `offer:${offerId}:accept`, title: 'मंज़ूर है' },
      { id: `offer:${offerId}:decline`, title: 'मना करें' },
    ]);

    // "Find work" lists it; the row opens its details.
    const list = (await exchange(her, wire.list('menu:work', 'काम ढूँढें')))[0]!;
    expect(list.interactive.action.sections[0].rows[0].id).toBe(`offer:${offerId}`);
    const details = (await exchange(her, wire.list(`offer:${offerId}`, 'मिट्टी के बर्तन × 2')))[0]!;
    expect(details.interactive.body.text).toContain('₹3,000');

    const accepted = await exchange(her, wire.button(`offer:${offerId}:accept`, 'मंज़ूर है'));
    expect(accepted.map(textOf).join('\n')).toContain('हो गया! ✅');
    const order = await earnStore(ctx.container.database.db).orderByOffer(offerId);
    expect(order).toMatchObject({ artisanId: userId, quantity: 2, amountPaise: 300_000, status: 'accepted' });

    // The same button again (an answered offer): a clear answer, still one order.
    const again = await exchange(her, wire.button(`offer:${offerId}:accept`, 'मंज़ूर है'));
    expect(again.map(textOf).join('\n')).toContain('पहले ही मंज़ूर');

    const earnings = await exchange(her, wire.list('menu:earnings', 'मेरी कमाई'));
    const body = earnings.map(textOf).join('\n');
    expect(body).toContain('आपकी कमाई');
    expect(body).toContain('चल रहे ऑर्डर: 1');
    expect(body).toContain('₹3,000');
  });

  it('"my certificate" sends her latest certificate again, with its verify link', async () => {
    const replies = await exchange(her, wire.list('menu:certificate', 'मेरा प्रमाणपत्र'));
    expect(replies.map((m) => m.type)).toEqual(['image', 'document']);
    expect(replies[0]!.image.caption).toContain('यह रहा आपका प्रमाणपत्र');
    expect(replies[0]!.image.caption).toMatch(/\/verify\/[0-9a-f-]{36}/);
  });

  it('a photo that fails the gate gets a retake tip; declining asks why; a tap on an expired offer gets a clear answer; outside the window the offer is a template with quick replies', async () => {
    const other = '919811155502';
    const onboard: WireMessage[] = [
      wire.text('नमस्ते'),
      wire.list('lang:hi', 'हिन्दी'),
      wire.text('रीना'),
      wire.list('craft:pottery', hindiName('pottery')),
      wire.button('crafts:done', 'बस इतना ही'),
      wire.location(26.86, 80.94),
      wire.button('avail:part', 'आधा दिन'),
      wire.button('consent:yes', 'मैं सहमत हूँ'),
      wire.list('menu:snap', 'मेरे काम की जाँच'),
    ];
    for (const m of onboard) await send(other, m);
    const reena = (await ctx.container.deps.repos.users.findByPhone('+919811155502'))!.id;
    const dark = graph.addMedia(
      await sharp({ create: { width: 1000, height: 750, channels: 3, background: '#0b0906' } })
        .jpeg()
        .toBuffer(),
      'image/jpeg',
    );
    await send(other, wire.image(dark));
    const retake = await exchange(other, wire.button('snap:done', 'हो गया'));
    expect(retake.map(textOf).join('\n')).toContain('फ़ोटो फिर से लें');

    // An offer she declines: the reason list, then the Earn use case records her reason.
    const buyer = await sessionFor(ctx, 'buyer');
    const offerTo = async (artisanId: string) => {
      const call = buyerPost(ctx, buyer.auth);
      const created = await call(
        '/opportunities',
        potteryRequest(ctx, {
          description: 'Hand-thrown clay water pots, natural finish, for a café.',
          quantity: 1,
          unitPricePaise: 90_000,
        }),
      );
      expect(created.statusCode, created.body).toBe(201);
      expect((await call(`/opportunities/${created.json().id}/matches`)).statusCode).toBe(200);
      const sent = await call(`/opportunities/${created.json().id}/offers`, { artisanIds: [artisanId] });
      expect(sent.statusCode, sent.body).toBe(201);
      await drainJobs(ctx);
      return sent.json().offers[0].id as string;
    };
    const declined = await offerTo(reena);
    const reasons = (await exchange(other, wire.button(`offer:${declined}:decline`, 'मना करें')))[0]!;
    expect(reasons.interactive.type).toBe('list');
    expect(reasons.interactive.body.text).toContain('आप मना क्यों कर रही हैं?');
    const thanks = await exchange(other, wire.list('decline:price_too_low', 'दाम बहुत कम है'));
    expect(thanks.map(textOf).join('\n')).toContain('बताने के लिए धन्यवाद');
    expect(await earnStore(ctx.container.database.db).getOffer(declined)).toMatchObject({
      status: 'declined',
      declineReason: 'price_too_low',
    });

    // An offer she answers too late: the button still works and says so clearly.
    const late = await offerTo(reena);
    (ctx.clock as unknown as { advance(ms: number): void }).advance(10 * DAY);
    const herBefore = graph.messagesTo(her).length;
    await drainJobs(ctx); // the expiry job runs, and the work moves to the next match
    const answer = await exchange(other, wire.button(`offer:${late}:accept`, 'मंज़ूर है'));
    expect(answer.map(textOf).join('\n')).toContain('यह काम अब उपलब्ध नहीं है');
    expect(await earnStore(ctx.container.database.db).orderByOffer(late)).toBeUndefined();

    // The next match (our first artisan) last wrote 10 days ago: outside the 24-hour window her offer
    // notice is the approved template, its quick-reply buttons carrying the same ids; a tap accepts.
    const template = since(her, herBefore).find((m) => m.type === 'template')!;
    expect(template.template.name).toBe('sb_offer_new');
    expect(template.template.language.code).toBe('hi');
    const store = earnStore(ctx.container.database.db);
    const lateRequest = (await store.getOffer(late))!.opportunityId;
    const moved = (await store.offersOfArtisan(userId, 10)).find((o) => o.opportunityId === lateRequest);
    expect(template.template.components.slice(1)).toEqual([
      {
        type: 'button',
        sub_type: 'quick_reply',
        index: '0',
        parameters: [{ type: 'payload', payload: `offer:${moved!.id}:accept` }],
      },
      {
        type: 'button',
        sub_type: 'quick_reply',
        index: '1',
        parameters: [{ type: 'payload', payload: `offer:${moved!.id}:decline` }],
      },
    ]);
    const tapped = await exchange(her, wire.quickReply(`offer:${moved!.id}:accept`, 'मंज़ूर है'));
    expect(tapped.map(textOf).join('\n')).toContain('हो गया! ✅');
  });
});
