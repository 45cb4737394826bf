import { getCraft } from '../crafts';
import type { Lang } from '../i18n/lang';
import { commandWord } from './keywords';
import { promptFor } from './prompts';
import type { Choice, ConversationState, OutboundIntent } from './types';

/**
 * What she may SAY at her current step (issue 6): the buttons and list rows the step's prompt offers,
 * plus the global commands. The embedded speech recognizer can only choose among these, so voice
 * turns (the app's microphone and WhatsApp voice notes) are constrained to them. Pure; built from
 * `promptFor`, so a journey that changes its prompt changes what is listened for.
 */
export interface ExpectedReply {
  /** The button or list id it stands for ('lang:hi', 'menu:work'), or the command ('cmd:help'). */
  readonly id: string;
  /** What to hand the engine as her words when she said it: the option's label, or the command word. */
  readonly text: string;
  /**
   * Ways she may say it: the label when it is written in her language's script, then English and
   * romanized Hindi forms (which the embedded recognizer voices in both Hindi and English), and, in a
   * list, the row's number.
   */
  readonly phrases: readonly string[];
  /** The NLU intent name this reply stands for, when it stands for one. */
  readonly intent?: string;
}

/** Spoken forms of known choices: English and romanized Hindi (not shown to her). */
const SPOKEN: Record<string, readonly string[]> = {
  'lang:en': ['english', 'angrezi'],
  'lang:hi': ['hindi'],
  'lang:ta': ['tamil'],
  'lang:bn': ['bangla', 'bengali'],
  'lang:mr': ['marathi'],
  'menu:snap': ['photo bhejni hai', 'score my work'],
  'menu:work': ['kaam chahiye', 'find work'],
  'menu:earnings': ['mera paisa', 'my earnings'],
  'menu:certificate': ['praman patra', 'my certificate'],
  'menu:language': ['bhasha badlo', 'change language'],
  'menu:help': ['madad', 'help'],
  'menu:human': ['kisi se baat karni hai', 'talk to a person'],
  'consent:yes': ['haan', 'yes'],
  'consent:no': ['nahin', 'no'],
  'avail:full': ['poora din', 'full time'],
  'avail:part': ['aadha din', 'part time'],
  'avail:weekends': ['sirf chhutti ke din', 'weekends only'],
  'crafts:add': ['aur jodna hai', 'add another'],
  'crafts:done': ['bas itna hi', 'that is all'],
  'snap:done': ['ho gaya', 'done'],
  'craft:other': ['koi aur hunar', 'other craft'],
  'cmd:menu': ['menu'],
  'cmd:help': ['madad', 'help'],
};

/** Global commands that work at every step: spoken forms taken from the command words. */
const COMMANDS: readonly { id: string; phrases: readonly string[] }[] = [
  { id: 'cmd:help', phrases: ['madad', 'help'] },
  { id: 'cmd:menu', phrases: ['menu', 'namaste'] },
  { id: 'cmd:language', phrases: ['bhasha', 'language'] },
  { id: 'cmd:human', phrases: ['insaan', 'talk to a person'] },
  { id: 'cmd:stop', phrases: ['ruko', 'stop'] },
];

/** A step's row that already offers a command makes the command redundant (and confusable). */
const SAME_AS_COMMAND: Record<string, string> = {
  'menu:help': 'cmd:help',
  'menu:language': 'cmd:language',
  'menu:human': 'cmd:human',
};

const INTENTS: Record<string, string> = {
  'menu:snap': 'assess_skill',
  'menu:work': 'find_work',
  'menu:earnings': 'check_earnings',
  'menu:certificate': 'get_certificate',
  'menu:language': 'change_language',
  'menu:help': 'help',
  'menu:human': 'talk_to_human',
  'consent:yes': 'register',
  'snap:done': 'assess_skill',
  'cmd:menu': 'greeting',
  'cmd:help': 'help',
  'cmd:language': 'change_language',
  'cmd:human': 'talk_to_human',
};

function intentOf(id: string): string | undefined {
  if (INTENTS[id]) return INTENTS[id];
  if (id.startsWith('lang:')) return 'change_language';
  if (id.startsWith('avail:')) return 'update_availability';
  if (id.startsWith('craft:') || id.startsWith('crafts:')) return 'register';
  return undefined;
}

/** Numbers for list rows, romanized Hindi and English. */
const NUMBERS: readonly (readonly string[])[] = [
  ['ek', 'one'],
  ['do', 'two'],
  ['teen', 'three'],
  ['chaar', 'four'],
  ['paanch', 'five'],
  ['chhah', 'six'],
  ['saat', 'seven'],
  ['aath', 'eight'],
  ['nau', 'nine'],
  ['das', 'ten'],
];

const SCRIPTS: Record<Lang, RegExp> = {
  en: /^[\x20-\x7e]+$/,
  hi: /^[\u0900-\u097f\s.,'-]+$/,
  mr: /^[\u0900-\u097f\s.,'-]+$/,
  bn: /^[\u0980-\u09ff\s.,'-]+$/,
  ta: /^[\u0b80-\u0bff\s.,'-]+$/,
};

/** A label her language's voice can read aloud (titles cut with '…' are left out). */
const speakable = (text: string, lang: Lang): boolean =>
  !text.includes('…') && (SCRIPTS[lang].test(text) || SCRIPTS.en.test(text));

function choicesOf(intent: OutboundIntent): { choices: Choice[]; numbered: boolean } {
  if (intent.kind === 'buttons') return { choices: intent.buttons, numbered: false };
  if (intent.kind === 'list') return { choices: intent.rows, numbered: true };
  return { choices: [], numbered: false };
}

/**
 * The replies expected at her current step, in `lang` (her conversation's language by default): the
 * options of the step's prompt, then the global commands not already offered. Every phrase appears
 * once (the first option that has it keeps it), so no two options sound the same.
 */
export function expectedReplies(state: ConversationState, lang: Lang = state.lang): ExpectedReply[] {
  const out: ExpectedReply[] = [];
  const seen = new Set<string>();
  const add = (id: string, text: string, candidates: readonly string[]) => {
    const phrases: string[] = [];
    for (const raw of candidates) {
      const phrase = raw.normalize('NFC').trim();
      const key = phrase.toLowerCase();
      if (!phrase || seen.has(key)) continue;
      seen.add(key);
      phrases.push(phrase);
    }
    if (phrases.length === 0) return;
    const intent = intentOf(id);
    out.push({ id, text, phrases, ...(intent ? { intent } : {}) });
  };

  const offered = new Set<string>();
  for (const prompt of promptFor({ ...state, lang })) {
    const { choices, numbered } = choicesOf(prompt);
    choices.forEach((choice, i) => {
      offered.add(choice.id);
      const craft = choice.id.startsWith('craft:') ? getCraft(choice.id.slice(6)) : undefined;
      const label = craft ? (craft.names[lang] ?? craft.names.en) : choice.title;
      const candidates = [
        ...(speakable(label, lang) ? [label] : []),
        ...(craft ? [craft.names.en.replace(/\s*\(.*?\)/g, '').toLowerCase()] : []),
        ...(SPOKEN[choice.id] ?? []),
        ...(numbered ? (NUMBERS[i] ?? []) : []),
      ];
      add(choice.id, label, candidates);
    });
  }
  const redundant = new Set([...offered].map((id) => SAME_AS_COMMAND[id] ?? id));
  for (const command of COMMANDS) {
    if (redundant.has(command.id)) continue;
    const text = command.phrases.find((p) => commandWord(p)) ?? command.phrases[0]!;
    add(command.id, text, command.phrases);
  }
  return out;
}
