import {
  addDiagonal,
  choleskySolve,
  cholesky,
  fromRows,
  transposeTimes,
  timesTranspose,
  type Matrix,
} from './linalg';

export interface RidgeSolution {
  /** weights[target][feature] */
  weights: number[][];
  intercepts: number[];
}

/**
 * Ridge regression with an unpenalized intercept, for several targets at once:
 * minimize ‖Y − 1b − XW‖² + λ‖W‖². X and Y are centred; then
 * - primal (p ≤ n): solve (XᵀX + λI) W = XᵀY with Cholesky;
 * - dual (p > n, e.g. with a 1792-d embedding): solve (XXᵀ + λI) A = Y, W = XᵀA — the same
 *   solution, with an n×n instead of a p×p system.
 * The Gram matrix is built once, so solving for many λ values is cheap.
 */
export class RidgeProblem {
  private readonly xMeans: number[];
  private readonly yMeans: number[];
  private readonly x: Matrix;
  private readonly y: Matrix;
  private readonly dual: boolean;
  private readonly gram: Matrix;
  private readonly rhs: Matrix | null;

  constructor(
    xRows: readonly (readonly number[])[],
    yRows: readonly (readonly number[])[],
    form: 'auto' | 'primal' | 'dual' = 'auto',
  ) {
    if (xRows.length === 0 || xRows.length !== yRows.length)
      throw new RangeError('need as many target rows as input rows');
    this.xMeans = columnMeans(xRows);
    this.yMeans = columnMeans(yRows);
    this.x = fromRows(xRows.map((r) => r.map((v, j) => v - this.xMeans[j]!)));
    this.y = fromRows(yRows.map((r) => r.map((v, j) => v - this.yMeans[j]!)));
    this.dual = form === 'auto' ? this.x.cols > this.x.rows : form === 'dual';
    this.gram = this.dual ? timesTranspose(this.x, this.x) : transposeTimes(this.x, this.x);
    this.rhs = this.dual ? null : transposeTimes(this.x, this.y);
  }

  get usesDualForm(): boolean {
    return this.dual;
  }

  solve(lambda: number): RidgeSolution {
    if (!(lambda > 0)) throw new RangeError('lambda must be positive');
    const l = cholesky(addDiagonal(this.gram, lambda));
    const w = this.dual ? transposeTimes(this.x, choleskySolve(l, this.y)) : choleskySolve(l, this.rhs!);
    const p = this.x.cols;
    const t = this.y.cols;
    const weights = Array.from({ length: t }, (_, k) =>
      Array.from({ length: p }, (_, j) => w.data[j * t + k]!),
    );
    const intercepts = weights.map(
      (wk, k) => this.yMeans[k]! - wk.reduce((s, v, j) => s + v * this.xMeans[j]!, 0),
    );
    return { weights, intercepts };
  }
}

function columnMeans(rows: readonly (readonly number[])[]): number[] {
  const cols = rows[0]?.length ?? 0;
  const m = new Array<number>(cols).fill(0);
  for (const r of rows) for (let j = 0; j < cols; j++) m[j]! += r[j]!;
  return m.map((s) => s / rows.length);
}

export function predictRow(solution: RidgeSolution, target: number, row: readonly number[]): number {
  const w = solution.weights[target]!;
  let s = solution.intercepts[target]!;
  for (let j = 0; j < w.length; j++) s += w[j]! * row[j]!;
  return s;
}
