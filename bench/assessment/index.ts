/**
 * Benchmark: the vision half of a photo assessment on 12-megapixel JPEGs.
 *
 *   npx tsx bench/assessment/index.ts            (PHOTOS=6 ROUNDS=4 by default)
 *
 * Per photo, as the server runs an assessment: intake (orient, strip metadata, stored JPEG +
 * thumbnail) → one MobileNetV2 forward pass for embedding and safety (tfjs, WASM) → quality gate,
 * perceptual hashes and evidence features → craft recognition over a gallery → scoring, level,
 * market value and feedback. Also the vision-only path (the earlier bench). Printed beside sharp's
 * bare decode-and-resize of the same photos in the same run, and the target:
 * ≥ 4 photos/s per core, p95 ≤ 1 s per photo, model loaded once per process.
 * "Per core" = photos per CPU-second of this process (user + system, all threads).
 */
import sharp from 'sharp';
import { analyzeImage, embedFromImage, INPUT_SIZE, loadMobileNet } from '@shebalance/ml/model/index';
import { buildGalleryIndex, type GalleryRef } from '@shebalance/ml/recognition/index';
import { SYNTHETIC_CRAFTS, syntheticCraftPhoto } from '@shebalance/ml/recognition/synthetic';
import { generatePhotos, type BenchPhoto } from './photos';
import { measure, summarise, type Measured } from './stats';
import { runSteps, visionSteps, type BenchStep } from './steps';
import { assessmentSteps } from './assessment-steps';

const TARGET_PHOTOS_PER_CORE = 4;
const TARGET_P95_MS = 1000;

const count = Number(process.env.PHOTOS ?? 6);
const rounds = Number(process.env.ROUNDS ?? 4);

const fmt = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

async function buildGallery() {
  const refs: GalleryRef[] = [];
  for (const craftId of SYNTHETIC_CRAFTS) {
    for (let seed = 0; seed < 5; seed++) {
      const photo = await syntheticCraftPhoto(craftId, seed, {
        width: 320,
        height: 240,
        grain: seed % 2 ? 10 : 0,
      });
      refs.push({ craftId, embedding: await embedFromImage(photo) });
    }
  }
  return buildGalleryIndex(refs);
}

function printTable(rows: Measured[]) {
  console.log('\n| run | photos | photos/s per core | photos/s wall | p50 ms | p95 ms |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const m of rows) {
    const s = summarise(m);
    console.log(
      `| ${s.label} | ${s.photos} | ${fmt(s.photosPerCpuSecond)} | ${fmt(s.photosPerWallSecond)} | ${fmt(s.p50)} | ${fmt(s.p95)} |`,
    );
  }
}

async function main() {
  console.log(`bench/assessment — ${count} photos × ${rounds} rounds, 4000×3000 JPEG`);
  let t = performance.now();
  const photos: BenchPhoto[] = await generatePhotos(count);
  const mb = photos.reduce((s, p) => s + p.bytes.length, 0) / photos.length / 1e6;
  console.log(
    `generated ${photos.length} photos in ${fmt(performance.now() - t, 0)} ms (mean ${fmt(mb, 2)} MB each)`,
  );

  // Cold start: the first photo pays for loading the model; later calls share the loaded model.
  t = performance.now();
  await analyzeImage(photos[0]!.bytes);
  const coldMs = performance.now() - t;
  t = performance.now();
  const loaded = await loadMobileNet();
  const reloadMs = performance.now() - t;
  t = performance.now();
  await analyzeImage(photos[0]!.bytes);
  const warmMs = performance.now() - t;
  console.log(
    `model: ${loaded.embeddingDim}-d features, backend ${loaded.backend.name}${loaded.backend.simd ? ' (SIMD)' : ''}` +
      `${loaded.backend.fallbackReason ? ` — fallback: ${loaded.backend.fallbackReason}` : ''}; ` +
      `sharp concurrency ${sharp.concurrency()}`,
  );
  console.log(
    `first photo (cold) ${fmt(coldMs, 0)} ms, of which model load ${fmt(loaded.loadMs, 0)} ms; ` +
      `same photo warm ${fmt(warmMs, 0)} ms; loadMobileNet() again ${fmt(reloadMs, 3)} ms`,
  );

  t = performance.now();
  const index = await buildGallery();
  console.log(
    `gallery: ${index.refs.length} references, ${index.crafts.length} crafts, built in ${fmt(performance.now() - t, 0)} ms`,
  );

  const steps: BenchStep[] = assessmentSteps(index);
  const visionOnly: BenchStep[] = visionSteps(index);
  const items = Array.from({ length: rounds }, () => photos).flat();

  // Warm-up: one pass of the whole assessment over every photo, before the measured rounds. The
  // first calls of the analysis code run before V8 has optimised it (measured: the first ~8 photos
  // cost ~2–3× the steady state); a server pays that once per process, like the model load. The
  // pass is measured and printed (first row of the assessment) but is not the target figure.
  const stepTimes = new Map<string, number[]>();
  const stepCpu = new Map<string, number[]>();
  const firstPass = await measure('assessment, first pass (JIT warming up; not the target)', photos, (p) =>
    runSteps(steps, p.bytes, new Map()),
  );

  const bare = await measure('baseline: sharp bare decode + resize to 224 (shrink-on-load)', items, (p) =>
    sharp(p.bytes).resize(INPUT_SIZE, INPUT_SIZE, { fit: 'fill' }).raw().toBuffer(),
  );
  const full = await measure('reference: sharp full 12 MP decode to pixels', items.slice(0, count), (p) =>
    sharp(p.bytes).raw().toBuffer(),
  );
  const vision = await measure('vision only: decode 224 + embed + recognize', items, async (p) => {
    await runSteps(visionOnly, p.bytes, new Map());
  });
  let correct = 0;
  const pipeline = await measure(
    'assessment per photo (intake → quality → hashes → evidence → score)',
    items,
    async (p) => {
      const ctx = await runSteps(steps, p.bytes, stepTimes, stepCpu);
      if (ctx.recognition?.craftId === p.craftId) correct++;
    },
  );

  printTable([bare, full, vision, firstPass, pipeline]);
  const meanOf = (xs: number[] | undefined) => (xs?.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  console.log('\nper step (mean ms per photo): wall | CPU');
  for (const [name, times] of stepTimes) {
    console.log(
      `  ${name.padEnd(52)} ${fmt(meanOf(times)).padStart(6)} | ${fmt(meanOf(stepCpu.get(name))).padStart(6)}`,
    );
  }
  console.log(`recognised the drawn craft in ${correct}/${items.length} photos`);

  const s = summarise(pipeline);
  const ok = s.photosPerCpuSecond >= TARGET_PHOTOS_PER_CORE && s.p95 <= TARGET_P95_MS;
  console.log(
    `\ntarget: ≥ ${TARGET_PHOTOS_PER_CORE} photos/s per core and p95 ≤ ${TARGET_P95_MS} ms; ` +
      `measured ${fmt(s.photosPerCpuSecond)} photos/s per core, p95 ${fmt(s.p95, 0)} ms — ${ok ? 'MET' : 'NOT MET'}`,
  );
  console.log(
    `model load paid once: ${fmt(loaded.loadMs, 0)} ms inside the first photo, ${fmt(reloadMs, 3)} ms on later calls`,
  );
}

await main();
