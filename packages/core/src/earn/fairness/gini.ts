/**
 * Gini coefficient of offer exposure (0 = every qualified artisan got the same number of offers,
 * → 1 = one artisan got them all). Pass every qualified artisan's count, zeros included.
 */
export function giniCoefficient(exposures: readonly number[]): number {
  const n = exposures.length;
  if (n === 0) return 0;
  const sorted = [...exposures].sort((a, b) => a - b);
  let total = 0;
  let weighted = 0;
  sorted.forEach((x, i) => {
    if (!(x >= 0)) throw new RangeError('exposures must be non-negative numbers');
    total += x;
    weighted += (i + 1) * x;
  });
  if (total === 0) return 0;
  return (2 * weighted) / (n * total) - (n + 1) / n;
}
