import { describe, expect, it } from 'vitest';
import { registerScreenHelp, screenHelp } from './screen-help';
import { INTENT_THRESHOLD, voiceAction } from './voice-intents';
import { isDictationTarget, pickVoiceMode, RECOGNIZER_UNAVAILABLE } from './voice-mode';

describe('what a spoken request does', () => {
  it('opens her screens for the intents that name one', () => {
    const artisan = { role: 'artisan' as const, confidence: 0.9 };
    expect(voiceAction('find_work', artisan)).toEqual({
      kind: 'go',
      to: '/offers',
      say: 'voiceLive.go.offers',
    });
    expect(voiceAction('check_earnings', artisan)).toMatchObject({ to: '/earnings' });
    expect(voiceAction('get_certificate', artisan)).toMatchObject({ to: '/certificates' });
    expect(voiceAction('assess_skill', artisan)).toMatchObject({ to: '/snap' });
    expect(voiceAction('order_status', artisan)).toMatchObject({ to: '/orders' });
    expect(voiceAction('accept_offer', artisan)).toMatchObject({ to: '/offers' });
    expect(voiceAction('help', artisan)).toEqual({ kind: 'help' });
  });

  it('answers in words when unsure, for other intents and for anyone but an artisan', () => {
    expect(voiceAction('find_work', { role: 'artisan', confidence: INTENT_THRESHOLD - 0.01 })).toEqual({
      kind: 'answer',
    });
    expect(voiceAction('find_work', { role: 'artisan' })).toMatchObject({ kind: 'go' });
    expect(voiceAction('greeting', { role: 'artisan', confidence: 1 })).toEqual({ kind: 'answer' });
    expect(voiceAction('none', { role: 'artisan', confidence: 1 })).toEqual({ kind: 'answer' });
    expect(voiceAction('find_work', { role: 'buyer', confidence: 1 })).toEqual({ kind: 'answer' });
    expect(voiceAction('help', { role: undefined })).toEqual({ kind: 'answer' });
  });

  it('fills a text field she is typing in instead of acting', () => {
    const el = (tag: string, props: Record<string, unknown> = {}) =>
      ({ tagName: tag, readOnly: false, type: 'text', ...props }) as unknown as Element;
    expect(isDictationTarget(el('TEXTAREA'))).toBe(true);
    expect(isDictationTarget(el('INPUT', { type: 'tel' }))).toBe(true);
    expect(isDictationTarget(el('INPUT', { type: 'radio' }))).toBe(false);
    expect(isDictationTarget(el('INPUT', { readOnly: true }))).toBe(false);
    expect(isDictationTarget(el('BUTTON'))).toBe(false);
    expect(isDictationTarget(null)).toBe(false);
  });

  it('reads the help of the screen shown last, and forgets a screen once it is gone', () => {
    expect(screenHelp()).toBeNull();
    const offHome = registerScreenHelp('home');
    const offOffer = registerScreenHelp('offer');
    expect(screenHelp()).toBe('offer');
    offOffer();
    expect(screenHelp()).toBe('home');
    offHome();
    expect(screenHelp()).toBeNull();
  });
});

describe('how she is heard', () => {
  it("uses the browser's recognizer first, and the recorder once the recognizer had no service", () => {
    expect(pickVoiceMode({ recognition: true, recorder: true })).toBe('recognition');
    expect(pickVoiceMode({ recognition: true, recorder: true, recognitionFailed: true })).toBe('record');
    expect(pickVoiceMode({ recognition: false, recorder: true })).toBe('record');
    expect(pickVoiceMode({ recognition: false, recorder: false })).toBe('none');
    expect(RECOGNIZER_UNAVAILABLE).toContain('network'); // Chromium without a speech service
  });
});
