import { craftLabel, getCraft } from '@shebalance/core/crafts/index';
import type { Lang } from '@shebalance/core/i18n/lang';
import type { MarketValue, ValueBasisItem } from '../value/estimate';
import { formatInr, t, type Params } from './format';

const MONEY_FIELDS = new Set(['min', 'max', 'median', 'step']);

/**
 * The market value in words: a summary line, then one sentence per basis item. The craft's name
 * comes from the taxonomy in her language unless `craftName` is given.
 */
export function describeValue(
  value: MarketValue,
  lang: Lang,
  options: { craftName?: string } = {},
): string[] {
  const lines = [t(lang, 'value.summary', { min: formatInr(value.min), max: formatInr(value.max) })];
  for (const item of value.basis)
    lines.push(t(lang, `value.${item.key}`, paramsFor(item, lang, options.craftName)));
  return lines;
}

function paramsFor(item: ValueBasisItem, lang: Lang, craftName?: string): Params {
  const out: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(item.values))
    out[k] = typeof v === 'number' && MONEY_FIELDS.has(k) ? formatInr(v) : v;
  if (item.key === 'taxonomy_range') {
    const id = String(item.values.craft);
    const craft = getCraft(id);
    out.craft = craftName ?? (craft ? craftLabel(craft, lang) : id);
  }
  return out;
}
