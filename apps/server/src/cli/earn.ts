import { trainRankerModel, type TrainReport } from '@shebalance/core/usecases/earn/index';
import { createContainer, type Container } from '../container';
import { earnOf } from '../wiring/earn';
import type { Command } from './registry';

/** Trains the learned ranker from offer outcomes in this container's database (also used by tests). */
export function trainRankerFor(container: Container): Promise<TrainReport> {
  const earn = earnOf(container);
  return trainRankerModel({ store: earn.store, objects: earn.objects, clock: earn.clock, ids: earn.ids });
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export const earnCommands: Command[] = [
  {
    name: 'train ranker',
    usage: 'train ranker',
    description:
      'Train the learned match ranker from offer outcomes; store the versioned model; promote it only if it beats the ranker in use.',
    run: async (ctx) => {
      const container = await createContainer(ctx.config);
      try {
        const r = await trainRankerFor(container);
        ctx.out(`Outcomes: ${r.outcomes} (${r.positives} good).`);
        if (!r.trained || !r.model) {
          ctx.out(`Not trained: ${r.reason}. Matching keeps the weighted ranker.`);
          return 0;
        }
        const e = r.model.evaluation;
        ctx.out(`Model ${r.model.version} stored at ${r.objectKey}.`);
        ctx.out(
          `5-fold AUC ${e.candidate.auc.toFixed(3)} vs ${e.baseline.rankerId} ${e.baseline.auc.toFixed(3)}; NDCG@10 ${pct(e.candidate.ndcg10)} vs ${pct(e.baseline.ndcg10)}.`,
        );
        for (const c of r.decision?.checks ?? [])
          ctx.out(
            `  ${c.passed ? 'ok  ' : 'FAIL'} ${c.check}: ${c.candidate.toFixed(3)} (needs ${c.required.toFixed(3)})`,
          );
        ctx.out(
          r.promoted
            ? 'Promoted: matching now uses this model.'
            : 'Not promoted: matching keeps the ranker in use.',
        );
        return 0;
      } finally {
        await container.close();
      }
    },
  },
];
