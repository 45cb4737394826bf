import type { Lang } from '../i18n/lang';
import { say } from './catalog';
import { COMMAND_IDS, commandWord, INTENT_COMMANDS, type GlobalCommand } from './keywords';
import { choiceId, languageChoice, matchTyped } from './matching';
import { onboardingTurn, reprompt } from './onboarding';
import { MENU_ITEMS, menuButton, menuList, promptFor, snapDoneButton, type MenuItem } from './prompts';
import { snapTurn } from './snap';
import { declineStep, findWork, myCertificate, myEarnings, offerChoice, offerStep } from './work';
import type { ConversationInput, ConversationState, Step, TurnContext, TurnResult } from './types';

/** Confidence above which a recognised intent in free text counts as a command. */
export const INTENT_THRESHOLD = 0.75;

/** What the caller can do today (honest replies for journeys whose back end has not landed yet). */
export interface Capabilities {
  scoring: boolean;
}

export interface EngineContext extends TurnContext {
  capabilities?: Partial<Capabilities>;
}

export function initialState(lang: Lang = 'en', onboarded = false): ConversationState {
  return { step: onboarded ? 'menu' : 'new', lang, onboarded, draft: { crafts: [] }, photos: [], misses: 0 };
}

/** Steps where free text is her answer (a name, a craft, a district): NLU intents do not override it. */
const FREE_TEXT_STEPS: readonly Step[] = [
  'onb_name',
  'onb_craft',
  'onb_craft_text',
  'onb_location',
  'work_decline',
];

const ok = (
  state: ConversationState,
  replies: TurnResult['replies'],
  effects: TurnResult['effects'] = [],
): TurnResult => ({
  state: { ...state, misses: 0 },
  replies,
  effects,
});

function commandOf(
  state: ConversationState,
  input: ConversationInput,
  ctx: EngineContext,
): GlobalCommand | undefined {
  const id = choiceId(input);
  if (id) return COMMAND_IDS[id];
  if (input.kind !== 'text') return undefined;
  const word = commandWord(input.text);
  if (word) return word;
  if (FREE_TEXT_STEPS.includes(state.step) || state.step === 'new' || state.step === 'onb_lang')
    return undefined;
  const parsed = ctx.nlu.parse(input.text, state.lang);
  const cmd = INTENT_COMMANDS[parsed.intent];
  return cmd && parsed.confidence >= INTENT_THRESHOLD ? cmd : undefined;
}

/** Steps not worth resuming after a stop (a half-sent set of photos, an offer that may have changed). */
const DETOUR_TO_MENU: readonly Step[] = ['snap', 'work_offer', 'work_decline'];

function runCommand(state: ConversationState, cmd: GlobalCommand, input: ConversationInput): TurnResult {
  const { lang } = state;
  const detour: Step =
    state.step === 'choose_lang' || state.step === 'paused' ? (state.resume ?? 'menu') : state.step;
  switch (cmd) {
    case 'help':
      return ok(
        state,
        state.onboarded
          ? [menuButton(lang, say(lang, 'help.text'))]
          : promptFor(state, say(lang, 'help.text')),
      );
    case 'menu': {
      if (!state.onboarded) {
        const base = state.step === 'paused' ? (state.resume ?? 'new') : state.step;
        const next: ConversationState = {
          ...state,
          step: base === 'new' ? 'onb_lang' : base,
          resume: undefined,
        };
        return ok(next, promptFor(next, base === 'new' ? say(lang, 'onb.welcome') : undefined));
      }
      return ok({ ...state, step: 'menu', photos: [], offerId: undefined }, [menuList(lang)]);
    }
    case 'language':
      return ok(
        { ...state, step: 'choose_lang', resume: detour },
        promptFor({ ...state, step: 'choose_lang' }),
      );
    case 'human': {
      const lastText = input.kind === 'text' ? input.text.slice(0, 500) : undefined;
      const reply = state.onboarded
        ? menuButton(lang, say(lang, 'human.done'))
        : { kind: 'text' as const, text: say(lang, 'human.done') };
      return ok(state, [reply], [{ kind: 'handover', reason: 'asked', ...(lastText ? { lastText } : {}) }]);
    }
    case 'stop':
      return ok(
        { ...state, step: 'paused', resume: DETOUR_TO_MENU.includes(detour) ? 'menu' : detour, photos: [] },
        [{ kind: 'text', text: say(lang, 'stop.done') }],
      );
  }
}

function chooseLanguage(state: ConversationState, lang: Lang): TurnResult {
  const effects: TurnResult['effects'] = [{ kind: 'set_language', lang }];
  const intro = say(lang, 'lang.changed');
  if (state.step === 'new' || state.step === 'onb_lang') {
    const next: ConversationState = { ...state, lang, step: 'onb_name' };
    return ok(next, promptFor(next, intro), effects);
  }
  const resume =
    state.resume && state.resume !== 'choose_lang' ? state.resume : state.onboarded ? 'menu' : 'onb_name';
  const next: ConversationState = {
    ...state,
    lang,
    step: resume === 'new' || resume === 'onb_lang' ? 'onb_name' : resume,
    resume: undefined,
  };
  return ok(next, promptFor(next, intro), effects);
}

const MENU_INTENTS: Record<string, MenuItem> = {
  assess_skill: 'snap',
  find_work: 'work',
  accept_offer: 'work',
  decline_offer: 'work',
  order_status: 'work',
  check_earnings: 'earnings',
  get_certificate: 'certificate',
};

