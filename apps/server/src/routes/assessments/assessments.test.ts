import { crafts } from '@shebalance/core';
import { assessmentsSchema, schema } from '@shebalance/db';
import {
  SYNTHETIC_CRAFTS,
  syntheticCraftPhoto,
  type SyntheticCraft,
} from '@shebalance/ml/recognition/synthetic';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, eq } from 'drizzle-orm';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { drainJobs, signIn, useTestApp } from '../../../test/harness';
import { anArtisanProfile } from '../reviewer/test-support';
import { staffWithMfa } from '../../../test/staff';
import { importGalleryFolder } from '../../cli/assessments';
import { jpegPart, multipart, storedCounts } from './test-support';

/** The three synthetic crafts stand for three taxonomy crafts. */
const CRAFT_OF: Record<SyntheticCraft, string> = {
  'woven-checks': 'handloom-weaving',
  'pottery-rings': 'pottery',
  'tie-dye-dots': 'bandhani',
};
const hindiName = (id: string) => crafts.find((c) => c.id === id)!.names.hi;
const photo = (craft: SyntheticCraft, seed: number, width = 800, height = 600) =>
  syntheticCraftPhoto(craft, seed, { width, height, grain: 8, format: 'jpeg' });

const ctx = useTestApp();

describe('Snap → Score through the HTTP API', () => {
  let reviewer: Awaited<ReturnType<typeof staffWithMfa>>;
  let artisan: Awaited<ReturnType<typeof signIn>>;
  let other: Awaited<ReturnType<typeof signIn>>;
  let scoredId = '';
  let duplicateId = '';

  const post = (
    url: string,
    auth: Record<string, string>,
    files: ReturnType<typeof jpegPart>[],
    fields = {},
  ) => {
    const body = multipart(files, fields);
    return ctx.app.inject({
      method: 'POST',
      url,
      headers: { ...auth, ...body.headers },
      payload: body.payload,
    });
  };
  const view = async (id: string, auth: Record<string, string>) => {
    const res = await ctx.app.inject({ method: 'GET', url: `/api/v1/assessments/${id}`, headers: auth });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  beforeAll(async () => {
    reviewer = await staffWithMfa(ctx, 'reviewer');
    artisan = await signIn(ctx.app, undefined, { role: 'artisan', lang: 'hi' });
    const profile = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/me/artisan',
      headers: artisan.auth,
      payload: anArtisanProfile({
        displayName: 'Kamla Prajapati',
        district: 'Bulandshahr',
        state: 'UP',
        crafts: [{ craftId: 'pottery', capacityPerWeek: 6 }],
      }),
    });
    expect(profile.statusCode, profile.body).toBe(200);
    other = await signIn(ctx.app, undefined, { role: 'artisan', lang: 'en' });
  });

  it('imports a gallery over the API; classify then recognises each imported craft', async () => {
    for (const synthetic of SYNTHETIC_CRAFTS) {
      const files = await Promise.all(
        [0, 1, 2, 3].map(async (s) => jpegPart(await photo(synthetic, s, 640, 480))),
      );
      const res = await post('/api/v1/vision/gallery', reviewer.auth, files, { craft: CRAFT_OF[synthetic] });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({ craft: CRAFT_OF[synthetic], added: 4, total: 4 });
    }
    for (const synthetic of SYNTHETIC_CRAFTS) {
      const res = await post('/api/v1/vision/classify', reviewer.auth, [
        jpegPart(await photo(synthetic, 77), 'photo'),
      ]);
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body.craft.id).toBe(CRAFT_OF[synthetic]);
      expect(body.craft.confidence).toBeGreaterThan(0.5);
      expect(body.alternatives.map((a: { id: string }) => a.id)).not.toContain(CRAFT_OF[synthetic]);
    }
    const artisanTry = await post('/api/v1/vision/classify', artisan.auth, [
      jpegPart(await photo('pottery-rings', 1), 'photo'),
    ]);
    expect(artisanTry.statusCode).toBe(403);
  });

  it('scores her photos with every field filled, in her language', async () => {
    const files = [
      jpegPart(await photo('pottery-rings', 50, 1000, 750)),
      jpegPart(await photo('pottery-rings', 51, 1000, 750)),
    ];
    const res = await post('/api/v1/assessments', artisan.auth, files, { craft: 'pottery' });
    expect(res.statusCode, res.body).toBe(202);
    scoredId = res.json().id;
    expect((await view(scoredId, artisan.auth)).status).toBe('queued');

    await drainJobs(ctx);
    const a = await view(scoredId, artisan.auth);
    expect(a.status, JSON.stringify(a.reviewReasons)).toBe('scored');
    expect(a.craft).toMatchObject({ id: 'pottery', label: hindiName('pottery'), declared: 'pottery' });
    expect(a.craft.confidence).toBeGreaterThan(0.5);
    for (const k of ['technique', 'complexity', 'quality', 'overall'] as const) {
      expect(a.scores[k]).toBeGreaterThanOrEqual(0);
      expect(a.scores[k]).toBeLessThanOrEqual(100);
    }
    expect(a.level).toBeGreaterThanOrEqual(1);
    expect(a.marketValue.currency).toBe('INR');
    expect(a.marketValue.max).toBeGreaterThan(a.marketValue.min);
    expect(a.feedback.length).toBeGreaterThanOrEqual(2);
    expect(a.feedback.join(' ')).toMatch(/[\u0900-\u097F]/);
    expect(Object.keys(a.evidence).length).toBeGreaterThanOrEqual(5);
    expect(a.flags).toEqual([]);
    expect(a.modelVersion).toBe('rules-v1');
    expect(a.photos).toHaveLength(2);
    const link = new URL(a.photos[0].thumbnailUrl, 'http://localhost');
    const thumb = await ctx.app.inject({ method: 'GET', url: link.pathname + link.search });
    expect(thumb.statusCode).toBe(200);
    expect((await sharp(thumb.rawPayload).metadata()).exif).toBeUndefined();

    const english = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${scoredId}?lang=en`,
      headers: artisan.auth,
    });
    expect(english.json().craft.label).toBe(crafts.find((c) => c.id === 'pottery')!.names.en);
    const stranger = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${scoredId}`,
      headers: other.auth,
    });
    expect(stranger.statusCode).toBe(404);
    const list = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/artisans/${artisan.user.id}/assessments`,
      headers: artisan.auth,
    });
    expect(list.json().items.map((i: { id: string }) => i.id)).toContain(scoredId);
  });

  it('her automatically confirmed assessment becomes a credential that verifies', async () => {
    await drainJobs(ctx);
    const list = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/artisans/${artisan.user.id}/credentials`,
      headers: artisan.auth,
    });
    const credentials = list.json().credentials as { id: string }[];
    expect(credentials).toHaveLength(1);
    const verify = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/credentials/${credentials[0]!.id}/verify`,
    });
    expect(verify.json().verified).toBe(true);
    expect(JSON.stringify(verify.json().credential)).not.toContain(artisan.phone);
  });

  it('re-running the pipeline job is idempotent: same result, no duplicate rows', async () => {
    const db = ctx.container.database.db;
    const handler = ctx.container.jobs.registry.get('assessment.run')!;
    const before = await view(scoredId, artisan.auth);
    const counts = await storedCounts(ctx);
    await handler({ assessmentId: scoredId }, { id: 'again', name: 'assessment.run', attempt: 1 });
    // A crash after the photo steps: the record is open again and the job runs once more.
    await db
      .update(assessmentsSchema.assessments)
      .set({ status: 'processing' })
      .where(eq(assessmentsSchema.assessments.id, scoredId));
    await handler({ assessmentId: scoredId }, { id: 'again2', name: 'assessment.run', attempt: 2 });
    const after = await view(scoredId, artisan.auth);
    const pick = (v: typeof before) => ({
      s: v.status,
      c: v.craft,
      sc: v.scores,
      l: v.level,
      m: v.marketValue,
      f: v.feedback,
      e: v.evidence,
      fl: v.flags,
    });
    expect(pick(after)).toEqual(pick(before));
    expect(await storedCounts(ctx)).toEqual(counts);
    const [outbox] = await db
      .select({ n: count() })
      .from(schema.devOutbox)
      .where(eq(schema.devOutbox.purpose, 'assessment'));
    expect(Number(outbox!.n)).toBe(1);
  });

  it("flags another artisan's photo (re-encoded) for a reviewer instead of scoring it as hers", async () => {
    const original = await photo('pottery-rings', 50, 1000, 750);
    const copy = await sharp(original).resize(900).jpeg({ quality: 70 }).toBuffer();
    const res = await post('/api/v1/assessments', other.auth, [jpegPart(copy)], { craft: 'pottery' });
    expect(res.statusCode).toBe(202);
    duplicateId = res.json().id;
    await drainJobs(ctx);
    const a = await view(duplicateId, other.auth);
    expect(a.status).toBe('needs_review');
    expect(a.flags).toContain('duplicate_other_artisan');
    expect(a.reviewReasons).toContain('authenticity');
    expect(a.scores.overall).toBeGreaterThanOrEqual(0);
  });

  it('asks for a retake with specific tips when the photo is too dark', async () => {
    const dark = await sharp({ create: { width: 1000, height: 750, channels: 3, background: '#0b0906' } })
      .jpeg()
      .toBuffer();
    const res = await post('/api/v1/assessments', artisan.auth, [jpegPart(dark)]);
    await drainJobs(ctx);
    const a = await view(res.json().id, artisan.auth);
    expect(a.status).toBe('needs_retake');
    expect(a.retakeTips.length).toBeGreaterThan(0);
    expect(a.retakeTips.join(' ')).toMatch(/[\u0900-\u097F]/);
    expect(a.scores).toBeNull();
  });

  it('a step that keeps failing is retried by the queue, then the assessment is marked failed', async () => {
    const res = await post('/api/v1/assessments', artisan.auth, [jpegPart(await photo('woven-checks', 60))]);
    const id = res.json().id as string;
    const [stored] = await ctx.container.database.db
      .select()
      .from(assessmentsSchema.assessmentPhotos)
      .where(eq(assessmentsSchema.assessmentPhotos.assessmentId, id));
    await ctx.container.storage.store.delete(stored!.originalKey);
    const handler = ctx.container.jobs.registry.get('assessment.run')!;
    await expect(
      handler({ assessmentId: id }, { id: 'j', name: 'assessment.run', attempt: 1 }),
    ).rejects.toThrow(/missing/);
    expect((await view(id, artisan.auth)).status).toBe('processing');
    await expect(
      handler({ assessmentId: id }, { id: 'j', name: 'assessment.run', attempt: 3 }),
    ).rejects.toThrow(/missing/);
    const failed = await view(id, artisan.auth);
    expect(failed.status).toBe('failed');
    expect(failed.scores).toBeNull();
    await drainJobs(ctx);
  });

  it('reviewer queue → override is audited and joins the gallery; her appeal goes back to the queue', async () => {
    const queue = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/reviewer/assessments?status=needs_review',
      headers: reviewer.auth,
    });
    expect(queue.statusCode, queue.body).toBe(200);
    expect(queue.json().items.map((i: { id: string }) => i.id)).toContain(duplicateId);

    const db = ctx.container.database.db;
    const [g0] = await db.select({ n: count() }).from(assessmentsSchema.galleryReferences);
    const decision = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/reviewer/assessments/${duplicateId}/decision`,
      headers: reviewer.auth,
      payload: {
        action: 'override',
        craft: 'terracotta',
        scores: { technique: 30, quality: 35 },
        reason: 'Copied photo; graded what is visible',
      },
    });
    expect(decision.statusCode, decision.body).toBe(200);
    expect(decision.json().status).toBe('scored');
    const a = await view(duplicateId, reviewer.auth);
    expect(a.craft.id).toBe('terracotta');
    expect(a.scores).toMatchObject({ technique: 30, quality: 35 });
    const audits = await db.select().from(schema.auditLog).where(eq(schema.auditLog.subjectId, duplicateId));
    expect(audits.map((r) => r.action)).toContain('assessment.override');
    const [g1] = await db.select({ n: count() }).from(assessmentsSchema.galleryReferences);
    expect(Number(g1!.n)).toBe(Number(g0!.n) + 1);

    const appeal = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${scoredId}/appeal`,
      headers: artisan.auth,
      payload: { reason: 'My finish is better than this' },
    });
    expect(appeal.statusCode, appeal.body).toBe(200);
    expect(appeal.json().status).toBe('needs_review');
    const again = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/reviewer/assessments',
      headers: reviewer.auth,
    });
    const item = again.json().items.find((i: { id: string }) => i.id === scoredId);
    expect(item.reviewReasons).toContain('appeal');
  });

  it('gallery import CLI: one subfolder per craft id, unknown folders skipped', async () => {
    const root = await mkdtemp(join(tmpdir(), 'sb-gallery-'));
    await mkdir(join(root, 'kantha'));
    await mkdir(join(root, 'not-a-craft'));
    await writeFile(join(root, 'kantha', 'a.jpg'), await photo('tie-dye-dots', 90, 320, 240));
    await writeFile(join(root, 'kantha', 'notes.txt'), 'ignored');
    const lines: string[] = [];
    const result = await importGalleryFolder(ctx.container, root, (l) => lines.push(l));
    expect(result).toEqual({ crafts: 1, photos: 1, skipped: ['not-a-craft'] });
    expect(lines.join('\n')).toContain('kantha: +1');
  });

  it('lists the taxonomy in the caller’s language', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/crafts',
      headers: { 'accept-language': 'hi' },
    });
    const items = res.json().items as { id: string; label: string }[];
    expect(items.length).toBeGreaterThanOrEqual(30);
    expect(items.find((c) => c.id === 'phulkari')!.label).toBe(hindiName('phulkari'));
  });
});
