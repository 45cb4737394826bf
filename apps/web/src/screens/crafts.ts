import { crafts, getCraft } from '@shebalance/core/crafts/taxonomy';
import type { Lang } from '../i18n/langs';

/** Craft names in her language, from the shared taxonomy (loaded with the screens that need it). */
export function craftName(id: string, lang: Lang): string {
  const craft = getCraft(id);
  return craft ? craft.names[lang] || craft.names.en : id;
}

export function craftOptions(lang: Lang): { id: string; name: string }[] {
  return crafts
    .map((c) => ({ id: c.id, name: c.names[lang] || c.names.en }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
}
