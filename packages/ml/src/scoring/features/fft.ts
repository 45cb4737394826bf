interface FftTables {
  /** Bit-reversed index of each position. */
  reversed: Uint32Array;
  /** cos(2πk/n) and sin(2πk/n) for k < n/2. */
  cos: Float64Array;
  sin: Float64Array;
}

const tables = new Map<number, FftTables>();

/** Bit-reversal permutation and twiddle factors for length n, computed once per length. */
function tablesFor(n: number): FftTables {
  let t = tables.get(n);
  if (t) return t;
  const reversed = new Uint32Array(n);
  for (let i = 1, j = 0; i < n; i++) {
    let bit = n >> 1;
    for (; j & bit; bit >>= 1) j ^= bit;
    j ^= bit;
    reversed[i] = j;
  }
  const half = Math.max(1, n >> 1);
  const cos = new Float64Array(half);
  const sin = new Float64Array(half);
  for (let k = 0; k < half; k++) {
    cos[k] = Math.cos((2 * Math.PI * k) / n);
    sin[k] = Math.sin((2 * Math.PI * k) / n);
  }
  t = { reversed, cos, sin };
  tables.set(n, t);
  return t;
}

/** In-place iterative radix-2 complex FFT over `re`/`im` (length a power of two). `inverse` scales by 1/n. */
export function fft(re: Float64Array, im: Float64Array, inverse = false): void {
  const n = re.length;
  if (n & (n - 1)) throw new RangeError('fft length must be a power of two');
  const { reversed, cos, sin } = tablesFor(n);
  for (let i = 1; i < n; i++) {
    const j = reversed[i]!;
    if (i < j) {
      const tr = re[i]!;
      re[i] = re[j]!;
      re[j] = tr;
      const ti = im[i]!;
      im[i] = im[j]!;
      im[j] = ti;
    }
  }
  const sign = inverse ? 1 : -1;
  for (let len = 2; len <= n; len <<= 1) {
    const half = len >> 1;
    const stride = n / len;
    for (let i = 0; i < n; i += len) {
      for (let k = 0; k < half; k++) {
        // Twiddle e^(∓2πik/len) = e^(∓2πi·k·stride/n), read from the table.
        const cr = cos[k * stride]!;
        const ci = sign * sin[k * stride]!;
        const a = i + k;
        const b = a + half;
        const tr = re[b]! * cr - im[b]! * ci;
        const ti = re[b]! * ci + im[b]! * cr;
        re[b] = re[a]! - tr;
        im[b] = im[a]! - ti;
        re[a] = re[a]! + tr;
        im[a] = im[a]! + ti;
      }
    }
  }
  if (inverse) {
    for (let i = 0; i < n; i++) {
      re[i] = re[i]! / n;
      im[i] = im[i]! / n;
    }
  }
}

/**
 * 2-D FFT of a size×size grid stored row-major (rows, then columns). When `outputRows` is given,
 * only those rows of the result are needed: the columns are transformed first and then just
 * those rows (the other rows are left half-transformed).
 */
export function fft2d(
  re: Float64Array,
  im: Float64Array,
  size: number,
  inverse = false,
  outputRows?: readonly number[],
): void {
  if (!outputRows) transformRows(re, im, size, inverse, null);
  const colRe = new Float64Array(size);
  const colIm = new Float64Array(size);
  for (let x = 0; x < size; x++) {
    for (let y = 0, i = x; y < size; y++, i += size) {
      colRe[y] = re[i]!;
      colIm[y] = im[i]!;
    }
    fft(colRe, colIm, inverse);
    for (let y = 0, i = x; y < size; y++, i += size) {
      re[i] = colRe[y]!;
      im[i] = colIm[y]!;
    }
  }
  if (outputRows) transformRows(re, im, size, inverse, outputRows);
}

function transformRows(
  re: Float64Array,
  im: Float64Array,
  size: number,
  inverse: boolean,
  only: readonly number[] | null,
): void {
  const rows = only ?? Array.from({ length: size }, (_, y) => y);
  for (const y of rows) {
    const rowRe = re.subarray(y * size, (y + 1) * size);
    const rowIm = im.subarray(y * size, (y + 1) * size);
    // Zero padding: the transform of an all-zero row is zero, skip it.
    if (isZero(rowRe) && isZero(rowIm)) continue;
    fft(rowRe, rowIm, inverse);
  }
}

function isZero(values: Float64Array): boolean {
  for (let i = 0; i < values.length; i++) if (values[i] !== 0) return false;
  return true;
}
