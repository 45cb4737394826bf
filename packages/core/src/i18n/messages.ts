import { bn } from './catalog/bn';
import { en, type MessageKey } from './catalog/en';
import { hi } from './catalog/hi';
import { mr } from './catalog/mr';
import { ta } from './catalog/ta';
import type { Lang } from './lang';

export type { MessageKey };
export const catalogs: Record<Lang, Record<MessageKey, string>> = { en, hi, ta, bn, mr };

/** Fills `{name}` placeholders. Unknown placeholders stay visible rather than vanish. */
export function interpolate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** Translates a platform message into `lang`, falling back to English. */
export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  return interpolate(catalogs[lang]?.[key] ?? en[key], params);
}
