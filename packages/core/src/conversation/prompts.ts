import { craftLabel, getCraft } from '../crafts';
import { SUPPORTED_LANGS, type Lang } from '../i18n/lang';
import { conversationCatalogs, LANGUAGE_NAMES, say, type ConversationKey } from './catalog';
import type { ConversationState, ListChoice, OutboundIntent } from './types';

/** Crafts offered in the onboarding list (she can type any other). */
export const LISTED_CRAFTS = [
  'chikankari',
  'zardozi',
  'block-printing',
  'bandhani',
  'handloom-weaving',
  'madhubani',
  'pottery',
  'crochet-knitting',
  'mirror-work',
] as const;

export const MAX_CRAFTS = 5;
export const MAX_PHOTOS = 5;

/** Shortens a title to `max` characters (WhatsApp counts code points), ending with '…'. */
export function fit(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const text = (t: string): OutboundIntent => ({ kind: 'text', text: t });

export function languageList(intro?: string): OutboundIntent {
  const body = [intro, ...SUPPORTED_LANGS.map((l) => conversationCatalogs[l]['lang.prompt'])]
    .filter(Boolean)
    .join('\n');
  return {
    kind: 'list',
    text: body,
    button: 'Languages / भाषा',
    rows: SUPPORTED_LANGS.map((l) => ({ id: `lang:${l}`, title: LANGUAGE_NAMES[l] })),
  };
}

export function craftList(lang: Lang, body: string): OutboundIntent {
  const rows: ListChoice[] = LISTED_CRAFTS.map((id) => ({
    id: `craft:${id}`,
    title: fit(craftLabel(getCraft(id)!, lang), 24),
  }));
  rows.push({
    id: 'craft:other',
    title: say(lang, 'row.craft_other'),
    description: say(lang, 'desc.craft_other'),
  });
  return { kind: 'list', text: body, button: say(lang, 'list.crafts'), rows };
}

export function moreCrafts(lang: Lang, body: string): OutboundIntent {
  return {
    kind: 'buttons',
    text: body,
    buttons: [
      { id: 'crafts:add', title: say(lang, 'btn.add_craft') },
      { id: 'crafts:done', title: say(lang, 'btn.crafts_done') },
    ],
  };
}

export function availabilityButtons(lang: Lang, intro?: string): OutboundIntent {
  return {
    kind: 'buttons',
    text: [intro, say(lang, 'onb.availability')].filter(Boolean).join('\n'),
    buttons: [
      { id: 'avail:full', title: say(lang, 'btn.avail_full') },
      { id: 'avail:part', title: say(lang, 'btn.avail_part') },
      { id: 'avail:weekends', title: say(lang, 'btn.avail_weekends') },
    ],
  };
}

export function consentButtons(lang: Lang): OutboundIntent {
  return {
    kind: 'buttons',
    text: say(lang, 'onb.consent'),
    buttons: [
      { id: 'consent:yes', title: say(lang, 'btn.agree') },
      { id: 'consent:no', title: say(lang, 'btn.disagree') },
    ],
  };
}

export const MENU_ITEMS = ['snap', 'work', 'earnings', 'certificate', 'language', 'help', 'human'] as const;
export type MenuItem = (typeof MENU_ITEMS)[number];

export function menuList(lang: Lang, intro?: string): OutboundIntent {
  return {
    kind: 'list',
    text: [intro, say(lang, 'menu.prompt')].filter(Boolean).join('\n'),
    button: say(lang, 'list.menu'),
    rows: MENU_ITEMS.map((item) => ({
      id: `menu:${item}`,
      title: say(lang, `row.${item}`),
      description: say(lang, `desc.${item}`),
    })),
  };
}

export function menuButton(lang: Lang, body: string): OutboundIntent {
  return {
    kind: 'buttons',
    text: body,
    buttons: [
      { id: 'cmd:menu', title: say(lang, 'btn.menu') },
      { id: 'cmd:help', title: say(lang, 'btn.help') },
    ],
  };
}

export function snapDoneButton(lang: Lang, body: string): OutboundIntent {
  return { kind: 'buttons', text: body, buttons: [{ id: 'snap:done', title: say(lang, 'btn.done') }] };
}

/** Why she says no: the Earn decline reasons, each with its list row. */
export const DECLINE_CHOICES = [
  { reason: 'busy', key: 'row.reason_busy' },
  { reason: 'price_too_low', key: 'row.reason_price' },
  { reason: 'deadline_too_short', key: 'row.reason_deadline' },
  { reason: 'too_far', key: 'row.reason_far' },
  { reason: 'not_my_craft', key: 'row.reason_craft' },
  { reason: 'other', key: 'row.reason_other' },
] as const satisfies readonly { reason: string; key: ConversationKey }[];

/** Accept / Decline reply buttons whose ids the engine understands (also used by offer notices). */
export function offerButtons(lang: Lang, offerId: string): { id: string; title: string }[] {
  return [
    { id: `offer:${offerId}:accept`, title: say(lang, 'btn.accept') },
    { id: `offer:${offerId}:decline`, title: say(lang, 'btn.decline') },
  ];
}

export function reasonList(lang: Lang, intro?: string): OutboundIntent {
  return {
    kind: 'list',
    text: [intro, say(lang, 'work.decline_reason')].filter(Boolean).join('\n'),
    button: say(lang, 'list.reasons'),
    rows: DECLINE_CHOICES.map((c) => ({ id: `decline:${c.reason}`, title: say(lang, c.key) })),
  };
}

/** What to ask at a step (also the re-prompt after an unexpected reply), optionally after an intro line. */
export function promptFor(state: ConversationState, intro?: string): OutboundIntent[] {
  const { lang } = state;
  const withIntro = (t: string) => [intro, t].filter(Boolean).join('\n');
  switch (state.step) {
    case 'new':
    case 'onb_lang':
    case 'choose_lang':
      return [languageList(intro)];
    case 'onb_name':
      return [text(withIntro(say(lang, 'onb.name')))];
    case 'onb_craft':
      return [craftList(lang, withIntro(say(lang, 'onb.craft_again')))];
    case 'onb_craft_text':
      return [text(withIntro(say(lang, 'onb.craft_type')))];
    case 'onb_more_crafts': {
      const last = state.draft.crafts.at(-1);
      const craft = last ? getCraft(last) : undefined;
      return [
        moreCrafts(
          lang,
          withIntro(say(lang, 'onb.craft_added', { craft: craft ? craftLabel(craft, lang) : '' })),
        ),
      ];
    }
    case 'onb_location':
      return [{ kind: 'location_request', text: withIntro(say(lang, 'onb.location')) }];
    case 'onb_availability':
      return [availabilityButtons(lang, intro)];
    case 'onb_consent':
      return intro ? [text(intro), consentButtons(lang)] : [consentButtons(lang)];
    case 'snap':
      return [snapDoneButton(lang, withIntro(say(lang, 'snap.start')))];
    case 'menu':
    case 'paused':
      return [menuList(lang, intro)];
    case 'work_decline':
      return [reasonList(lang, intro)];
    case 'work_offer':
      return state.offerId
        ? [
            {
              kind: 'buttons',
              text: withIntro(say(lang, 'row.work')),
              buttons: offerButtons(lang, state.offerId),
            },
          ]
        : [menuList(lang, intro)];
  }
}
