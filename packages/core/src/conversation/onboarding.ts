import { craftLabel, findCraftByName, getCraft, isCraftId } from '../crafts';
import { findDistrict, getDistrict, getState, nearestDistrict } from '../geo';
import { isInIndia } from '../profiles/location';
import { say } from './catalog';
import { choiceId, matchTyped, validName, yesNo } from './matching';
import { craftList, MAX_CRAFTS, menuList, moreCrafts, promptFor } from './prompts';
import type {
  AvailabilityChoice,
  ConversationInput,
  ConversationState,
  TurnContext,
  TurnResult,
} from './types';

const result = (
  state: ConversationState,
  replies: TurnResult['replies'],
  effects: TurnResult['effects'] = [],
): TurnResult => ({
  state,
  replies,
  effects,
});

/** Not understood: say so and ask the same question again. */
export function reprompt(
  state: ConversationState,
  key: 'reprompt.unknown' | 'reprompt.stale' = 'reprompt.unknown',
): TurnResult {
  const next = { ...state, misses: state.misses + 1 };
  const intro =
    next.misses >= 3 ? `${say(state.lang, key)}\n${say(state.lang, 'help.text')}` : say(state.lang, key);
  return result(next, promptFor(next, intro));
}

function addCraft(state: ConversationState, craftId: string): TurnResult {
  const crafts = state.draft.crafts.includes(craftId) ? state.draft.crafts : [...state.draft.crafts, craftId];
  const draft = { ...state.draft, crafts };
  if (crafts.length >= MAX_CRAFTS) {
    const next = { ...state, draft, step: 'onb_location' as const, misses: 0 };
    return result(next, promptFor(next, say(state.lang, 'onb.craft_max', { count: crafts.length })));
  }
  const next = { ...state, draft, step: 'onb_more_crafts' as const, misses: 0 };
  const label = craftLabel(getCraft(craftId)!, state.lang);
  return result(next, [moreCrafts(state.lang, say(state.lang, 'onb.craft_added', { craft: label }))]);
}

function craftStep(state: ConversationState, input: ConversationInput): TurnResult {
  const id = choiceId(input);
  if (id === 'craft:other')
    return result(
      { ...state, step: 'onb_craft_text', misses: 0 },
      promptFor({ ...state, step: 'onb_craft_text' }),
    );
  if (id?.startsWith('craft:') && isCraftId(id.slice(6))) return addCraft(state, id.slice(6));
  if (id) return reprompt(state, 'reprompt.stale');
  if (input.kind !== 'text') return reprompt(state);
  const craft = findCraftByName(input.text);
  if (craft) return addCraft(state, craft.id);
  const next = { ...state, step: 'onb_craft' as const, misses: state.misses + 1 };
  return result(next, [
    craftList(state.lang, say(state.lang, 'onb.craft_unknown', { text: input.text.slice(0, 40) })),
  ]);
}

function moreCraftsStep(state: ConversationState, input: ConversationInput, ctx: TurnContext): TurnResult {
  let answer: 'yes' | 'no' | undefined;
  const id = choiceId(input);
  if (id === 'crafts:add') answer = 'yes';
  else if (id === 'crafts:done') answer = 'no';
  else if (id?.startsWith('craft:') && isCraftId(id.slice(6))) return addCraft(state, id.slice(6));
  else if (id) return reprompt(state, 'reprompt.stale');
  else if (input.kind === 'text') {
    const craft = findCraftByName(input.text);
    if (craft) return addCraft(state, craft.id);
    answer = yesNo(ctx.nlu, input.text, 'btn.add_craft', 'btn.crafts_done', {
      yes: ['more', 'another', 'aur', 'aur bhi'],
      no: ['bas', 'bas itna hi', 'done', 'nothing else', 'aur nahi', 'बस'],
    });
  }
  if (answer === 'yes') {
    const next = { ...state, step: 'onb_craft' as const, misses: 0 };
    return result(next, promptFor(next));
  }
  if (answer === 'no') {
    const next = { ...state, step: 'onb_location' as const, misses: 0 };
    return result(next, promptFor(next));
  }
  return reprompt(state);
}

function locationStep(state: ConversationState, input: ConversationInput): TurnResult {
  let districtId: string | undefined;
  let location: { lat: number; lng: number } | null = null;
  if (input.kind === 'location') {
    if (!isInIndia(input)) return reprompt(state);
    districtId = nearestDistrict(input.lat, input.lng).id;
    location = { lat: input.lat, lng: input.lng };
  } else if (input.kind === 'text') {
    districtId = findDistrict(input.text)?.id;
    if (!districtId) {
      const next = { ...state, misses: state.misses + 1 };
      return result(
        next,
        promptFor(next, say(state.lang, 'onb.district_unknown', { text: input.text.slice(0, 40) })),
      );
    }
  } else if (choiceId(input)) return reprompt(state, 'reprompt.stale');
  else return reprompt(state);
  const district = getDistrict(districtId)!;
  const next = {
    ...state,
    draft: { ...state.draft, districtId, location },
    step: 'onb_availability' as const,
    misses: 0,
  };
  const devanagari = state.lang === 'hi' || state.lang === 'mr';
  const stateInfo = getState(district.state);
  const place = {
    district: devanagari ? district.hi || district.name : district.name,
    state: (devanagari ? stateInfo?.hi : stateInfo?.name) ?? district.state,
  };
  return result(next, promptFor(next, say(state.lang, 'onb.location_set', place)));
}

