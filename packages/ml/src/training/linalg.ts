/** Dense row-major matrices and the few operations ridge regression needs. */
export interface Matrix {
  rows: number;
  cols: number;
  data: Float64Array;
}

export function matrix(rows: number, cols: number): Matrix {
  return { rows, cols, data: new Float64Array(rows * cols) };
}

export function fromRows(rows: readonly (readonly number[])[]): Matrix {
  const cols = rows[0]?.length ?? 0;
  const m = matrix(rows.length, cols);
  rows.forEach((r, i) => {
    if (r.length !== cols) throw new RangeError('ragged rows');
    m.data.set(r, i * cols);
  });
  return m;
}

export const get = (m: Matrix, r: number, c: number): number => m.data[r * m.cols + c]!;

/** AᵀB (A: n×p, B: n×q → p×q). */
export function transposeTimes(a: Matrix, b: Matrix): Matrix {
  if (a.rows !== b.rows) throw new RangeError('row counts differ');
  const out = matrix(a.cols, b.cols);
  for (let k = 0; k < a.rows; k++) {
    const ao = k * a.cols;
    const bo = k * b.cols;
    for (let i = 0; i < a.cols; i++) {
      const aki = a.data[ao + i]!;
      if (aki === 0) continue;
      const oo = i * b.cols;
      for (let j = 0; j < b.cols; j++) out.data[oo + j] = out.data[oo + j]! + aki * b.data[bo + j]!;
    }
  }
  return out;
}

/** ABᵀ (A: n×p, B: m×p → n×m). */
export function timesTranspose(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.cols) throw new RangeError('column counts differ');
  const out = matrix(a.rows, b.rows);
  for (let i = 0; i < a.rows; i++) {
    for (let j = 0; j < b.rows; j++) {
      let s = 0;
      const ao = i * a.cols;
      const bo = j * b.cols;
      for (let k = 0; k < a.cols; k++) s += a.data[ao + k]! * b.data[bo + k]!;
      out.data[i * out.cols + j] = s;
    }
  }
  return out;
}

/**
 * Cholesky factor L (lower triangular, A = LLᵀ) of a symmetric positive-definite matrix.
 * Throws when A is not positive definite.
 */
export function cholesky(a: Matrix): Matrix {
  if (a.rows !== a.cols) throw new RangeError('matrix must be square');
  const n = a.rows;
  const l = matrix(n, n);
  for (let j = 0; j < n; j++) {
    let d = a.data[j * n + j]!;
    for (let k = 0; k < j; k++) d -= l.data[j * n + k]! ** 2;
    if (!(d > 0)) throw new RangeError('matrix is not positive definite');
    const ljj = Math.sqrt(d);
    l.data[j * n + j] = ljj;
    for (let i = j + 1; i < n; i++) {
      let s = a.data[i * n + j]!;
      for (let k = 0; k < j; k++) s -= l.data[i * n + k]! * l.data[j * n + k]!;
      l.data[i * n + j] = s / ljj;
    }
  }
  return l;
}

/** Solves (LLᵀ)X = B for X given the Cholesky factor L (B: n×q). */
export function choleskySolve(l: Matrix, b: Matrix): Matrix {
  const n = l.rows;
  if (b.rows !== n) throw new RangeError('right-hand side has the wrong size');
  const q = b.cols;
  const x = matrix(n, q);
  x.data.set(b.data);
  for (let c = 0; c < q; c++) {
    for (let i = 0; i < n; i++) {
      let s = x.data[i * q + c]!;
      for (let k = 0; k < i; k++) s -= l.data[i * n + k]! * x.data[k * q + c]!;
      x.data[i * q + c] = s / l.data[i * n + i]!;
    }
    for (let i = n - 1; i >= 0; i--) {
      let s = x.data[i * q + c]!;
      for (let k = i + 1; k < n; k++) s -= l.data[k * n + i]! * x.data[k * q + c]!;
      x.data[i * q + c] = s / l.data[i * n + i]!;
    }
  }
  return x;
}

/** A + λI (a copy). */
export function addDiagonal(a: Matrix, lambda: number): Matrix {
  const out = { rows: a.rows, cols: a.cols, data: Float64Array.from(a.data) };
  for (let i = 0; i < Math.min(a.rows, a.cols); i++)
    out.data[i * a.cols + i] = out.data[i * a.cols + i]! + lambda;
  return out;
}
