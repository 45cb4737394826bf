/** Geometry for the earnings passbook charts (pure, so it is unit tested; drawn by EarningsChart). */

export interface Part {
  key: string;
  value: number;
}

export interface Segment extends Part {
  x: number;
  width: number;
  /** Share of the total, 0–1. */
  share: number;
}

/**
 * One bar split into parts in proportion (paid out | on the way | waiting). A part that is not zero
 * is never thinner than `minWidth`, so a small amount stays visible; the rest shrink to fit.
 */
export function splitBar(parts: Part[], width: number, minWidth = 6): Segment[] {
  const shown = parts.filter((p) => p.value > 0);
  const total = shown.reduce((s, p) => s + p.value, 0);
  if (total <= 0) return [];
  const raw = shown.map((p) => (width * p.value) / total);
  const small = raw.filter((w) => w < minWidth).length;
  const bigTotal = raw.filter((w) => w >= minWidth).reduce((s, w) => s + w, 0);
  const room = width - small * minWidth;
  let x = 0;
  return shown.map((p, i) => {
    const w = raw[i]! < minWidth ? minWidth : bigTotal > 0 ? (raw[i]! * room) / bigTotal : raw[i]!;
    const seg = { ...p, x, width: w, share: p.value / total };
    x += w;
    return seg;
  });
}

/** "2026-12" of a moment, in India's time zone (IST, UTC+5:30, no daylight saving). */
export function monthOf(at: Date | string): string {
  const d = new Date(new Date(at).getTime() + 330 * 60_000);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The last `count` months up to `now`'s month, oldest first, each with the sum of `amount` in it. */
export function monthlyTotals<T>(
  items: T[],
  at: (item: T) => string,
  amount: (item: T) => number,
  now: Date,
  count = 6,
): { month: string; value: number }[] {
  const [y, m] = monthOf(now).split('-').map(Number) as [number, number];
  const months: { month: string; value: number }[] = [];
  for (let i = count - 1; i >= 0; i--) {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    months.push({ month: `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`, value: 0 });
  }
  for (const item of items) {
    const slot = months.find((x) => x.month === monthOf(at(item)));
    if (slot) slot.value += amount(item);
  }
  return months;
}

export interface Column {
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
}

/** Vertical columns scaled to the largest value (all zero → flat columns on the base line). */
export function columnLayout(values: number[], o: { width: number; height: number; gap: number }): Column[] {
  const n = values.length;
  if (n === 0) return [];
  const max = Math.max(0, ...values);
  const width = (o.width - o.gap * (n - 1)) / n;
  return values.map((value, i) => {
    const height = max > 0 ? (o.height * Math.max(0, value)) / max : 0;
    return { x: i * (width + o.gap), y: o.height - height, width, height, value };
  });
}
