import { describe, expect, it } from 'vitest';
import { expectedReplyMatch, parse } from '@shebalance/ml/nlu/index';
import { SUPPORTED_LANGS } from '../i18n/lang';
import { outboundProblems } from '../whatsapp/validate';
import { renderIntent } from '../whatsapp/render';
import { converse, type EngineContext } from './engine';
import type { ConversationInput, ConversationState, TurnResult } from './types';

const ctx: EngineContext = {
  nlu: {
    parse: (text, lang) => parse(text, { lang }),
    match: (text, options) => expectedReplyMatch(text, options),
  },
  now: new Date('2026-06-01T10:00:00Z'),
};

/** Plays a conversation; every reply must be sendable on WhatsApp. */
function play(
  inputs: ConversationInput[],
  start?: ConversationState,
): { state: ConversationState; turns: TurnResult[] } {
  let state = start;
  const turns: TurnResult[] = [];
  for (const input of inputs) {
    const turn = converse(state, input, ctx);
    for (const reply of turn.replies)
      expect(outboundProblems(renderIntent('919800000001', reply))).toEqual([]);
    turns.push(turn);
    state = turn.state;
  }
  return { state: state!, turns };
}
const text = (t: string): ConversationInput => ({ kind: 'text', text: t });
const tap = (id: string): ConversationInput => ({ kind: 'button', id });
const row = (id: string): ConversationInput => ({ kind: 'list', id });
const bodies = (turn: TurnResult) =>
  turn.replies.map((r) => ('text' in r ? r.text : (r.caption ?? ''))).join('\n');

const onboardingInHindi: ConversationInput[] = [
  text('नमस्ते'),
  row('lang:hi'),
  text('सुनीता देवी'),
  row('craft:chikankari'),
  tap('crafts:done'),
  { kind: 'location', lat: 26.85, lng: 80.95 },
  tap('avail:part'),
  tap('consent:yes'),
];

describe('conversation engine', () => {
  it('onboards a new artisan in Hindi, step by step, and completes her profile', () => {
    const { state, turns } = play(onboardingInHindi);
    expect(turns[0]!.replies[0]!.kind).toBe('list');
    expect(turns[1]!.effects).toEqual([{ kind: 'set_language', lang: 'hi' }]);
    expect(bodies(turns[1]!)).toContain('आपका नाम क्या है?');
    expect(bodies(turns[2]!)).toContain('सुनीता देवी');
    expect(bodies(turns[5]!)).toContain('लखनऊ');
    const done = turns.at(-1)!;
    expect(done.effects).toEqual([
      {
        kind: 'complete_onboarding',
        profile: expect.objectContaining({
          displayName: 'सुनीता देवी',
          preferredLanguage: 'hi',
          crafts: ['chikankari'],
          districtId: 'up-lucknow',
          state: 'UP',
          availability: 'part',
        }),
      },
    ]);
    expect(state).toMatchObject({ step: 'menu', onboarded: true, lang: 'hi' });
  });

  it('understands typed answers: a language name, a craft, a district, yes', () => {
    const { state, turns } = play([
      text('hi'),
      text('Hindi'),
      text('Rekha'),
      text('main madhubani painting banati hoon'),
      text('bas'),
      text('Darbhanga'),
      tap('avail:full'),
      text('haan'),
    ]);
    expect(turns.at(-1)!.effects[0]).toMatchObject({
      kind: 'complete_onboarding',
      profile: { crafts: ['madhubani'], districtId: expect.stringContaining('darbhanga') },
    });
    expect(state.onboarded).toBe(true);
  });

  it('global commands work at every step and the journey resumes', () => {
    const mid = play(onboardingInHindi.slice(0, 4)).state;
    expect(mid.step).toBe('onb_more_crafts');
    const help = converse(mid, text('मदद'), ctx);
    expect(bodies(help)).toContain('मैं इनमें आपकी मदद');
    expect(help.state.step).toBe('onb_more_crafts');
    const lang = converse(help.state, text('language'), ctx);
    expect(lang.state.step).toBe('choose_lang');
    const tamil = converse(lang.state, row('lang:ta'), ctx);
    expect(tamil.state).toMatchObject({ lang: 'ta', step: 'onb_more_crafts' });
    expect(bodies(tamil)).toContain('தமிழில்');
    const human = converse(tamil.state, text('human'), ctx);
    expect(human.effects).toEqual([{ kind: 'handover', reason: 'asked', lastText: 'human' }]);
    const stop = converse(human.state, text('STOP'), ctx);
    expect(stop.state.step).toBe('paused');
    const back = converse(stop.state, text('hello'), ctx);
    expect(back.state.step).toBe('onb_more_crafts');
  });

  it('a stale button or an unexpected reply gets a re-prompt, never silence', () => {
    const atName = play(onboardingInHindi.slice(0, 2)).state;
    const stale = converse(atName, tap('consent:yes'), ctx);
    expect(stale.replies.length).toBeGreaterThan(0);
    expect(bodies(stale)).toContain('पुराने संदेश');
    expect(stale.state.step).toBe('onb_name');
    const sticker = converse(atName, { kind: 'unsupported', type: 'sticker' }, ctx);
    expect(bodies(sticker)).toContain('इस तरह का संदेश');
    const voice = converse(atName, { kind: 'audio', tooLarge: true }, ctx);
    expect(bodies(voice)).toContain('बहुत बड़ी');
    const expired = converse(play(onboardingInHindi).state, tap('offer:accept:123'), ctx);
    expect(bodies(expired)).toContain('उपलब्ध नहीं');
  });

  it('snap: collects photos, then submits them with an honest reply', () => {
    const menu = play(onboardingInHindi).state;
    const { state, turns } = play(
      [
        row('menu:snap'),
        { kind: 'image', mediaId: 'm1' },
        { kind: 'image', mediaId: 'm2' },
        tap('snap:done'),
      ],
      menu,
    );
    expect(bodies(turns[2]!)).toContain('फ़ोटो 2');
    expect(turns[3]!.effects).toEqual([{ kind: 'submit_photos', mediaIds: ['m1', 'm2'] }]);
    expect(bodies(turns[3]!)).toContain('अभी शुरू नहीं');
    expect(state.step).toBe('menu');
  });

  it('every prompt of every step is sendable in every language', () => {
    for (const lang of SUPPORTED_LANGS) {
      const inputs = [...onboardingInHindi];
      inputs[1] = row(`lang:${lang}`);
      const { state } = play(inputs);
      play(
        [
          row('menu:work'),
          row('menu:earnings'),
          row('menu:certificate'),
          row('menu:help'),
          row('menu:snap'),
          text('??'),
        ],
        state,
      );
    }
  });
});
