import { randomUUID } from 'node:crypto';
import { t, type Lang, type User } from '@shebalance/core';
import {
  converse,
  expectedReplies,
  promptFor,
  type Choice,
  type Effect,
  type ExpectedReply,
  type OutboundIntent,
} from '@shebalance/core/conversation/index';
import { phoneToWaId } from '@shebalance/core/whatsapp/index';
import { createHandover } from '@shebalance/db/whatsapp/index';
import { hear, speak, type Heard } from '@shebalance/ml/speech/index';
import type { Container } from '../../container';
import { turnDeps } from '../../handlers/whatsapp';
import { speechFor } from '../../wiring/speech';
import { peekState, resolveSession, withLockedState } from './session';

/**
 * One voice turn through the SAME conversation engine as WhatsApp (issue 6):
 * her state → the replies expected at her step → recognition constrained to them (outside any
 * transaction) → `{ kind: 'audio', transcript }` → `converse` under her session lock → reply text →
 * spoken reply in the conversation's language. Not understood: her state is left as it is and she is
 * asked, in her language, to tap a button or say one of the listed options, followed by the step's
 * question again (never a dead end).
 */
export interface VoiceTurnOutcome {
  readonly sessionId: string;
  readonly understood: boolean;
  readonly transcript: string;
  readonly intent: Heard['intent'];
  readonly lang: Lang;
  readonly step: string;
  readonly reply: { readonly text: string; readonly audioUrl: string };
  readonly options: Choice[];
}

/** Reply intents as one text to show and speak: bodies, then the options (numbered in lists). */
export function replyText(intents: readonly OutboundIntent[]): string {
  return intents
    .map((i) => {
      if (i.kind === 'buttons') return [i.text, ...i.buttons.map((b) => b.title)].join('\n');
      if (i.kind === 'list') return [i.text, ...i.rows.map((r, n) => `${n + 1}. ${r.title}`)].join('\n');
      // Text and location requests have a text; media (if a journey sends any) may have a caption.
      const media = i as { text?: string; caption?: string };
      return media.text ?? media.caption ?? '';
    })
    .filter(Boolean)
    .join('\n\n');
}

const optionsOf = (intents: readonly OutboundIntent[]): Choice[] =>
  intents.flatMap((i) =>
    i.kind === 'buttons'
      ? i.buttons
      : i.kind === 'list'
        ? i.rows.map((r) => ({ id: r.id, title: r.title }))
        : [],
  );

/** The options she can say, for the "please say one of these" line (each option's first phrase). */
export const sayable = (expected: readonly ExpectedReply[], max = 8): string =>
  expected
    .slice(0, max)
    .map((e) => e.phrases[0])
    .join(', ');

export async function runVoiceTurn(
  container: Container,
  input: { audio: Buffer; lang: Lang | undefined; fallbackLang: Lang; sessionId?: string; user?: User },
): Promise<VoiceTurnOutcome> {
  const speech = speechFor(container);
  const session = await resolveSession(container, input.user, input.sessionId);
  const before = await peekState(container, session, input.lang ?? input.fallbackLang);
  const lang = input.lang ?? before.lang;
  const expected = expectedReplies(before, lang);
  const heard = await hear(speech.turnDeps, { audio: input.audio, lang, expected });

  if (!heard.understood) {
    const intro = t(lang, heard.reason === 'silence' ? 'voice.silence' : 'voice.not_understood', {
      options: sayable(expected),
    });
    const prompt = promptFor({ ...before, lang });
    const text = `${intro}\n\n${replyText(prompt)}`;
    const spoken = await speak(speech.turnDeps, text, lang);
    return {
      sessionId: session.sessionId,
      understood: false,
      transcript: '',
      intent: 'none',
      lang,
      step: before.step,
      reply: { text, audioUrl: spoken.audioUrl },
      options: optionsOf(prompt),
    };
  }

  // What the engine reads: the matched option's label (as if she had typed it), else the transcript.
  const said = expected.find((e) => e.id === heard.optionId)?.text ?? heard.transcript;
  const engine = turnDeps(container).engine;
  const turn = await withLockedState(container, session, lang, (state) => {
    const out = converse(
      state,
      { kind: 'audio', transcript: said },
      { ...engine, now: container.deps.clock.now() },
    );
    return { state: out.state, result: out };
  });
  await applyVoiceEffects(container, input.user, turn.effects, said);
  const text = replyText(turn.replies);
  const spoken = await speak(speech.turnDeps, text, turn.state.lang);
  return {
    sessionId: session.sessionId,
    understood: true,
    transcript: heard.transcript,
    intent: heard.intent,
    lang: turn.state.lang,
    step: turn.state.step,
    reply: { text, audioUrl: spoken.audioUrl },
    options: optionsOf(turn.replies),
  };
}

/**
 * Effects a voice turn can carry out: her language and a handover request, for a signed-in artisan.
 * An anonymous session has no account to change (its onboarding answers stay in the session state);
 * completing onboarding by voice needs her phone, which the WhatsApp channel has (see ADR 0007).
 */
async function applyVoiceEffects(
  container: Container,
  user: User | undefined,
  effects: readonly Effect[],
  said: string,
): Promise<void> {
  if (!user) return;
  for (const effect of effects) {
    if (effect.kind === 'set_language')
      await container.deps.repos.users.update(user.id, { preferredLanguage: effect.lang });
    if (effect.kind === 'handover')
      await createHandover(container.database.db, {
        waId: phoneToWaId(user.phone),
        userId: user.id,
        channel: 'voice',
        reason: effect.reason,
        lastText: said.slice(0, 500),
        sourceMessageId: `voice:${randomUUID()}`,
        at: container.deps.clock.now(),
      });
  }
}
