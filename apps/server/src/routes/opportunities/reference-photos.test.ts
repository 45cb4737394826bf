import { syntheticCraftPhoto, type SyntheticCraft } from '@shebalance/ml/recognition/synthetic';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { drainJobs, useTestApp } from '../../../test/harness';
import { jpegPart, multipart, type FilePart } from '../assessments/test-support';
import { anArtisanProfile, countRows, sessionFor, type TestSession } from '../reviewer/test-support';

/**
 * Issue 4, visual similarity: the buyer's reference photos go through the Snap → Score intake and get
 * the assessments' embedding; an artisan whose scored portfolio looks like them ranks above an
 * otherwise equal artisan whose portfolio does not, with a "her work looks like your photos" reason.
 */
const ctx = useTestApp();
const DAY = 86_400_000;
const CRAFT = 'handloom-weaving';
const HERE = { lat: 25.32, lng: 82.99 };

const photo = (craft: SyntheticCraft, seed: number) =>
  syntheticCraftPhoto(craft, seed, { width: 800, height: 600, grain: 8, format: 'jpeg' });

const call = (method: 'GET' | 'POST' | 'PUT', url: string, s: TestSession, payload?: object) =>
  ctx.app.inject({ method, url: `/api/v1${url}`, headers: s.auth, ...(payload ? { payload } : {}) });

const upload = (url: string, s: TestSession, files: FilePart[], lang = 'en') => {
  const body = multipart(files);
  return ctx.app.inject({
    method: 'POST',
    url: `/api/v1${url}`,
    headers: { ...s.auth, ...body.headers, 'accept-language': lang },
    payload: body.payload,
  });
};

/** An artisan whose one scored assessment shows `craft`-looking work, graded exactly like the others. */
async function anArtisanWithPortfolio(
  name: string,
  craft: SyntheticCraft,
  seed: number,
  reviewer: TestSession,
): Promise<TestSession> {
  const s = await sessionFor(ctx, 'artisan');
  const profile = await call(
    'PUT',
    '/me/artisan',
    s,
    anArtisanProfile({
      displayName: name,
      district: 'Varanasi',
      state: 'UP',
      location: HERE,
      crafts: [{ craftId: CRAFT, capacityPerWeek: 6 }],
    }),
  );
  expect(profile.statusCode, profile.body).toBe(200);
  const files = [jpegPart(await photo(craft, seed)), jpegPart(await photo(craft, seed + 1))];
  const body = multipart(files, { craft: CRAFT });
  const submitted = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/assessments',
    headers: { ...s.auth, ...body.headers },
    payload: body.payload,
  });
  expect(submitted.statusCode, submitted.body).toBe(202);
  const id = submitted.json().id as string;
  await drainJobs(ctx);
  // A reviewer grades both portfolios the same, so skill is equal and only the look differs.
  const decided = await call('POST', `/reviewer/assessments/${id}/decision`, reviewer, {
    action: 'override',
    craft: CRAFT,
    scores: { technique: 70, complexity: 70, quality: 70 },
    reason: 'Checked the photos in person',
  });
  expect(decided.statusCode, decided.body).toBe(200);
  expect(decided.json().status).toBe('scored');
  return s;
}

const aRequest = () => ({
  description: 'Handwoven cotton stoles with a small check, 70 × 200 cm.',
  craftIds: [CRAFT],
  quantity: 1,
  unitPricePaise: 120_000,
  deadline: new Date(Date.now() + 40 * DAY).toISOString(),
  location: HERE,
  maxDistanceKm: 50,
  minLevel: 1,
});

interface MatchBody {
  matches: { artisanId: string; score: number; rank: number; reasons: string[]; distanceKm: number }[];
}

