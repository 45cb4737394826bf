import { WEEKDAYS, type Weekday } from '../../profiles/types';

/**
 * Time available before a deadline.
 *
 * Working days are India Standard Time calendar days strictly after today and strictly before the
 * deadline's day (today is already planned; the deadline day is for handing over). Her weekly hours
 * and weekly capacity are spread evenly over her available weekdays, so her share of the window is
 * `herWeeks = (her available days in the window) / (her available days per week)`, which is the
 * plain "weeks until the deadline" whenever the window is a whole number of weeks.
 */
const IST_OFFSET_MS = 330 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Tolerance so that 2.9999999 pieces counts as 3. */
const EPS = 1e-9;

const DAY_BIT: Readonly<Record<string, number>> = Object.fromEntries(WEEKDAYS.map((d, i) => [d, 1 << i]));

/** Bit i is WEEKDAYS[i] (mon = bit 0 … sun = bit 6). */
export function dayMask(days: readonly Weekday[]): number {
  let mask = 0;
  for (let i = 0; i < days.length; i++) mask |= DAY_BIT[days[i]!] ?? 0;
  return mask;
}

const POPCOUNT = Uint8Array.from({ length: 128 }, (_, m) => {
  let c = 0;
  for (let b = m; b; b &= b - 1) c++;
  return c;
});

const istDay = (ms: number) => Math.floor((ms + IST_OFFSET_MS) / DAY_MS);
/** 1970-01-01 was a Thursday (index 3 when Monday is 0). */
const weekdayOf = (day: number) => (((day + 3) % 7) + 7) % 7;

/** For each weekday mask (0–127), the artisan's share of the window in weeks. */
export type WeeksByMask = Float64Array;

export function weeksByMask(now: Date, deadline: Date): WeeksByMask {
  const first = istDay(now.getTime()) + 1;
  const days = Math.max(0, istDay(deadline.getTime()) - first);
  const start = weekdayOf(first);
  const perWeekday = new Float64Array(7);
  for (let w = 0; w < 7; w++) {
    perWeekday[w] = Math.floor(days / 7) + ((w - start + 7) % 7 < days % 7 ? 1 : 0);
  }
  const table = new Float64Array(128);
  for (let mask = 1; mask < 128; mask++) {
    let inWindow = 0;
    for (let w = 0; w < 7; w++) if (mask & (1 << w)) inWindow += perWeekday[w]!;
    table[mask] = inWindow / POPCOUNT[mask]!;
  }
  return table;
}

/**
 * Pieces she can make before the deadline: limited both by her craft capacity
 * (capacityPerWeek × herWeeks) and by her free hours (weeklyHours × herWeeks − workload) / hoursPerPiece.
 * The hours constraint "weekly hours × weeks − workload ≥ hours needed" holds exactly when
 * `piecesBeforeDeadline(...) ≥ pieces`.
 */
export function piecesBeforeDeadline(
  capacityPerWeek: number,
  weeklyHours: number,
  workloadHours: number,
  herWeeks: number,
  hoursPerPiece: number,
): number {
  const byCapacity = Math.floor(capacityPerWeek * herWeeks + EPS);
  const freeHours = weeklyHours * herWeeks - workloadHours;
  const byHours = hoursPerPiece > 0 ? Math.floor(freeHours / hoursPerPiece + EPS) : byCapacity;
  return Math.max(0, Math.min(byCapacity, byHours));
}
