import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isCraftId } from '@shebalance/core';
import { reviewedSamples } from '@shebalance/db/assessments/index';
import type { TrainReport } from '@shebalance/ml/registry/index';
import type { EvidenceFeatures } from '@shebalance/ml/scoring/index';
import { createContainer, type Container } from '../container';
import { addToGallery } from '../routes/vision/gallery';
import { visionFor } from '../wiring/vision';
import type { Command } from './registry';

const PHOTO = /\.(jpe?g|png|webp)$/i;

/** Imports `<folder>/<craft-id>/*.{jpg,png,webp}` into the recognition gallery. */
export async function importGalleryFolder(
  container: Container,
  folder: string,
  out: (line: string) => void,
): Promise<{ crafts: number; photos: number; skipped: string[] }> {
  const skipped: string[] = [];
  let crafts = 0;
  let photos = 0;
  for (const entry of (await readdir(folder)).sort()) {
    const dir = join(folder, entry);
    if (!(await stat(dir)).isDirectory()) continue;
    if (!isCraftId(entry)) {
      skipped.push(entry);
      out(`skipped ${entry}: not a craft id in the taxonomy`);
      continue;
    }
    const files = (await readdir(dir)).filter((f) => PHOTO.test(f)).sort();
    if (files.length === 0) continue;
    const buffers = await Promise.all(files.map((f) => readFile(join(dir, f))));
    const result = await addToGallery(container, {
      craftId: entry,
      photos: buffers,
      createdBy: null,
      source: 'import',
    });
    crafts += 1;
    photos += result.added;
    out(`${entry}: +${result.added} (now ${result.total} references)`);
  }
  return { crafts, photos, skipped };
}

/** Trains the ridge scorer on every reviewer grade and promotes it only when it is better. */
export async function trainScorerFromReviews(
  container: Container,
  options: { useEmbedding?: boolean } = {},
): Promise<TrainReport> {
  const samples = await reviewedSamples(container.database.db);
  return visionFor(container).scorers.train(
    samples.map((s) => ({
      features: s.features as unknown as EvidenceFeatures,
      ...(s.embedding ? { embedding: s.embedding } : {}),
      grades: s.grades,
    })),
    { useEmbedding: options.useEmbedding ?? false, now: container.deps.clock.now() },
  );
}

const withContainer = async <T>(ctx: Parameters<Command['run']>[0], work: (c: Container) => Promise<T>) => {
  const container = await createContainer(ctx.config);
  try {
    return await work(container);
  } finally {
    await container.close();
  }
};

export const assessmentCommands: Command[] = [
  {
    name: 'gallery import',
    usage: 'gallery import <folder>',
    description: 'Add reference photos to the craft gallery: one subfolder per craft id.',
    run: (ctx) =>
      withContainer(ctx, async (c) => {
        const folder = ctx.args[0];
        if (!folder) {
          ctx.out('usage: gallery import <folder>');
          return 2;
        }
        const r = await importGalleryFolder(c, folder, ctx.out);
        ctx.out(`Imported ${r.photos} photos for ${r.crafts} crafts.`);
        return 0;
      }),
  },
  {
    name: 'train scorer',
    usage: 'train scorer [--with-embedding]',
    description: 'Fit the ridge scorer on reviewer grades; store it versioned; promote only when better.',
    run: (ctx) =>
      withContainer(ctx, async (c) => {
        const r = await trainScorerFromReviews(c, { useEmbedding: ctx.flags['with-embedding'] === true });
        ctx.out(
          `Trained ${r.version} on ${r.samples} reviewed assessments (embedding dims ${r.embeddingDims}).`,
        );
        ctx.out(
          `cross-validated mean MAE ${r.candidate.meanMae.toFixed(2)} vs ${r.currentVersion} ${r.current.meanMae.toFixed(2)} → ${r.promoted ? 'PROMOTED' : `kept ${r.currentVersion}`} (${r.comparison.reason})`,
        );
        ctx.out(`stored at ${r.objectKey}`);
        return 0;
      }),
  },
];
