import { syntheticCraftPhoto } from '@shebalance/ml/recognition/synthetic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drainJobs, useTestApp } from '../../../test/harness';
import { loggerOptions } from '../../app';
import { jpegPart, multipart } from '../assessments/test-support';
import { anArtisanProfile, sessionFor, type TestSession } from '../reviewer/test-support';
import { ofType, openSse, type SseStream } from './test-support';

/** Live updates as an open app meets them: a real HTTP event stream, events triggered through the API. */
const ctx = useTestApp();
let base = '';
const streams: SseStream[] = [];

const call = (method: 'GET' | 'POST' | 'PUT', url: string, s: TestSession, payload?: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: s.auth, ...(payload ? { payload } : {}) });

async function ticketFor(s: TestSession): Promise<string> {
  const res = await call('POST', '/events/ticket', s);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.json().expiresIn).toBeGreaterThan(0);
  return res.json().ticket as string;
}

/** What a browser does: a ticket, then GET /events?ticket=… */
async function listen(s: TestSession, extra = ''): Promise<SseStream> {
  const stream = await openSse(
    `${base}/api/v1/events?ticket=${encodeURIComponent(await ticketFor(s))}${extra}`,
  );
  expect(stream.status).toBe(200);
  streams.push(stream);
  return stream;
}

/** Events proper (not the stream's own `ready`, not the test's markers). */
const heard = (m: { event: string; data: { type: string } }) =>
  m.event === 'message' && m.data.type !== 'live.resync';

/** A marker addressed to `s` only: everything published before it has reached every stream by then. */
async function flush(s: TestSession, stream: SseStream, name: string) {
  ctx.container.live.publish({
    type: 'live.resync',
    topics: [name],
    audience: { userIds: [s.id] },
    data: { name },
  });
  await stream.next((m) => m.data.topics?.includes(name) ?? false);
}

