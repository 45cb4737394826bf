import type { Lang } from '../i18n/lang';

/**
 * The channel-agnostic conversation model shared by WhatsApp, voice and the app: what she said or
 * tapped comes in as a `ConversationInput`; the engine answers with `OutboundIntent`s (rendered by each
 * channel) and `Effect`s (carried out by the caller, e.g. saving her profile).
 */
export type ConversationInput =
  | { kind: 'text'; text: string }
  | { kind: 'button'; id: string; title?: string }
  | { kind: 'list'; id: string; title?: string }
  | { kind: 'location'; lat: number; lng: number }
  | { kind: 'image'; mediaId: string; tooLarge?: boolean }
  | { kind: 'audio'; transcript?: string; tooLarge?: boolean }
  | { kind: 'document'; tooLarge?: boolean }
  | { kind: 'reaction' }
  | { kind: 'unsupported'; type: string };

export interface Choice {
  id: string;
  title: string;
}

export interface ListChoice extends Choice {
  description?: string;
}

export type OutboundIntent =
  | { kind: 'text'; text: string }
  | { kind: 'buttons'; text: string; buttons: Choice[] }
  | { kind: 'list'; text: string; button: string; rows: ListChoice[] }
  | { kind: 'location_request'; text: string }
  /** A picture or file already uploaded to the channel (e.g. her certificate). */
  | { kind: 'image'; mediaId: string; caption?: string }
  | { kind: 'document'; mediaId: string; filename: string; caption?: string };

export type AvailabilityChoice = 'full' | 'part' | 'weekends';

export interface OnboardingResult {
  displayName: string;
  preferredLanguage: Lang;
  crafts: string[];
  districtId: string;
  district: string;
  state: string;
  location: { lat: number; lng: number } | null;
  availability: AvailabilityChoice;
}

export type Effect =
  | { kind: 'set_language'; lang: Lang }
  | { kind: 'complete_onboarding'; profile: OnboardingResult }
  | { kind: 'submit_photos'; mediaIds: string[] }
  | { kind: 'handover'; reason: 'asked' | 'stuck'; lastText?: string }
  /** Carried out after the turn with the Earn use cases; the answer comes from `outcomeReplies`. */
  | { kind: 'accept_offer'; offerId: string }
  | { kind: 'decline_offer'; offerId: string; reason: string }
  /** Sends her certificate (image and PDF) and its verify link. */
  | { kind: 'send_certificate'; credentialId: string };

export const STEPS = [
  'new',
  'onb_lang',
  'onb_name',
  'onb_craft',
  'onb_craft_text',
  'onb_more_crafts',
  'onb_location',
  'onb_availability',
  'onb_consent',
  'menu',
  'snap',
  'choose_lang',
  'paused',
  'work_offer',
  'work_decline',
] as const;
export type Step = (typeof STEPS)[number];

export interface OnboardingDraft {
  name?: string;
  crafts: string[];
  districtId?: string;
  location?: { lat: number; lng: number } | null;
  availability?: AvailabilityChoice;
}

/** Everything the engine remembers between turns (stored as JSON per person). */
export interface ConversationState {
  step: Step;
  lang: Lang;
  onboarded: boolean;
  draft: OnboardingDraft;
  photos: string[];
  /** Where to go back to after a detour (language change, stop). */
  resume?: Step;
  /** Consecutive turns she was not understood (a person is offered after a few). */
  misses: number;
  /** The offer she is looking at (work_offer) or declining (work_decline). */
  offerId?: string;
}

/** One of her work offers, as the conversation shows it (loaded per turn by the channel). */
export interface OfferSnapshot {
  id: string;
  status: 'sent' | 'accepted' | 'declined' | 'expired' | 'withdrawn';
  craftId: string | null;
  title: string;
  quantity: number;
  amountPaise: number;
  deadline: Date;
  expiresAt: Date;
}

export interface EarningsSnapshot {
  earnedPaise: number;
  pendingPaise: number;
  paidOutPaise: number;
  /** Accepted orders not paid yet. */
  inProgress: { count: number; amountPaise: number };
  /** Newest first (a few). */
  recent: { at: Date; craftId: string | null; netPaise: number }[];
}

export interface CertificateSnapshot {
  id: string;
  craftId: string;
  level: number;
  issuedAt: Date;
  verifyUrl: string;
}

/**
 * Her data the journeys need, loaded by the channel before each turn of an onboarded artisan
 * (the engine stays pure: it reads this snapshot and answers with effects).
 */
export interface AccountSnapshot {
  offers: OfferSnapshot[];
  earnings: EarningsSnapshot | null;
  /** Newest first; revoked ones left out. */
  certificates: CertificateSnapshot[];
}

/** What happened when the caller carried out an effect (turned into her answer by `outcomeReplies`). */
export type EffectOutcome =
  | { kind: 'offer_accepted'; offer: OfferSnapshot }
  | { kind: 'offer_declined' }
  | {
      kind: 'offer_refused';
      reason: 'expired' | 'sold_out' | 'closed' | 'not_found' | 'failed';
    };

/** What the engine needs from the NLU library (a port: core stays pure). */
export interface NluPort {
  /** Intent of free text; `lang` is the language we believe she speaks. */
  parse(text: string, lang: Lang): { lang: Lang; intent: string; confidence: number; supported: boolean };
  /** Which of the offered options a free-text reply picks, if any. */
  match(
    text: string,
    options: readonly { id: string; phrases: Partial<Record<Lang, readonly string[]>> }[],
  ): { id: string; score: number } | undefined;
}

export interface TurnContext {
  nlu: NluPort;
  now: Date;
  /** Her offers, earnings and certificates (absent before onboarding). */
  account?: AccountSnapshot;
}

export interface TurnResult {
  state: ConversationState;
  replies: OutboundIntent[];
  effects: Effect[];
}
