import type { SparseVector } from './features';

/**
 * Multinomial logistic regression over sparse vectors, trained with Adagrad SGD on a seeded shuffle,
 * so the same data always gives the same model. Small enough to train at start-up (well under a second
 * for a few thousand utterances) and to score in microseconds.
 */

export interface SoftmaxModel {
  readonly classes: number;
  readonly dims: number;
  /** Row-major [feature][class]. */
  readonly weights: Float32Array;
  readonly bias: Float32Array;
}

export interface TrainOptions {
  readonly epochs?: number;
  readonly learningRate?: number;
  readonly l2?: number;
  readonly seed?: number;
}

/** mulberry32: a tiny deterministic PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainSoftmax(
  xs: readonly SparseVector[],
  ys: readonly number[],
  dims: number,
  classes: number,
  options: TrainOptions = {},
): SoftmaxModel {
  const { epochs = 15, learningRate = 0.5, l2 = 1e-4, seed = 7 } = options;
  const weights = new Float32Array(dims * classes);
  const bias = new Float32Array(classes);
  const gradSq = new Float32Array(dims * classes).fill(1e-8);
  const biasSq = new Float32Array(classes).fill(1e-8);
  const probs = new Float64Array(classes);
  const order = xs.map((_, i) => i);
  const random = seededRandom(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const x = xs[i]!;
      predictInto({ classes, dims, weights, bias }, x, probs);
      const y = ys[i]!;
      for (let c = 0; c < classes; c++) {
        const g = probs[c]! - (c === y ? 1 : 0);
        // Classes the example barely moves are skipped: most of the work once the model has converged.
        if (g > -1e-3 && g < 1e-3) continue;
        biasSq[c]! += g * g;
        bias[c]! -= (learningRate * g) / Math.sqrt(biasSq[c]!);
        for (let k = 0; k < x.index.length; k++) {
          const at = x.index[k]! * classes + c;
          const gw = g * x.value[k]! + l2 * weights[at]!;
          gradSq[at]! += gw * gw;
          weights[at]! -= (learningRate * gw) / Math.sqrt(gradSq[at]!);
        }
      }
    }
  }
  return { classes, dims, weights, bias };
}

/** Writes class probabilities for `x` into `out` (length = classes) and returns it. */
export function predictInto(model: SoftmaxModel, x: SparseVector, out: Float64Array): Float64Array {
  const { classes, weights, bias } = model;
  for (let c = 0; c < classes; c++) out[c] = bias[c]!;
  for (let k = 0; k < x.index.length; k++) {
    const row = x.index[k]! * classes;
    const v = x.value[k]!;
    for (let c = 0; c < classes; c++) out[c]! += v * weights[row + c]!;
  }
  let max = -Infinity;
  for (let c = 0; c < classes; c++) if (out[c]! > max) max = out[c]!;
  let sum = 0;
  for (let c = 0; c < classes; c++) {
    out[c] = Math.exp(out[c]! - max);
    sum += out[c]!;
  }
  for (let c = 0; c < classes; c++) out[c]! /= sum;
  return out;
}

function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
}