beforeAll(async () => {
  await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  const address = ctx.app.server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => {
  for (const s of streams) s.close();
});

describe('GET /api/v1/events (server-sent events)', () => {
  it('streams her assessment progress and result to her, the review queue to reviewers, and nothing to others', async () => {
    const artisan = await sessionFor(ctx, 'artisan');
    const other = await sessionFor(ctx, 'artisan');
    const reviewer = await sessionFor(ctx, 'reviewer');
    const mine = await listen(artisan);
    const theirs = await listen(other);
    const queue = await listen(reviewer);

    const photos = await Promise.all(
      [60, 61].map(async (seed) =>
        jpegPart(
          await syntheticCraftPhoto('pottery-rings', seed, {
            width: 900,
            height: 700,
            grain: 8,
            format: 'jpeg',
          }),
        ),
      ),
    );
    const body = multipart(photos, { craft: 'pottery' });
    const submitted = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/assessments',
      headers: { ...artisan.auth, ...body.headers },
      payload: body.payload,
    });
    expect(submitted.statusCode, submitted.body).toBe(202);
    const id = submitted.json().id as string;
    await drainJobs(ctx);

    const progress = await mine.next(ofType('assessment.progress', 'assessmentId', id));
    expect(progress.data).toMatchObject({
      topics: ['assessments', `assessment:${id}`],
      data: { step: 'safety' },
    });
    expect(progress.id).toBe(progress.data.id);
    const result = await mine.next(ofType('assessment.changed', 'assessmentId', id));
    const steps = mine.received
      .filter(ofType('assessment.progress', 'assessmentId', id))
      .map((m) => m.data.data!.step);
    expect(steps).toEqual([
      'safety',
      'quality',
      'authenticity',
      'features',
      'recognition',
      'scoring',
      'value',
      'feedback',
    ]);
    const status = result.data.data!.status as string;
    expect(['scored', 'needs_review']).toContain(status);
    expect(JSON.stringify(result.data)).not.toContain(artisan.id);

    // Into the review queue: directly, or when she appeals her score.
    if (status === 'scored') {
      const appeal = await call('POST', `/assessments/${id}/appeal`, artisan, {
        reason: 'The borders are hand painted',
      });
      expect(appeal.statusCode, appeal.body).toBe(200);
    }
    await queue.next(ofType('review.queue.changed', 'assessmentId', id));
    const decided = await call('POST', `/reviewer/assessments/${id}/decision`, reviewer, {
      action: 'confirm',
      reason: 'Checked the photos',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    await mine.next(
      (m) =>
        ofType('assessment.changed', 'assessmentId', id)(m) &&
        m.data.data!.status === 'scored' &&
        m !== result,
    );
    await queue.next(
      (m) => ofType('review.queue.changed', 'assessmentId', id)(m) && m.data.data!.status === 'scored',
    );

    await flush(other, theirs, 'marker-1');
    expect(theirs.received.filter(heard)).toEqual([]);
    await flush(artisan, mine, 'marker-2');
    expect(mine.received.some((m) => m.data.type === 'review.queue.changed')).toBe(false);
  });

  it('tells her of a new offer, and the buyer of her answer and the order; other people hear nothing', async () => {
    const artisan = await sessionFor(ctx, 'artisan');
    expect((await call('PUT', '/me/artisan', artisan, anArtisanProfile())).statusCode).toBe(200);
    const buyer = await sessionFor(ctx, 'buyer');
    const stranger = await sessionFor(ctx, 'buyer');
    const her = await listen(artisan);
    const his = await listen(buyer);
    const nobody = await listen(stranger);

    const request = await call('POST', '/opportunities', buyer, {
      description: 'Two Madhubani paintings',
      craftIds: ['madhubani'],
      quantity: 2,
      budgetPaise: 400_000,
      deadline: new Date(Date.now() + 20 * 86_400_000).toISOString(),
      location: { lat: 26.35, lng: 86.07 },
      maxDistanceKm: 50,
    });
    expect(request.statusCode, request.body).toBe(201);
    const opportunityId = request.json().id as string;
    expect((await call('POST', `/opportunities/${opportunityId}/matches`, buyer)).statusCode).toBeLessThan(
      300,
    );
    const sent = await call('POST', `/opportunities/${opportunityId}/offers`, buyer, {
      artisanIds: [artisan.id],
    });
    expect(sent.statusCode, sent.body).toBeLessThan(300);
    const offerId = sent.json().offers[0].id as string;

    const offered = await her.next(ofType('offer.created', 'offerId', offerId));
    expect(offered.data.topics).toEqual(['offers', `offer:${offerId}`]);
    const accepted = await call('POST', `/offers/${offerId}/accept`, artisan);
    expect(accepted.statusCode, accepted.body).toBe(201);
    const orderId = accepted.json().order.id as string;
    expect((await his.next(ofType('offer.changed', 'offerId', offerId))).data.data).toMatchObject({
      status: 'accepted',
      opportunityId,
    });
    await his.next(ofType('order.changed', 'orderId', orderId));
    await her.next(ofType('order.changed', 'orderId', orderId));

    const moved = await call('POST', `/orders/${orderId}/transition`, artisan, { to: 'in_progress' });
    expect(moved.statusCode, moved.body).toBe(200);
    await his.next(
      (m) => ofType('order.changed', 'orderId', orderId)(m) && m.data.data!.status === 'in_progress',
    );

    await flush(stranger, nobody, 'marker-3');
    expect(nobody.received.filter(heard)).toEqual([]);
    expect(his.received.some((m) => m.data.type === 'offer.created')).toBe(false);
  });

  it('resumes after Last-Event-ID from memory, and asks for a resync when the id is unknown', async () => {
    const artisan = await sessionFor(ctx, 'artisan');
    const first = await listen(artisan);
    for (const n of [1, 2, 3])
      ctx.container.live.publish({
        type: 'assessment.progress',
        topics: ['assessments'],
        audience: { userIds: [artisan.id] },
        data: { n },
      });
    await first.next((m) => m.data.data?.n === 3);
    first.close();
    const one = first.received.find((m) => m.data.data?.n === 1)!;

    const resumed = await openSse(`${base}/api/v1/events`, { ...artisan.auth, 'last-event-id': one.id! });
    streams.push(resumed);
    expect(resumed.received.filter((m) => m.event === 'message').map((m) => m.data.data?.n)).toEqual([2, 3]);
    const lost = await listen(artisan, '&lastEventId=no-such-event');
    expect(lost.received.map((m) => m.event)).toEqual(['resync', 'ready']);
  });

  it('refuses a missing, forged or expired ticket, and staff sessions without MFA', async () => {
    const artisan = await sessionFor(ctx, 'artisan');
    const ticket = await ticketFor(artisan);
    const bad = [
      `${base}/api/v1/events`,
      `${base}/api/v1/events?ticket=${encodeURIComponent(ticket.slice(0, -2) + 'xx')}`,
      `${base}/api/v1/events?ticket=${encodeURIComponent(ticket.replace(/\.([^.]+)\./, (_, b: string) => `.${b.slice(0, -2)}AA.`))}`,
    ];
    for (const url of bad) {
      const res = await fetch(url);
      expect(res.status, url).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    const { issueTicket } = await import('./ticket');
    const stale = issueTicket(ctx.container.deps, { userId: artisan.id, role: 'artisan' }, -1).ticket;
    expect((await fetch(`${base}/api/v1/events?ticket=${encodeURIComponent(stale)}`)).status).toBe(401);
    const wrongRole = issueTicket(ctx.container.deps, { userId: artisan.id, role: 'admin' }).ticket;
    expect((await fetch(`${base}/api/v1/events?ticket=${encodeURIComponent(wrongRole)}`)).status).toBe(401);

    const halfReviewer = await sessionFor(ctx, 'reviewer', { mfa: false });
    expect((await call('POST', '/events/ticket', halfReviewer)).statusCode).toBe(403);
    expect((await fetch(`${base}/api/v1/events`, { headers: halfReviewer.auth })).status).toBe(403);
  });

  it('keeps the ticket out of the request log and documents the stream in OpenAPI', async () => {
    const serializers = (loggerOptions('info') as { serializers: { req: (r: object) => { url: string } } })
      .serializers;
    const logged = serializers.req({
      id: '1',
      method: 'GET',
      url: '/api/v1/events?ticket=lt1.secret.mac&lastEventId=x',
    });
    expect(logged.url).toBe('/api/v1/events?ticket=[redacted]&lastEventId=x');
    const doc = (await ctx.app.inject({ method: 'GET', url: '/docs/json' })).json();
    expect(doc.paths['/api/v1/events/'] ?? doc.paths['/api/v1/events']).toBeDefined();
    expect(doc.paths['/api/v1/events/ticket'].post).toBeDefined();
  });
});