function menuItemOf(
  state: ConversationState,
  input: ConversationInput,
  ctx: EngineContext,
): MenuItem | undefined {
  const id = choiceId(input);
  if (id?.startsWith('menu:') && MENU_ITEMS.includes(id.slice(5) as MenuItem)) return id.slice(5) as MenuItem;
  if (input.kind !== 'text') return undefined;
  const typed = matchTyped(
    ctx.nlu,
    input.text,
    MENU_ITEMS.map((item) => ({ id: item, keys: [`row.${item}` as const] })),
  );
  if (typed) return typed as MenuItem;
  const parsed = ctx.nlu.parse(input.text, state.lang);
  return parsed.confidence >= INTENT_THRESHOLD ? MENU_INTENTS[parsed.intent] : undefined;
}

function menuTurn(
  state: ConversationState,
  item: MenuItem,
  input: ConversationInput,
  ctx: EngineContext,
): TurnResult {
  const { lang } = state;
  switch (item) {
    case 'snap':
      return ok({ ...state, step: 'snap', photos: [] }, [snapDoneButton(lang, say(lang, 'snap.start'))]);
    case 'work':
      return findWork(state, ctx);
    case 'earnings':
      return myEarnings(state, ctx.account);
    case 'certificate':
      return myCertificate(state, ctx.account);
    case 'language':
      return runCommand(state, 'language', input);
    case 'help':
      return runCommand(state, 'help', input);
    case 'human':
      return runCommand(state, 'human', input);
  }
}

/** Media or message kinds that are not an answer at this step: a clear word, then the same question. */
function unexpectedMedia(state: ConversationState, input: ConversationInput): TurnResult | undefined {
  const { lang } = state;
  const again = (key: Parameters<typeof say>[1]) => ok(state, promptFor(state, say(lang, key)));
  switch (input.kind) {
    case 'reaction':
      return ok(state, []);
    case 'audio':
      return input.transcript
        ? undefined
        : again(input.tooLarge ? 'media.too_large' : 'media.audio_unsupported');
    case 'document':
      return again(input.tooLarge ? 'media.too_large' : 'media.unsupported');
    case 'unsupported':
      return again('media.unsupported');
    case 'image':
      if (state.step === 'snap') return undefined;
      if (input.tooLarge) return again('media.too_large');
      return state.onboarded
        ? ok(state, [menuButton(lang, say(lang, 'media.photo_not_now'))])
        : again('reprompt.unknown');
    default:
      return undefined;
  }
}

/**
 * One conversation turn, pure: her input and the stored state in, the new state, the replies and the
 * effects to carry out. Global commands work at every step; anything unexpected gets a re-prompt.
 */
export function converse(
  stored: ConversationState | undefined,
  rawInput: ConversationInput,
  ctx: EngineContext,
): TurnResult {
  const state = stored ?? initialState();
  const input: ConversationInput =
    rawInput.kind === 'audio' && rawInput.transcript ? { kind: 'text', text: rawInput.transcript } : rawInput;

  const cmd = commandOf(state, input, ctx);
  if (cmd) return runCommand(state, cmd, input);
  const media = unexpectedMedia(state, input);
  if (media) return media;

  const lang = languageChoice(ctx.nlu, input);
  if (
    lang &&
    (state.step === 'new' || state.step === 'onb_lang' || state.step === 'choose_lang' || choiceId(input))
  ) {
    return chooseLanguage(state, lang);
  }
  const id = choiceId(input);
  if (id?.startsWith('offer:'))
    return state.onboarded
      ? offerChoice(state, id, ctx)
      : ok(state, [...promptFor(state, say(state.lang, 'work.expired'))]);
  if (state.onboarded && id?.startsWith('menu:')) {
    const item = menuItemOf(state, input, ctx);
    if (item) return menuTurn(state, item, input, ctx);
  }

  switch (state.step) {
    case 'new':
      return ok(
        { ...state, step: 'onb_lang' },
        promptFor({ ...state, step: 'onb_lang' }, say(state.lang, 'onb.welcome')),
      );
    case 'onb_lang':
    case 'choose_lang':
      return reprompt(state, id ? 'reprompt.stale' : 'reprompt.unknown');
    case 'paused': {
      const resume = state.resume ?? (state.onboarded ? 'menu' : 'new');
      const next = { ...state, step: resume, resume: undefined };
      return ok(next, promptFor(next, say(state.lang, 'resume.welcome_back')));
    }
    case 'menu': {
      const item = menuItemOf(state, input, ctx);
      return item
        ? menuTurn(state, item, input, ctx)
        : reprompt(state, id ? 'reprompt.stale' : 'reprompt.unknown');
    }
    case 'snap':
      return snapTurn(state, input, ctx);
    case 'work_offer':
    case 'work_decline': {
      if (state.step === 'work_decline' && !id?.startsWith('menu:')) return declineStep(state, input, ctx);
      const typed = offerStep(state, input, ctx);
      if (typed) return typed;
      const item = menuItemOf(state, input, ctx);
      return item
        ? menuTurn(state, item, input, ctx)
        : reprompt(state, id ? 'reprompt.stale' : 'reprompt.unknown');
    }
    default:
      return onboardingTurn(state, input, ctx);
  }
}
