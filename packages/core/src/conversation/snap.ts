import type { Lang } from '../i18n/lang';
import { say } from './catalog';
import { choiceId, matchTyped } from './matching';
import { reprompt } from './onboarding';
import { MAX_PHOTOS, menuButton, snapDoneButton } from './prompts';
import type { ConversationInput, ConversationState, OutboundIntent, TurnContext, TurnResult } from './types';

/**
 * Snap & score: she sends photos, taps Done (the caller submits them to the assessment pipeline),
 * and later receives her result and certificate (`assessmentResult`, `certificateMessages`).
 */

const ok = (state: ConversationState, replies: OutboundIntent[], effects: TurnResult['effects'] = []) => ({
  state: { ...state, misses: 0 },
  replies,
  effects,
});

export function snapTurn(
  state: ConversationState,
  input: ConversationInput,
  ctx: TurnContext & { capabilities?: { scoring?: boolean } },
): TurnResult {
  const { lang } = state;
  if (input.kind === 'image') {
    if (input.tooLarge) return ok(state, [snapDoneButton(lang, say(lang, 'media.too_large'))]);
    if (state.photos.includes(input.mediaId)) return ok(state, []);
    if (state.photos.length >= MAX_PHOTOS)
      return ok(state, [snapDoneButton(lang, say(lang, 'snap.too_many'))]);
    const photos = [...state.photos, input.mediaId];
    return ok({ ...state, photos }, [snapDoneButton(lang, say(lang, 'snap.got', { count: photos.length }))]);
  }
  const id = choiceId(input);
  const done =
    id === 'snap:done' ||
    (input.kind === 'text' &&
      matchTyped(ctx.nlu, input.text, [
        { id: 'done', keys: ['btn.done'], extra: ['done', 'finished', 'ho gaya', 'bas'] },
      ]) === 'done');
  if (!done)
    return id
      ? reprompt(state, 'reprompt.stale')
      : ok(state, [snapDoneButton(lang, `${say(lang, 'reprompt.unknown')}\n${say(lang, 'snap.start')}`)]);
  if (state.photos.length === 0) return ok(state, [snapDoneButton(lang, say(lang, 'snap.need_photo'))]);
  const key = ctx.capabilities?.scoring ? 'snap.submitted' : 'snap.saved';
  return ok(
    { ...state, step: 'menu', photos: [] },
    [menuButton(lang, say(lang, key, { count: state.photos.length }))],
    [{ kind: 'submit_photos', mediaIds: state.photos }],
  );
}

/** A finished assessment, already worded in her language where the ML library words it. */
export interface AssessmentResultView {
  status: string;
  /** Craft name in her language. */
  craft: string | null;
  /** "Your skill level: Skilled (3 of 5)" in her language. */
  levelText: string | null;
  scores: { technique: number; complexity: number; quality: number; overall: number } | null;
  value: { min: number; max: number } | null;
  feedback: string[];
  retakeTips: string[];
}

const INTERACTIVE_BODY = 1024;
const bullets = (lines: string[]) => lines.map((l) => `• ${l}`);
const round = (n: number) => Math.round(n);

/** Her result as WhatsApp messages: the summary (or a retake tip, a kind refusal, "a reviewer will look"). */
export function assessmentResult(lang: Lang, r: AssessmentResultView): OutboundIntent[] {
  const lines: string[] = [];
  switch (r.status) {
    case 'scored':
      if (r.scores) {
        lines.push(
          say(lang, 'result.scored', {
            craft: r.craft ?? '—',
            level: r.levelText ?? '',
            technique: round(r.scores.technique),
            complexity: round(r.scores.complexity),
            quality: round(r.scores.quality),
            overall: round(r.scores.overall),
          }),
        );
      }
      if (r.value)
        lines.push(
          say(lang, 'result.value', {
            min: new Intl.NumberFormat('en-IN').format(Math.round(r.value.min)),
            max: new Intl.NumberFormat('en-IN').format(Math.round(r.value.max)),
          }),
        );
      if (r.feedback.length) lines.push(say(lang, 'result.tips'), ...bullets(r.feedback.slice(0, 3)));
      if (r.retakeTips.length) lines.push(say(lang, 'result.retake_some'), ...bullets(r.retakeTips));
      break;
    case 'needs_review':
      lines.push(say(lang, 'result.review'));
      break;
    case 'needs_retake':
      lines.push(say(lang, 'result.retake'), ...bullets(r.retakeTips), say(lang, 'result.retake_again'));
      break;
    case 'rejected':
      lines.push(say(lang, 'result.rejected'));
      break;
    default:
      lines.push(say(lang, 'result.failed'));
  }
  const body = lines.join('\n');
  return [...body].length <= INTERACTIVE_BODY
    ? [menuButton(lang, body)]
    : [{ kind: 'text', text: body }, menuButton(lang, say(lang, 'menu.prompt'))];
}

/** Her certificate: the image (with the verify link) and the PDF, as uploaded media. */
export function certificateMessages(
  lang: Lang,
  c: { craft: string; level: number; verifyUrl: string; imageId?: string; pdfId?: string },
  issued: boolean,
): OutboundIntent[] {
  const caption = say(lang, issued ? 'certificate.issued' : 'certificate.sending', {
    craft: c.craft,
    level: c.level,
    url: c.verifyUrl,
  });
  const out: OutboundIntent[] = [];
  if (c.imageId) out.push({ kind: 'image', mediaId: c.imageId, caption });
  if (c.pdfId) out.push({ kind: 'document', mediaId: c.pdfId, filename: 'SheBalance-certificate.pdf' });
  if (!c.imageId) out.push(menuButton(lang, caption));
  return out;
}

/** Her photos could not be taken in (not an image, too small…): why, in her language, then the menu. */
export function intakeRefused(lang: Lang, reason: string): OutboundIntent[] {
  return [menuButton(lang, say(lang, 'snap.intake_failed', { reason }))];
}
