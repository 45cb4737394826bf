import type { Lang } from '../i18n/lang';
import { PAINTING_CRAFTS } from './data-paintings';
import { ADORNMENT_CRAFTS } from './data-adornment';
import { OBJECT_CRAFTS } from './data-objects';
import { TEXTILE_CRAFTS } from './data-textiles';
import { compactName, containsPhrase, normalizeName } from './normalize';
import type { Craft } from './types';

/** Every craft SheBalance recognises, textiles first. Ids are stable database keys. */
export const crafts: readonly Craft[] = Object.freeze([
  ...TEXTILE_CRAFTS,
  ...PAINTING_CRAFTS,
  ...OBJECT_CRAFTS,
  ...ADORNMENT_CRAFTS,
]);

export const craftIds: readonly string[] = Object.freeze(crafts.map((craft) => craft.id));

const byId: ReadonlyMap<string, Craft> = new Map(crafts.map((craft) => [craft.id, craft]));

export function isCraftId(id: unknown): id is string {
  return typeof id === 'string' && byId.has(id);
}

export function getCraft(id: string): Craft | undefined {
  return byId.get(id);
}

/** Every way to say a craft: its id, its five names and its aliases. */
export function craftTerms(craft: Craft): string[] {
  return [craft.id.replace(/-/g, ' '), ...Object.values(craft.names), ...craft.aliases];
}

interface Term {
  readonly normal: string;
  readonly compact: string;
  readonly craft: Craft;
}

interface NameIndex {
  readonly byNormal: ReadonlyMap<string, Craft>;
  readonly byCompact: ReadonlyMap<string, Craft>;
  readonly phrases: readonly Term[];
}

/** Built on first use, not at import: screens that only show craft names do not pay for it. */
let nameIndex: NameIndex | undefined;
function names(): NameIndex {
  if (nameIndex) return nameIndex;
  /** First writer wins, so a term shared by two crafts resolves to the earlier one (tests forbid sharing). */
  const terms: readonly Term[] = crafts.flatMap((craft) =>
    craftTerms(craft).map((term) => ({ normal: normalizeName(term), compact: compactName(term), craft })),
  );
  const byNormal = new Map<string, Craft>();
  const byCompact = new Map<string, Craft>();
  for (const term of terms) {
    if (!byNormal.has(term.normal)) byNormal.set(term.normal, term.craft);
    if (!byCompact.has(term.compact)) byCompact.set(term.compact, term.craft);
  }
  /** Longest first, so 'bagh print' beats 'bagh' inside a sentence. */
  const phrases = [...terms]
    .filter((t) => t.compact.length >= 3)
    .sort((a, b) => b.normal.length - a.normal.length);
  nameIndex = { byNormal, byCompact, phrases };
  return nameIndex;
}

/**
 * Finds the craft a person named, in any supported language or spelling: case-, diacritic-, nukta- and
 * spacing-insensitive ('Chikan Kari', 'चिकनकारी', 'ज़रदोज़ी'). Also finds a craft named inside a short
 * sentence ('main madhubani painting banati hoon'), preferring the longest name mentioned.
 */
export function findCraftByName(text: string): Craft | undefined {
  const normal = normalizeName(text);
  if (!normal) return undefined;
  const { byNormal, byCompact, phrases } = names();
  const exact = byNormal.get(normal) ?? byCompact.get(normal.replace(/ /g, ''));
  if (exact) return exact;
  return phrases.find((term) => containsPhrase(normal, term.normal))?.craft;
}

/** The craft's name in `lang`, falling back to English. */
export function craftLabel(craft: Craft, lang: Lang): string {
  return craft.names[lang] || craft.names.en;
}
