import { craftLabel, getCraft } from '../crafts';
import type { Lang } from '../i18n/lang';
import { say, type ConversationKey } from './catalog';
import { choiceId, matchTyped } from './matching';
import { DECLINE_CHOICES, fit, menuButton, offerButtons, reasonList } from './prompts';
import type {
  AccountSnapshot,
  ConversationInput,
  ConversationState,
  EffectOutcome,
  OfferSnapshot,
  OutboundIntent,
  TurnContext,
  TurnResult,
} from './types';

/**
 * Find work, my earnings and my certificate: pure journeys over the per-turn `AccountSnapshot`.
 * Accepting and declining are effects (the Earn use cases decide); `outcomeReplies` words their result.
 */

/** Rows a list message may hold. */
const MAX_ROWS = 10;
const RECENT_ORDERS = 3;

/** Rupees with Indian digit grouping (1,20,000), paise shown only when there are any. */
export function rupees(paise: number): string {
  const whole = paise % 100 === 0;
  return new Intl.NumberFormat('en-IN', {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(paise / 100);
}

/** A date as she reads it (Indian time), e.g. "12 दिस॰"; with the time when `withTime`. */
export function day(lang: Lang, d: Date, withTime = false): string {
  return new Intl.DateTimeFormat(`${lang}-IN`, {
    day: 'numeric',
    month: 'short',
    timeZone: 'Asia/Kolkata',
    ...(withTime ? { hour: 'numeric', minute: '2-digit' } : {}),
  }).format(d);
}

export function craftName(lang: Lang, craftId: string | null, fallback = ''): string {
  const craft = craftId ? getCraft(craftId) : undefined;
  return craft ? craftLabel(craft, lang) : fallback;
}

const done = (state: ConversationState, replies: OutboundIntent[], effects: TurnResult['effects'] = []) => ({
  state: { ...state, misses: 0 },
  replies,
  effects,
});

const toMenu = (state: ConversationState): ConversationState => ({
  ...state,
  step: 'menu',
  offerId: undefined,
});

const isOpen = (o: OfferSnapshot, now: Date) => o.status === 'sent' && o.expiresAt > now;

function offerList(lang: Lang, offers: OfferSnapshot[]): OutboundIntent {
  return {
    kind: 'list',
    text: say(lang, 'work.list', { count: offers.length }),
    button: say(lang, 'list.offers'),
    rows: offers.slice(0, MAX_ROWS).map((o) => ({
      id: `offer:${o.id}`,
      title: fit(`${craftName(lang, o.craftId, o.title)} × ${o.quantity}`, 24),
      description: fit(
        say(lang, 'work.row_desc', { amount: rupees(o.amountPaise), deadline: day(lang, o.deadline) }),
        72,
      ),
    })),
  };
}

export function offerDetails(lang: Lang, o: OfferSnapshot): OutboundIntent {
  return {
    kind: 'buttons',
    text: say(lang, 'work.details', {
      craft: craftName(lang, o.craftId, o.title),
      quantity: o.quantity,
      amount: rupees(o.amountPaise),
      deadline: day(lang, o.deadline),
      title: fit(o.title, 200),
      expires: day(lang, o.expiresAt, true),
    }),
    buttons: offerButtons(lang, o.id),
  };
}

/** "Find work": her open offers as a list, or an honest "none yet". */
export function findWork(state: ConversationState, ctx: TurnContext): TurnResult {
  const open = (ctx.account?.offers ?? []).filter((o) => isOpen(o, ctx.now));
  if (!open.length) return done(toMenu(state), [menuButton(state.lang, say(state.lang, 'work.none'))]);
  return done(toMenu(state), [offerList(state.lang, open)]);
}

/** A refusal known from the snapshot before anything is tried (answered, expired, unknown). */
function closedReply(lang: Lang, o: OfferSnapshot | undefined, now: Date): OutboundIntent | undefined {
  if (!o) return menuButton(lang, say(lang, 'work.expired'));
  if (o.status === 'accepted')
    return menuButton(lang, say(lang, 'work.already_accepted', { deadline: day(lang, o.deadline) }));
  if (o.status === 'declined') return menuButton(lang, say(lang, 'work.already_declined'));
  if (!isOpen(o, now)) return menuButton(lang, say(lang, 'work.expired'));
  return undefined;
}

const OFFER_ID = /^offer:([^:]{1,100})(?::(accept|decline))?$/;

/** A tap on an offer row, or on its Accept / Decline button (in a list, details or an offer notice). */
export function offerChoice(state: ConversationState, id: string, ctx: TurnContext): TurnResult {
  const { lang } = state;
  const m = OFFER_ID.exec(id);
  const offer = m ? ctx.account?.offers.find((o) => o.id === m[1]) : undefined;
  const closed = closedReply(lang, offer, ctx.now);
  if (closed || !offer) return done(toMenu(state), [closed!]);
  switch (m![2]) {
    case 'accept':
      return done(toMenu(state), [], [{ kind: 'accept_offer', offerId: offer.id }]);
    case 'decline':
      return done({ ...state, step: 'work_decline', offerId: offer.id }, [reasonList(lang)]);
    default:
      return done({ ...state, step: 'work_offer', offerId: offer.id }, [offerDetails(lang, offer)]);
  }
}

/** At the offer's details: she may also type "accept" / "decline" in her language. */
export function offerStep(state: ConversationState, input: ConversationInput, ctx: TurnContext) {
  if (input.kind !== 'text' || !state.offerId) return undefined;
  const picked = matchTyped(ctx.nlu, input.text, [
    { id: 'accept', keys: ['btn.accept'], extra: ['accept', 'yes', 'haan', 'manzoor'] },
    { id: 'decline', keys: ['btn.decline'], extra: ['decline', 'no', 'nahin', 'mana'] },
  ]);
  return picked ? offerChoice(state, `offer:${state.offerId}:${picked}`, ctx) : undefined;
}

/** Why she declines: a row of the reason list, or her own words (kept as "other"). */
export function declineStep(
  state: ConversationState,
  input: ConversationInput,
  ctx: TurnContext,
): TurnResult {
  const { lang } = state;
  const id = choiceId(input);
  let reason: string | undefined;
  if (id?.startsWith('decline:')) reason = DECLINE_CHOICES.find((c) => `decline:${c.reason}` === id)?.reason;
  else if (input.kind === 'text')
    reason =
      matchTyped(
        ctx.nlu,
        input.text,
        DECLINE_CHOICES.map((c) => ({ id: c.reason, keys: [c.key] })),
      ) ?? 'other';
  if (!reason || !state.offerId)
    return {
      state: { ...state, misses: state.misses + 1 },
      replies: [reasonList(lang, say(lang, id ? 'reprompt.stale' : 'reprompt.unknown'))],
      effects: [],
    };
  return done(toMenu(state), [], [{ kind: 'decline_offer', offerId: state.offerId, reason }]);
}

/** "My earnings": passbook totals, orders in progress and the last few paid orders, in ₹. */
export function myEarnings(state: ConversationState, account: AccountSnapshot | undefined): TurnResult {
  const { lang } = state;
  const e = account?.earnings;
  if (!e || (e.earnedPaise === 0 && e.inProgress.count === 0 && e.recent.length === 0))
    return done(toMenu(state), [menuButton(lang, say(lang, 'earnings.none'))]);
  const lines = [
    say(lang, 'earnings.summary', {
      earned: rupees(e.earnedPaise),
      pending: rupees(e.pendingPaise),
      paid: rupees(e.paidOutPaise),
    }),
  ];
  if (e.inProgress.count)
    lines.push(
      say(lang, 'earnings.in_progress', {
        count: e.inProgress.count,
        amount: rupees(e.inProgress.amountPaise),
      }),
    );
  if (e.recent.length) {
    lines.push(say(lang, 'earnings.recent'));
    for (const o of e.recent.slice(0, RECENT_ORDERS))
      lines.push(
        [`• ${day(lang, o.at)}:`, craftName(lang, o.craftId), `₹${rupees(o.netPaise)}`]
          .filter(Boolean)
          .join(' '),
      );
  }
  return done(toMenu(state), [menuButton(lang, lines.join('\n'))]);
}

/** "My certificate": her latest certificate is sent (image + PDF) with its verify link. */
export function myCertificate(state: ConversationState, account: AccountSnapshot | undefined): TurnResult {
  const { lang } = state;
  const latest = account?.certificates[0];
  if (!latest) return done(toMenu(state), [menuButton(lang, say(lang, 'certificate.none'))]);
  return done(toMenu(state), [], [{ kind: 'send_certificate', credentialId: latest.id }]);
}

/** Her answer once an effect has been carried out. */
export function outcomeReplies(lang: Lang, outcome: EffectOutcome): OutboundIntent[] {
  switch (outcome.kind) {
    case 'offer_accepted': {
      const o = outcome.offer;
      return [
        menuButton(
          lang,
          say(lang, 'work.accepted', {
            quantity: o.quantity,
            craft: craftName(lang, o.craftId, o.title),
            amount: rupees(o.amountPaise),
            deadline: day(lang, o.deadline),
          }),
        ),
      ];
    }
    case 'offer_declined':
      return [menuButton(lang, say(lang, 'work.declined'))];
    case 'offer_refused': {
      const key: ConversationKey =
        outcome.reason === 'sold_out'
          ? 'work.sold_out'
          : outcome.reason === 'failed'
            ? 'work.failed'
            : 'work.expired';
      return [menuButton(lang, say(lang, key))];
    }
  }
}
