import { synthesizeCraftPhoto } from '@shebalance/ml/image/index';
import { beforeAll, describe, expect, it } from 'vitest';
import { signIn, useTestApp } from '../../../test/harness';
import { jpegPart, multipart, pngHeaderOnly, storedCounts, type FilePart } from './test-support';

const ctx = useTestApp();
const DEVANAGARI = /[\u0900-\u097F]/;

describe('POST /api/v1/assessments: bad input is refused in her language, nothing stored', () => {
  let auth: Record<string, string>;
  let good: Buffer;

  beforeAll(async () => {
    auth = (await signIn(ctx.app, undefined, { role: 'artisan', lang: 'hi' })).auth;
    good = await synthesizeCraftPhoto({ width: 640, height: 480, seed: 7 });
  });

  const submit = (files: FilePart[], fields: Record<string, string> = {}) => {
    const body = multipart(files, fields);
    return ctx.app.inject({
      method: 'POST',
      url: '/api/v1/assessments',
      headers: { ...auth, ...body.headers, 'accept-language': 'hi' },
      payload: body.payload,
    });
  };

  const cases: [string, () => { files: FilePart[]; fields?: Record<string, string> }, number, RegExp][] = [
    [
      'an unknown craft id',
      () => ({ files: [jpegPart(good)], fields: { craft: 'space-weaving' } }),
      400,
      /space-weaving/,
    ],
    ['a zero-byte file', () => ({ files: [jpegPart(Buffer.alloc(0))] }), 400, /फ़ोटो 1/],
    [
      'a text file renamed .jpg',
      () => ({ files: [jpegPart(Buffer.from('hello, this is not a photo\n'.repeat(20)))] }),
      415,
      /फ़ोटो 1/,
    ],
    [
      'a truncated JPEG after a good photo',
      () => ({ files: [jpegPart(good), jpegPart(good.subarray(0, Math.floor(good.length / 2)))] }),
      400,
      /फ़ोटो 2/,
    ],
    [
      'a 100000×100000 PNG',
      () => ({
        files: [
          {
            field: 'photos',
            filename: 'big.png',
            contentType: 'image/png',
            data: pngHeaderOnly(100_000, 100_000),
          },
        ],
      }),
      413,
      /फ़ोटो 1/,
    ],
    ['nine photos', () => ({ files: Array.from({ length: 9 }, () => jpegPart(good)) }), 400, /8/],
    ['no photo at all', () => ({ files: [] }), 400, DEVANAGARI],
  ];

  for (const [name, build, status, detail] of cases) {
    it(`refuses ${name} with ${status}`, async () => {
      const before = await storedCounts(ctx);
      const { files, fields } = build();
      const res = await submit(files, fields);
      expect(res.statusCode, res.body).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const problem = res.json() as { detail: string; status: number };
      expect(problem.detail).toMatch(DEVANAGARI);
      expect(problem.detail).toMatch(detail);
      expect(await storedCounts(ctx)).toEqual(before);
    });
  }

  it('accepts good photos with 202, stores the assessment, its photos and their objects', async () => {
    const before = await storedCounts(ctx);
    const res = await submit([jpegPart(good), jpegPart(good)], { craft: 'chikankari' });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toMatchObject({ status: 'queued' });
    const after = await storedCounts(ctx);
    expect(after).toEqual({
      assessments: before.assessments + 1,
      photos: before.photos + 2,
      objects: before.objects + 4,
    });
  });

  it('an Idempotency-Key makes a retried upload safe: one assessment, the same answer', async () => {
    const send = (key: string, who = auth) => {
      const body = multipart([jpegPart(good)], { craft: 'chikankari' });
      return ctx.app.inject({
        method: 'POST',
        url: '/api/v1/assessments',
        headers: { ...who, ...body.headers, 'idempotency-key': key },
        payload: body.payload,
      });
    };
    const before = await storedCounts(ctx);
    const first = await send('outbox-item-42');
    const again = await send('outbox-item-42');
    expect(first.statusCode, first.body).toBe(202);
    expect(again.statusCode, again.body).toBe(202);
    expect(again.json().id).toBe(first.json().id);
    expect(await storedCounts(ctx)).toEqual({
      assessments: before.assessments + 1,
      photos: before.photos + 1,
      objects: before.objects + 2,
    });
    // The same key from another artisan is her own upload, not a replay of someone else's.
    const other = (await signIn(ctx.app, undefined, { role: 'artisan' })).auth;
    const hers = await send('outbox-item-42', other);
    expect(hers.statusCode).toBe(202);
    expect(hers.json().id).not.toBe(first.json().id);
    const bad = await send('has spaces in it');
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });

  it('only artisans submit; buyers are refused', async () => {
    const buyer = await signIn(ctx.app, undefined, { role: 'buyer' });
    const body = multipart([jpegPart(good)]);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/assessments',
      headers: { ...buyer.auth, ...body.headers },
      payload: body.payload,
    });
    expect(res.statusCode).toBe(403);
  });
});
