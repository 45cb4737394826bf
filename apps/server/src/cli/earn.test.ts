import { createRng, FEATURE_KEYS, type FeatureVector } from '@shebalance/core/earn/index';
import { currentRanker } from '@shebalance/core/usecases/earn/index';
import { assessmentsSchema, earnSchema, schema } from '@shebalance/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness';
import { sessionFor } from '../routes/reviewer/test-support';
import { earnOf } from '../wiring/earn';
import { trainRankerFor } from './earn';

const ctx = useTestApp();

/**
 * Outcomes follow a habit the weighted ranker does not know (artisans who speak the buyer's language
 * and answer quickly do well, skill matters less): the learned ranker must find it, be stored with its
 * metrics, and be promoted; matching then uses it.
 */
describe('train ranker', () => {
  it('refuses to train without outcomes, then trains, stores, promotes and serves a learned ranker', async () => {
    const empty = await trainRankerFor(ctx.container);
    expect(empty).toMatchObject({ trained: false, outcomes: 0, promoted: false });

    const db = ctx.container.database.db;
    const rng = createRng(7);
    const buyer = await sessionFor(ctx, 'buyer');
    const artisans = await Promise.all(Array.from({ length: 12 }, () => sessionFor(ctx, 'artisan')));
    const now = new Date();
    for (let r = 0; r < 30; r++) {
      const opportunityId = crypto.randomUUID();
      const runId = crypto.randomUUID();
      await db.insert(schema.opportunities).values({
        id: opportunityId,
        buyerId: buyer.id,
        title: 't',
        description: 'd',
        craftIds: ['madhubani'],
        quantity: 1,
        unitPricePaise: 1000,
        deadline: new Date(now.getTime() + 86_400_000),
      });
      await db.insert(earnSchema.matchRuns).values({
        id: runId,
        opportunityId,
        rankerId: 'weighted-v1',
        qualified: 10,
        context: { remote: false, hasLanguagePreference: true, hasReference: false },
      });
      for (let i = 0; i < 10; i++) {
        const artisan = artisans[(r + i) % artisans.length]!;
        const f = Object.fromEntries(
          FEATURE_KEYS.map((k) => [k, Math.round(rng.next() * 1000) / 1000]),
        ) as FeatureVector;
        f.similarity = 0.5;
        const good = 2.5 * f.language + 2 * f.response - 0.5 * f.skill + 0.3 * rng.next() > 2.3;
        await db.insert(earnSchema.matches).values({
          runId,
          opportunityId,
          artisanId: artisan.id,
          craftId: 'madhubani',
          rank: i + 1,
          score: 0.5,
          distanceKm: 10,
          capacity: 5,
          level: 2,
          features: f,
        });
        const offerId = crypto.randomUUID();
        await db.insert(earnSchema.offers).values({
          id: offerId,
          opportunityId,
          artisanId: artisan.id,
          runId,
          rank: i + 1,
          quantity: 1,
          status: good ? 'accepted' : 'declined',
          sentAt: now,
          expiresAt: now,
          decidedAt: now,
        });
        if (good)
          await db.insert(earnSchema.orders).values({
            id: crypto.randomUUID(),
            opportunityId,
            offerId,
            artisanId: artisan.id,
            buyerId: buyer.id,
            craftId: 'madhubani',
            quantity: 1,
            amountPaise: 1000,
            status: 'paid',
            dueAt: new Date(now.getTime() + 1000),
            deliveredAt: now,
          });
      }
    }

    const report = await trainRankerFor(ctx.container);
    expect(report).toMatchObject({ trained: true, outcomes: 300 });
    expect(report.model!.evaluation.candidate.auc).toBeGreaterThan(report.model!.evaluation.baseline.auc);
    expect(report.promoted).toBe(true);
    expect(await ctx.container.storage.store.exists(report.objectKey!)).toBe(true);
    const [row] = await db
      .select()
      .from(assessmentsSchema.modelVersions)
      .where(eq(assessmentsSchema.modelVersions.version, report.model!.version));
    expect(row).toMatchObject({ kind: 'ranker', objectKey: report.objectKey });
    expect(row!.promotedAt).not.toBeNull();

    const earn = earnOf(ctx.container);
    const ranker = await currentRanker({
      store: earn.store,
      objects: earn.objects,
      clock: earn.clock,
      ids: earn.ids,
    });
    expect(ranker).toMatchObject({ kind: 'logistic', id: report.model!.version });
  });
});
