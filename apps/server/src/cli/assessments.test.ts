import { assessmentsSchema } from '@shebalance/db';
import { seededRandom } from '@shebalance/ml/image/index';
import { EVIDENCE_NAMES, type EvidenceFeatures } from '@shebalance/ml/scoring/index';
import { LearnedScorer } from '@shebalance/ml/training/index';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { signIn, useTestApp } from '../../test/harness';
import { staffWithMfa } from '../../test/staff';
import { trainScorerFromReviews } from './assessments';

const ctx = useTestApp();
const rand = seededRandom(11);

/** A reviewer's grading habit the rules do not know: technique follows symmetry, finish follows colour. */
const gradesFor = (e: EvidenceFeatures) => ({
  technique: Math.round(20 + 70 * e.symmetry),
  complexity: Math.round(15 + 75 * e.detailAcrossScales),
  quality: Math.round(25 + 60 * e.colourRichness),
});

describe('train scorer: reviewer grades are the training data', () => {
  let reviewer: Awaited<ReturnType<typeof staffWithMfa>>;
  let artisan: Awaited<ReturnType<typeof signIn>>;
  const ids: string[] = [];
  const evidence = new Map<string, EvidenceFeatures>();

  /** An assessment the pipeline left for review (built directly: the photos do not matter here). */
  async function awaitingReview(): Promise<string> {
    const id = crypto.randomUUID();
    const e = Object.fromEntries(
      EVIDENCE_NAMES.map((n) => [n, Math.round(rand() * 1000) / 1000]),
    ) as EvidenceFeatures;
    evidence.set(id, e);
    await ctx.container.database.db.insert(assessmentsSchema.assessments).values({
      id,
      artisanId: artisan.user.id,
      status: 'needs_review',
      craftId: 'kantha',
      scores: { technique: 50, complexity: 50, quality: 50, overall: 50 },
      level: 3,
      evidence: e,
      modelVersion: 'rules-v1',
      reviewReasons: ['low_confidence'],
    });
    return id;
  }

  const decide = (id: string, body: Record<string, unknown>) =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/v1/reviewer/assessments/${id}/decision`,
      headers: reviewer.auth,
      payload: body,
    });

  beforeAll(async () => {
    reviewer = await staffWithMfa(ctx, 'reviewer');
    artisan = await signIn(ctx.app, undefined, { role: 'artisan' });
    for (let i = 0; i < 16; i++) {
      const id = await awaitingReview();
      ids.push(id);
      const res = await decide(id, {
        action: 'override',
        scores: gradesFor(evidence.get(id)!),
        reason: 'graded by hand',
      });
      expect(res.statusCode, res.body).toBe(200);
    }
  });

  it('trains, beats rules-v1 in cross-validation, stores the model versioned and promotes it', async () => {
    const report = await trainScorerFromReviews(ctx.container);
    expect(report.samples).toBe(16);
    expect(report.currentVersion).toBe('rules-v1');
    expect(report.promoted).toBe(true);
    expect(report.candidate.meanMae).toBeLessThan(report.current.meanMae);
    expect(report.objectKey).toBe(`models/scorer/${report.version}.json`);
    expect(await ctx.container.storage.store.exists(report.objectKey)).toBe(true);
    const rows = await ctx.container.database.db
      .select()
      .from(assessmentsSchema.modelVersions)
      .where(eq(assessmentsSchema.modelVersions.version, report.version));
    expect(rows[0]!.promotedAt).not.toBeNull();
    expect(rows[0]!.metrics).toHaveProperty('cv');
  });

  it('a reviewer override (after her appeal) changes what the next training run learns', async () => {
    const first = await trainScorerFromReviews(ctx.container);
    const before = new LearnedScorer(
      (await ctx.container.storage.store.get(first.objectKey))!.body.toString(),
    );
    const target = ids[0]!;
    const e = evidence.get(target)!;
    const predictedBefore = before.score({ features: e }).technique;

    const appeal = await ctx.app.inject({
      method: 'POST',
      url: `/api/v1/assessments/${target}/appeal`,
      headers: artisan.auth,
      payload: { reason: 'my stitches are even' },
    });
    expect(appeal.json().status).toBe('needs_review');
    const override = await decide(target, {
      action: 'override',
      scores: { technique: 100 },
      reason: 'appeal upheld',
    });
    expect(override.statusCode, override.body).toBe(200);

    const second = await trainScorerFromReviews(ctx.container);
    expect(second.version).not.toBe(first.version);
    const after = new LearnedScorer(
      (await ctx.container.storage.store.get(second.objectKey))!.body.toString(),
    );
    expect(after.score({ features: e }).technique).toBeGreaterThan(predictedBefore);
    expect(second.samples).toBe(16);
  });

  it('the pipeline scores with the promoted model and reports its version', async () => {
    const { visionFor } = await import('../wiring/vision');
    const scorer = await visionFor(ctx.container).scorers.current();
    expect(scorer.modelVersion).toMatch(/^ridge-/);
  });
});
