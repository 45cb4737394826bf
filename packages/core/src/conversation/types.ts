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
  | { kind: 'location_request'; text: string };

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
  | { kind: 'handover'; reason: 'asked' | 'stuck'; lastText?: string };

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
}

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
}

export interface TurnResult {
  state: ConversationState;
  replies: OutboundIntent[];
  effects: Effect[];
}