const AVAILABILITY: readonly AvailabilityChoice[] = ['full', 'part', 'weekends'];

function availabilityStep(state: ConversationState, input: ConversationInput, ctx: TurnContext): TurnResult {
  const id = choiceId(input);
  let choice: AvailabilityChoice | undefined;
  if (id?.startsWith('avail:') && AVAILABILITY.includes(id.slice(6) as AvailabilityChoice))
    choice = id.slice(6) as AvailabilityChoice;
  else if (id) return reprompt(state, 'reprompt.stale');
  else if (input.kind === 'text') {
    choice = matchTyped(ctx.nlu, input.text, [
      { id: 'full', keys: ['btn.avail_full'], extra: ['full', 'full day', 'pura din'] },
      { id: 'part', keys: ['btn.avail_part'], extra: ['part', 'half day', 'aadha din'] },
      { id: 'weekends', keys: ['btn.avail_weekends'], extra: ['weekend', 'sunday', 'chutti'] },
    ]) as AvailabilityChoice | undefined;
  }
  if (!choice) return reprompt(state);
  const next = {
    ...state,
    draft: { ...state.draft, availability: choice },
    step: 'onb_consent' as const,
    misses: 0,
  };
  return result(next, promptFor(next));
}

function consentStep(state: ConversationState, input: ConversationInput, ctx: TurnContext): TurnResult {
  const id = choiceId(input);
  let answer: 'yes' | 'no' | undefined;
  if (id === 'consent:yes') answer = 'yes';
  else if (id === 'consent:no') answer = 'no';
  else if (id) return reprompt(state, 'reprompt.stale');
  else if (input.kind === 'text') answer = yesNo(ctx.nlu, input.text, 'btn.agree', 'btn.disagree');
  if (answer === 'no')
    return result({ ...state, misses: 0 }, [{ kind: 'text', text: say(state.lang, 'onb.consent_declined') }]);
  if (answer !== 'yes') return reprompt(state);
  const { draft, lang } = state;
  const district = draft.districtId ? getDistrict(draft.districtId) : undefined;
  if (!draft.name || draft.crafts.length === 0 || !district || !draft.availability) {
    // A step is missing (should not happen): go back to the first missing one rather than guess.
    const step = !draft.name
      ? 'onb_name'
      : draft.crafts.length === 0
        ? 'onb_craft'
        : !district
          ? 'onb_location'
          : 'onb_availability';
    const next = { ...state, step: step as ConversationState['step'] };
    return result(next, promptFor(next));
  }
  const next: ConversationState = {
    ...state,
    step: 'menu',
    onboarded: true,
    draft: { crafts: [] },
    misses: 0,
  };
  return result(
    next,
    [menuList(lang, say(lang, 'onb.done', { name: draft.name }))],
    [
      {
        kind: 'complete_onboarding',
        profile: {
          displayName: draft.name,
          preferredLanguage: lang,
          crafts: draft.crafts,
          districtId: district.id,
          district: district.name,
          state: district.state,
          location: draft.location ?? null,
          availability: draft.availability,
        },
      },
    ],
  );
}

/** One onboarding turn: name → craft(s) → location → availability → consent. */
export function onboardingTurn(
  state: ConversationState,
  input: ConversationInput,
  ctx: TurnContext,
): TurnResult {
  switch (state.step) {
    case 'onb_name': {
      if (choiceId(input)) return reprompt(state, 'reprompt.stale');
      const name = input.kind === 'text' ? validName(input.text) : undefined;
      if (!name)
        return result({ ...state, misses: state.misses + 1 }, [
          { kind: 'text', text: say(state.lang, 'onb.name_invalid') },
        ]);
      const next = { ...state, draft: { ...state.draft, name }, step: 'onb_craft' as const, misses: 0 };
      return result(next, [craftList(state.lang, say(state.lang, 'onb.craft', { name }))]);
    }
    case 'onb_craft':
    case 'onb_craft_text':
      return craftStep(state, input);
    case 'onb_more_crafts':
      return moreCraftsStep(state, input, ctx);
    case 'onb_location':
      return locationStep(state, input);
    case 'onb_availability':
      return availabilityStep(state, input, ctx);
    case 'onb_consent':
      return consentStep(state, input, ctx);
    default:
      return reprompt(state);
  }
}
