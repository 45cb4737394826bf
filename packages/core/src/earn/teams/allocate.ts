/**
 * Splits `quantity` whole pieces across members in proportion to their weights, never giving anyone
 * more than her capacity.
 *
 * 1. Capped proportional shares (water-filling): share = remaining · weight / Σ weights of the members
 *    not yet at capacity; anyone whose share exceeds her capacity gets exactly her capacity and the
 *    rest is shared again among the others.
 * 2. Largest remainder: everyone gets the whole part of her share; the pieces left over go one each
 *    to the largest fractional parts (ties: larger weight, then list order). The result sums exactly
 *    to `quantity`; no piece is lost or invented.
 */
export interface Allocatable {
  weight: number;
  capacity: number;
}

export function allocate(quantity: number, members: readonly Allocatable[]): number[] {
  if (!Number.isInteger(quantity) || quantity < 0)
    throw new RangeError('quantity must be a whole number ≥ 0');
  const caps = members.map((m) => Math.max(0, Math.floor(m.capacity)));
  if (caps.reduce((s, c) => s + c, 0) < quantity) throw new RangeError('members cannot cover the quantity');
  const positive = members.some((m, i) => m.weight > 0 && caps[i]! > 0);
  const weights = members.map((m, i) => (caps[i]! === 0 ? 0 : positive ? Math.max(0, m.weight) : caps[i]!));
  const share = new Array<number>(members.length).fill(0);
  const open = new Set(members.map((_, i) => i).filter((i) => weights[i]! > 0));
  let remaining = quantity;
  for (;;) {
    const total = [...open].reduce((s, i) => s + weights[i]!, 0);
    if (total === 0 || remaining <= 0) break;
    const saturated = [...open].filter((i) => (remaining * weights[i]!) / total >= caps[i]!);
    if (saturated.length === 0) {
      for (const i of open) share[i] = (remaining * weights[i]!) / total;
      break;
    }
    for (const i of saturated) {
      share[i] = caps[i]!;
      remaining -= caps[i]!;
      open.delete(i);
    }
  }
  const out = share.map((s, i) => Math.min(caps[i]!, Math.floor(s + 1e-9)));
  let left = quantity - out.reduce((s, x) => s + x, 0);
  const order = members
    .map((_, i) => i)
    .sort(
      (a, b) =>
        share[b]! - Math.floor(share[b]! + 1e-9) - (share[a]! - Math.floor(share[a]! + 1e-9)) ||
        weights[b]! - weights[a]! ||
        a - b,
    );
  while (left > 0) {
    for (const i of order) {
      if (left === 0) break;
      if (out[i]! < caps[i]!) {
        out[i]!++;
        left--;
      }
    }
  }
  return out;
}
