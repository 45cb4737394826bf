import { describe, expect, it } from 'vitest';
import { initialState } from './engine';
import { expectedReplies } from './expected';
import { commandWord } from './keywords';

const ids = (r: { id: string }[]) => r.map((x) => x.id);

describe('expectedReplies: what she may say at her step', () => {
  it('a new conversation listens for the languages (names, numbers) and the global commands', () => {
    const replies = expectedReplies(initialState('hi'));
    expect(ids(replies).slice(0, 5)).toEqual(['lang:en', 'lang:hi', 'lang:ta', 'lang:bn', 'lang:mr']);
    const hindi = replies.find((r) => r.id === 'lang:hi')!;
    expect(hindi).toMatchObject({ text: 'हिन्दी', intent: 'change_language' });
    expect(hindi.phrases).toEqual(expect.arrayContaining(['हिन्दी', 'hindi', 'do', 'two']));
    // Tamil script is not voiced by the Hindi voice: only its romanized name is listened for.
    expect(replies.find((r) => r.id === 'lang:ta')!.phrases).not.toContain('தமிழ்');
    expect(ids(replies)).toEqual(
      expect.arrayContaining(['cmd:help', 'cmd:menu', 'cmd:language', 'cmd:human']),
    );
  });

  it('the menu offers its rows; commands it already offers are not listed twice; no phrase repeats', () => {
    const replies = expectedReplies(initialState('en', true));
    expect(replies.find((r) => r.id === 'menu:work')).toMatchObject({ intent: 'find_work' });
    expect(ids(replies)).not.toContain('cmd:help');
    const phrases = replies.flatMap((r) => r.phrases.map((p) => p.toLowerCase()));
    expect(new Set(phrases).size).toBe(phrases.length);
  });

  it('free-text steps only listen for commands, and every command text is a command word', () => {
    const replies = expectedReplies({ ...initialState('hi'), step: 'onb_name' });
    expect(replies.every((r) => r.id.startsWith('cmd:'))).toBe(true);
    for (const r of replies) expect(commandWord(r.text), r.id).toBeTruthy();
  });

  it('consent listens for yes and no in romanized Hindi and English', () => {
    const replies = expectedReplies({ ...initialState('hi'), step: 'onb_consent' });
    expect(replies.find((r) => r.id === 'consent:yes')!.phrases).toEqual(
      expect.arrayContaining(['haan', 'yes']),
    );
    expect(replies.find((r) => r.id === 'consent:no')!.phrases).toEqual(expect.arrayContaining(['nahin']));
  });
});
