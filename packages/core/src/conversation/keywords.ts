/**
 * Command words that work at every step, in every language (matched whole, case- and space-insensitive).
 * Not user-facing text: what she may type, in her script or in Latin letters.
 */
export type GlobalCommand = 'help' | 'menu' | 'language' | 'human' | 'stop';

export const COMMAND_WORDS: Record<GlobalCommand, readonly string[]> = {
  help: [
    'help',
    '?',
    'madad',
    'sahayata',
    'मदद',
    'सहायता',
    'உதவி',
    'udhavi',
    'সাহায্য',
    'sahajjo',
    'मदत',
    'madat',
  ],
  menu: [
    'menu',
    'main menu',
    'hi',
    'hii',
    'hello',
    'start',
    'namaste',
    'नमस्ते',
    'मेनू',
    'मेन्यू',
    'மெனு',
    'வணக்கம்',
    'মেনু',
    'নমস্কার',
    'नमस्कार',
  ],
  language: ['language', 'change language', 'bhasha', 'भाषा', 'भाषा बदलें', 'மொழி', 'ভাষা', 'भाषा बदला'],
  human: [
    'human',
    'person',
    'agent',
    'talk to a person',
    'insaan',
    'इंसान',
    'व्यक्ति',
    'मनुष्य',
    'மனிதர்',
    'মানুষ',
    'माणूस',
    'व्यक्तीशी बोला',
  ],
  stop: ['stop', 'cancel', 'band', 'ruko', 'रुको', 'बंद', 'रद्द', 'நிறுத்து', 'বন্ধ', 'থামো', 'थांबा'],
};

const normal = (s: string) =>
  s
    .normalize('NFC')
    .toLowerCase()
    .replace(/[.!।,]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();

const lookup = new Map<string, GlobalCommand>(
  (Object.entries(COMMAND_WORDS) as [GlobalCommand, readonly string[]][]).flatMap(([cmd, words]) =>
    words.map((w) => [normal(w), cmd] as const),
  ),
);

/** The command a whole message is, if it is one. */
export function commandWord(text: string): GlobalCommand | undefined {
  return lookup.get(normal(text));
}

/** NLU intents that mean a global command when recognised with confidence. */
export const INTENT_COMMANDS: Record<string, GlobalCommand> = {
  help: 'help',
  change_language: 'language',
  talk_to_human: 'human',
  greeting: 'menu',
};

/** Button and list ids of global commands. */
export const COMMAND_IDS: Record<string, GlobalCommand> = {
  'cmd:help': 'help',
  'cmd:menu': 'menu',
  'cmd:language': 'language',
  'cmd:human': 'human',
};
