import { synthesizeCraftPhoto } from '@shebalance/ml/image/index';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drainJobs, useTestApp } from '../../../test/harness';
import { anArtisanProfile, sessionFor, type TestSession } from '../reviewer/test-support';

/** Orders: progress photos through the quality gate, and a dispute resolved by an admin. */
const ctx = useTestApp({ clock: 'fixed' });
const call = (method: 'GET' | 'POST' | 'PUT', url: string, s: TestSession, payload?: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: s.auth, ...(payload ? { payload } : {}) });

function multipart(file: Buffer) {
  const boundary = '----earn-test-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="p.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, type: `multipart/form-data; boundary=${boundary}` };
}

async function anOrder() {
  const artisan = await sessionFor(ctx, 'artisan');
  expect((await call('PUT', '/me/artisan', artisan, anArtisanProfile())).statusCode).toBe(200);
  const buyer = await sessionFor(ctx, 'buyer');
  const request = await call('POST', '/opportunities', buyer, {
    description: 'One Madhubani painting',
    craftIds: ['madhubani'],
    quantity: 1,
    budgetPaise: 250_000,
    deadline: new Date(ctx.clock.now().getTime() + 20 * 86_400_000).toISOString(),
    location: { lat: 26.35, lng: 86.07 },
    maxDistanceKm: 50,
  });
  const id = request.json().id as string;
  await call('POST', `/opportunities/${id}/matches`, buyer);
  const offer = (
    await call('POST', `/opportunities/${id}/offers`, buyer, { artisanIds: [artisan.id] })
  ).json().offers[0];
  const order = (await call('POST', `/offers/${offer.id}/accept`, artisan)).json().order;
  return { artisan, buyer, order: order as { id: string; amountPaise: number } };
}

describe('orders', () => {
  it('takes a clear progress photo and refuses a blank one with retake tips', async () => {
    const { artisan, buyer, order } = await anOrder();
    expect(order.amountPaise).toBe(250_000);
    const good = await synthesizeCraftPhoto({ width: 1200, height: 900 });
    const upload = (file: Buffer, who: TestSession) => {
      const m = multipart(file);
      return ctx.app.inject({
        method: 'POST',
        url: `/api/v1/orders/${order.id}/photos`,
        headers: { ...who.auth, 'content-type': m.type, 'accept-language': 'en' },
        payload: m.body,
      });
    };
    const ok = await upload(good, artisan);
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().photos).toHaveLength(1);
    expect(ok.json().photos[0].quality).toBeGreaterThan(0);
    const blank = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#808080' } })
      .jpeg()
      .toBuffer();
    const refused = await upload(blank, artisan);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors.length).toBeGreaterThan(0);
    expect((await upload(good, buyer)).statusCode).toBe(403);
    expect((await call('GET', `/orders/${order.id}`, buyer)).json().photos).toHaveLength(1);
  });

  it('a dispute goes to an admin, who resolves it to confirmed; then she is paid', async () => {
    const { artisan, buyer, order } = await anOrder();
    const admin = await sessionFor(ctx, 'admin');
    for (const to of ['in_progress', 'ready', 'shipped'])
      await call('POST', `/orders/${order.id}/transition`, artisan, { to });
    const disputed = await call('POST', `/orders/${order.id}/transition`, buyer, {
      to: 'disputed',
      note: 'Colours differ',
    });
    expect(disputed.json().status).toBe('disputed');
    expect(
      (await call('POST', `/orders/${order.id}/transition`, buyer, { to: 'confirmed' })).statusCode,
    ).toBe(403);
    const open = (await call('GET', '/admin/disputes', admin)).json().disputes;
    const dispute = open.find((d: { orderId: string }) => d.orderId === order.id);
    expect(dispute).toMatchObject({ reason: 'Colours differ', status: 'open', fromStatus: 'shipped' });
    expect((await call('GET', '/admin/disputes', buyer)).statusCode).toBe(403);
    const resolved = await call('POST', `/admin/disputes/${dispute.id}/resolve`, admin, { to: 'confirmed' });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(
      (await call('POST', `/admin/disputes/${dispute.id}/resolve`, admin, { to: 'cancelled' })).statusCode,
    ).toBe(409);
    await drainJobs(ctx);
    expect((await call('GET', `/orders/${order.id}`, artisan)).json().status).toBe('paid');
    const book = (await call('GET', `/artisans/${artisan.id}/passbook`, artisan)).json();
    expect(book.earnedPaise).toBe(237_500);
  });
});
