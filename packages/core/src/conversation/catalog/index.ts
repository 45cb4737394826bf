import type { Lang } from '../../i18n/lang';
import { interpolate } from '../../i18n/messages';
import { bn } from './bn';
import { en, type ConversationKey } from './en';
import { hi } from './hi';
import { mr } from './mr';
import { ta } from './ta';

export type { ConversationKey };

/** Every bot text of the conversation journeys, per language. */
export const conversationCatalogs: Record<Lang, Record<ConversationKey, string>> = { en, hi, ta, bn, mr };

/** A bot text in `lang`, placeholders filled. */
export function say(lang: Lang, key: ConversationKey, params?: Record<string, string | number>): string {
  return interpolate(conversationCatalogs[lang][key] ?? en[key], params);
}

/** Each language's own name, in its own script (the language menu shows all of them). */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  en: 'English',
  hi: 'हिन्दी',
  ta: 'தமிழ்',
  bn: 'বাংলা',
  mr: 'मराठी',
};