describe('Reference photos and visual similarity (issue 4)', () => {
  let buyer: TestSession;
  let checks: TestSession;
  let dots: TestSession;

  beforeAll(async () => {
    const reviewer = await sessionFor(ctx, 'reviewer');
    checks = await anArtisanWithPortfolio('Shabana Ansari', 'woven-checks', 10, reviewer);
    dots = await anArtisanWithPortfolio('Gita Devi', 'tie-dye-dots', 20, reviewer);
    buyer = await sessionFor(ctx, 'buyer');
  });

  it('ranks the artisan whose portfolio looks like the reference photos first, and says why', async () => {
    const created = await call('POST', '/opportunities', buyer, aRequest());
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;

    // Without reference photos the two are equal: same score, no similarity reason.
    const before = await call('POST', `/opportunities/${id}/matches`, buyer);
    expect(before.statusCode, before.body).toBe(200);
    const plain = (before.json() as MatchBody).matches;
    expect(plain.map((m) => m.artisanId).sort()).toEqual([checks.id, dots.id].sort());
    expect(plain[0]!.score).toBe(plain[1]!.score);
    expect(plain.flatMap((m) => m.reasons).join(' ')).not.toMatch(/reference photos/);

    // Reference photos of checked weaving (with a camera's EXIF block, which must not be kept).
    const withExif = await sharp(await photo('woven-checks', 31))
      .withExif({ IFD0: { Artist: 'Buyer phone', Copyright: 'GPS 25.3,82.9' } })
      .jpeg()
      .toBuffer();
    const added = await upload(`/opportunities/${id}/reference-photos`, buyer, [
      jpegPart(withExif),
      jpegPart(await photo('woven-checks', 33)),
    ]);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().photos).toHaveLength(2);
    const stored = await ctx.app.inject({ method: 'GET', url: added.json().photos[0].url });
    expect(stored.statusCode).toBe(200);
    expect((await sharp(stored.rawPayload).metadata()).exif).toBeUndefined();
    const view = await call('GET', `/opportunities/${id}`, buyer);
    expect(view.json().referenceMediaIds).toEqual(
      added.json().photos.map((p: { mediaId: string }) => p.mediaId),
    );

    const after = await call('POST', `/opportunities/${id}/matches`, buyer);
    expect(after.statusCode, after.body).toBe(200);
    const { matches } = after.json() as MatchBody;
    expect(matches.map((m) => [m.artisanId, m.rank])).toEqual([
      [checks.id, 1],
      [dots.id, 2],
    ]);
    expect(matches[0]!.score).toBeGreaterThan(matches[1]!.score);
    expect(matches[0]!.distanceKm).toBeLessThan(1);
    const line = matches[0]!.reasons.find((r) => /looks \d+% like your reference photos/.test(r));
    expect(line, matches[0]!.reasons.join(' | ')).toBeDefined();
    const similarity = (r: string) => Number(/looks (\d+)%/.exec(r)?.[1] ?? NaN);
    const other = matches[1]!.reasons.find((r) => /reference photos/.test(r))!;
    expect(similarity(line!)).toBeGreaterThan(similarity(other));
    // The same explanation in the buyer's language (Hindi here).
    const hindi = await call('POST', `/opportunities/${id}/matches?lang=hi`, buyer);
    expect(hindi.json().matches[0].reasons.join(' ')).toMatch(/नमूना फ़ोटो|नमूना फोटो|तस्वीर|फ़ोटो/);
    // The stored match features (the learned ranker's training rows) carry the similarity too.
    expect(
      await countRows(
        ctx,
        'earn_matches',
        `artisan_id = '${checks.id}' and (features ->> 'similarity')::float8 > 0.8`,
      ),
    ).toBeGreaterThanOrEqual(1);
    // Portfolio centroids were precomputed once per artisan and reused by the later runs.
    expect(await countRows(ctx, 'earn_portfolio_centroids')).toBe(2);
  });

  it('refuses photos from anyone but the request’s buyer, too many photos, and files that are not photos', async () => {
    const created = await call('POST', '/opportunities', buyer, aRequest());
    const id = created.json().id as string;
    const one = [jpegPart(await photo('woven-checks', 40))];

    const stranger = await sessionFor(ctx, 'buyer');
    expect((await upload(`/opportunities/${id}/reference-photos`, stranger, one)).statusCode).toBe(404);
    expect((await upload(`/opportunities/${id}/reference-photos`, checks, one)).statusCode).toBe(403);

    const five = await Promise.all(
      [41, 42, 43, 44, 45].map(async (s) => jpegPart(await photo('woven-checks', s))),
    );
    const tooMany = await upload(`/opportunities/${id}/reference-photos`, buyer, five);
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(tooMany.json().detail).toMatch(/at most 4/);

    const text = await upload(`/opportunities/${id}/reference-photos`, buyer, [
      { field: 'photos', filename: 'photo.jpg', contentType: 'image/jpeg', data: Buffer.from('not a photo') },
    ]);
    expect(text.statusCode).toBe(415);
    expect(text.headers['content-type']).toMatch(/application\/problem\+json/);

    // Three now, two more would make five: refused, and nothing of the second upload is kept.
    const three = five.slice(0, 3);
    expect((await upload(`/opportunities/${id}/reference-photos`, buyer, three)).statusCode).toBe(201);
    const more = await upload(`/opportunities/${id}/reference-photos`, buyer, five.slice(3), 'hi');
    expect(more.statusCode).toBe(400);
    expect(more.json().detail).toMatch(/4/);
    expect(await countRows(ctx, 'earn_opportunity_photos', `opportunity_id = '${id}'`)).toBe(3);
  });
});
