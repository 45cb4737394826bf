import { analyzeImage, decodeForModel, INPUT_SIZE, isExplicit } from '@shebalance/ml/model/index';
import type { ModelPixels, VisionAnalysis } from '@shebalance/ml/model/index';
import { recognize } from '@shebalance/ml/recognition/index';
import type { GalleryIndex, RecognitionResult } from '@shebalance/ml/recognition/index';

/** What flows through the per-photo pipeline; later steps (quality, scoring…) add their fields. */
export interface PhotoContext {
  bytes: Buffer;
  pixels?: ModelPixels;
  analysis?: VisionAnalysis;
  explicit?: boolean;
  recognition?: RecognitionResult;
  [extra: string]: unknown;
}

export interface BenchStep {
  name: string;
  run(ctx: PhotoContext): Promise<void>;
}

/** The vision half of an assessment, per photo. Append steps to extend the benchmark. */
export function visionSteps(index: GalleryIndex): BenchStep[] {
  return [
    {
      name: 'decode + rotate + shrink (sharp)',
      run: async (ctx) => {
        ctx.pixels = await decodeForModel(ctx.bytes);
      },
    },
    {
      name: 'embed + safety (one forward pass)',
      run: async (ctx) => {
        const pixels = ctx.pixels!;
        ctx.analysis = await analyzeImage({ data: pixels.data, width: INPUT_SIZE, height: INPUT_SIZE });
        ctx.explicit = isExplicit(ctx.analysis.safety);
      },
    },
    {
      name: 'recognize (gallery)',
      run: async (ctx) => {
        ctx.recognition = recognize(index, ctx.analysis!.embedding);
      },
    },
  ];
}

/**
 * Run every step on one photo, adding each step's wall time to `stepTotals` and, when given, its
 * CPU time (process user + system, all threads) to `stepCpu`.
 */
export async function runSteps(
  steps: readonly BenchStep[],
  bytes: Buffer,
  stepTotals: Map<string, number[]>,
  stepCpu?: Map<string, number[]>,
) {
  const ctx: PhotoContext = { bytes };
  for (const step of steps) {
    const t = performance.now();
    const cpu = process.cpuUsage();
    await step.run(ctx);
    const used = process.cpuUsage(cpu);
    const list = stepTotals.get(step.name) ?? [];
    list.push(performance.now() - t);
    stepTotals.set(step.name, list);
    if (stepCpu) {
      const cpuList = stepCpu.get(step.name) ?? [];
      cpuList.push((used.user + used.system) / 1000);
      stepCpu.set(step.name, cpuList);
    }
  }
  return ctx;
}
