/** What this needs of i18next's `t`: a catalog string, with values put in. */
type Translate = (key: string, values?: Record<string, string | number>) => string;

const IST_OFFSET_MS = 330 * 60_000; // India Standard Time, UTC+5:30 all year

/**
 * A day's date in her language ("5 जनवरी 2024", "5 ஜனவரி, 2024"), written like i18n/format.ts's
 * `formatDate` but from the catalog's month names instead of Intl.DateTimeFormat: on a phone the
 * first Intl date or number format of a page loads ICU's locale data (tens of milliseconds on the
 * main thread), which the home screen's first paint should not wait for.
 */
export function formatDay(date: Date | string, t: Translate): string {
  const d = new Date(new Date(date).getTime() + IST_OFFSET_MS);
  const months = t('calendar.months').split('|');
  return t('calendar.date', {
    day: d.getUTCDate(),
    month: months[d.getUTCMonth()] ?? String(d.getUTCMonth() + 1),
    year: d.getUTCFullYear(),
  });
}
