import type { Lang } from '@shebalance/core/i18n/lang';
import { CATALOGS, type MessageKey } from './catalog/index';

export type Params = Readonly<Record<string, string | number>>;

/** Replaces `{name}` placeholders; an unknown placeholder is left as written so it is visible, not silent. */
export function interpolate(template: string, params: Params = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The message in `lang` (English if a language were ever missing a key), with placeholders filled. */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  return interpolate(CATALOGS[lang]?.[key] ?? CATALOGS.en[key], params);
}

/** Rupee amounts with Indian digit grouping (1,20,000). */
export function formatInr(amount: number): string {
  return new Intl.NumberFormat('en-IN', { maximumFractionDigits: 0 }).format(amount);
}

/** Placeholder names in a template, sorted (used to check that translations keep them). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}
