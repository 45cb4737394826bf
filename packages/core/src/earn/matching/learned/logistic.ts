/**
 * L2-regularised logistic regression fitted by iteratively reweighted least squares (Newton's method).
 * Columns are standardised for the fit and the coefficients folded back to the original scale, so the
 * result is a plain linear form: p = sigmoid(bias + Σ coefⱼ · xⱼ).
 */
export interface LogisticFit {
  coef: number[];
  bias: number;
  iterations: number;
  converged: boolean;
}

export const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Solves A·x = b for a small dense symmetric positive-definite A (Gaussian elimination, partial pivoting). */
export function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]!;
    if (Math.abs(p) < 1e-300) throw new RangeError('singular system');
    for (let r = col + 1; r < n; r++) {
      const factor = m[r]![col]! / p;
      if (factor === 0) continue;
      for (let c = col; c <= n; c++) m[r]![c]! -= factor * m[col]![c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let c = r + 1; c < n; c++) s -= m[r]![c]! * x[c]!;
    x[r] = s / m[r]![r]!;
  }
  return x;
}

export function fitLogistic(
  x: readonly (readonly number[])[],
  y: readonly number[],
  l2 = 1,
  maxIterations = 50,
): LogisticFit {
  const n = x.length;
  const p = x[0]?.length ?? 0;
  if (n === 0 || y.length !== n) throw new RangeError('need one label per row and at least one row');
  const mean = new Array<number>(p).fill(0);
  const sd = new Array<number>(p).fill(0);
  for (const row of x) for (let j = 0; j < p; j++) mean[j]! += row[j]! / n;
  for (const row of x) for (let j = 0; j < p; j++) sd[j]! += (row[j]! - mean[j]!) ** 2 / n;
  for (let j = 0; j < p; j++) sd[j] = Math.sqrt(sd[j]!) || 1;
  const z = x.map((row) => [1, ...row.map((v, j) => (v - mean[j]!) / sd[j]!)]);
  const beta = new Array<number>(p + 1).fill(0);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    const h = Array.from({ length: p + 1 }, (_, i) =>
      Array.from({ length: p + 1 }, (_, j) => (i === j ? (i === 0 ? 1e-6 : l2) : 0)),
    );
    const g = beta.map((b, j) => (j === 0 ? -1e-6 * b : -l2 * b));
    for (let i = 0; i < n; i++) {
      const zi = z[i]!;
      let eta = 0;
      for (let j = 0; j <= p; j++) eta += zi[j]! * beta[j]!;
      const mu = sigmoid(eta);
      const w = Math.max(mu * (1 - mu), 1e-12);
      const r = y[i]! - mu;
      for (let j = 0; j <= p; j++) {
        g[j]! += zi[j]! * r;
        const wz = w * zi[j]!;
        for (let k = j; k <= p; k++) h[j]![k]! += wz * zi[k]!;
      }
    }
    for (let j = 0; j <= p; j++) for (let k = 0; k < j; k++) h[j]![k] = h[k]![j]!;
    const step = solve(h, g);
    let largest = 0;
    for (let j = 0; j <= p; j++) {
      beta[j]! += step[j]!;
      largest = Math.max(largest, Math.abs(step[j]!));
    }
    converged = largest < 1e-8;
  }
  const coef = beta.slice(1).map((b, j) => b / sd[j]!);
  const bias = beta[0]! - coef.reduce((s, c, j) => s + c * mean[j]!, 0);
  return { coef, bias, iterations, converged };
}
