import { SUPPORTED_LANGS, type Lang } from '../i18n/lang';
import { conversationCatalogs, LANGUAGE_NAMES, type ConversationKey } from './catalog';
import type { ConversationInput, NluPort } from './types';

/** An option she may pick by typing: its catalog labels in every language, plus extra words. */
export interface TypedOption {
  id: string;
  keys?: readonly ConversationKey[];
  extra?: readonly string[];
}

function phrases(option: TypedOption): Partial<Record<Lang, readonly string[]>> {
  const out: Partial<Record<Lang, string[]>> = {};
  for (const lang of SUPPORTED_LANGS)
    out[lang] = (option.keys ?? []).map((k) => conversationCatalogs[lang][k]);
  out.en = [...(out.en ?? []), ...(option.extra ?? [])];
  return out;
}

/** The option a free-text reply picks (menu number, label in any language, yes/no word), if any. */
export function matchTyped(nlu: NluPort, text: string, options: readonly TypedOption[]): string | undefined {
  return nlu.match(
    text,
    options.map((o) => ({ id: o.id, phrases: phrases(o) })),
  )?.id;
}

const LANGUAGE_WORDS: Record<Lang, string[]> = {
  en: ['english', 'angrezi', 'अंग्रेज़ी', 'अंग्रेजी'],
  hi: ['hindi', 'हिंदी'],
  ta: ['tamil', 'तमिल'],
  bn: ['bengali', 'bangla', 'बंगाली', 'বাংলা'],
  mr: ['marathi', 'मराठी'],
};

/** The language she named or picked, if any. */
export function languageChoice(nlu: NluPort, input: ConversationInput): Lang | undefined {
  if ((input.kind === 'button' || input.kind === 'list') && input.id.startsWith('lang:')) {
    const code = input.id.slice(5);
    return (SUPPORTED_LANGS as readonly string[]).includes(code) ? (code as Lang) : undefined;
  }
  if (input.kind !== 'text') return undefined;
  const id = matchTyped(
    nlu,
    input.text,
    SUPPORTED_LANGS.map((l) => ({ id: l, extra: [LANGUAGE_NAMES[l], ...LANGUAGE_WORDS[l]] })),
  );
  return id as Lang | undefined;
}

/** Yes / no to a two-button question, typed in any language. */
export function yesNo(
  nlu: NluPort,
  text: string,
  yesKey: ConversationKey,
  noKey: ConversationKey,
  extra: { yes?: readonly string[]; no?: readonly string[] } = {},
): 'yes' | 'no' | undefined {
  return matchTyped(nlu, text, [
    { id: 'yes', keys: [yesKey], extra: extra.yes ?? [] },
    { id: 'no', keys: [noKey], extra: extra.no ?? [] },
  ]) as 'yes' | 'no' | undefined;
}

/** The id of a tapped button or list row. */
export function choiceId(input: ConversationInput): string | undefined {
  return input.kind === 'button' || input.kind === 'list' ? input.id : undefined;
}

/** Plain letters in any script, spaces, dots, apostrophes and hyphens; 2 to 60 characters; no digits. */
export function validName(text: string): string | undefined {
  const name = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  const length = [...name].length;
  if (length < 2 || length > 60) return undefined;
  return /^[\p{L}\p{M}][\p{L}\p{M} .'-]*$/u.test(name) ? name : undefined;
}
