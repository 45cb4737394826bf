import type { Role } from '../api/types';

/**
 * What a spoken request does in the app. The voice endpoint (and the text parser behind it) name an
 * intent; for an artisan the ones that are about a screen open that screen, "help" reads the screen's
 * own help aloud, and anything else is answered in words (the server's reply, or what she can say).
 */
export type VoiceAction = { kind: 'go'; to: string; say: string } | { kind: 'help' } | { kind: 'answer' };

/** The same bar as the conversation engine's (packages/core/src/conversation/engine.ts). */
export const INTENT_THRESHOLD = 0.75;

const ROUTES: Record<string, { to: string; say: string }> = {
  find_work: { to: '/offers', say: 'voiceLive.go.offers' },
  accept_offer: { to: '/offers', say: 'voiceLive.go.offers' },
  decline_offer: { to: '/offers', say: 'voiceLive.go.offers' },
  check_earnings: { to: '/earnings', say: 'voiceLive.go.earnings' },
  get_certificate: { to: '/certificates', say: 'voiceLive.go.certificates' },
  assess_skill: { to: '/snap', say: 'voiceLive.go.snap' },
  order_status: { to: '/orders', say: 'voiceLive.go.orders' },
};

export function voiceAction(
  intent: string,
  who: { role: Role | undefined; confidence?: number },
): VoiceAction {
  if (who.role !== 'artisan') return { kind: 'answer' };
  if (who.confidence !== undefined && who.confidence < INTENT_THRESHOLD) return { kind: 'answer' };
  if (intent === 'help') return { kind: 'help' };
  const route = ROUTES[intent];
  return route ? { kind: 'go', ...route } : { kind: 'answer' };
}

/** Whether what she says goes into a field (dictation) rather than being a request to the app. */
export function isDictationTarget(el: Element | null): boolean {
  if (!el) return false;
  if (el.tagName === 'TEXTAREA') return !(el as HTMLTextAreaElement).readOnly;
  if (el.tagName !== 'INPUT') return false;
  const input = el as HTMLInputElement;
  return !input.readOnly && ['text', 'search', 'tel', 'email', 'number', 'url', ''].includes(input.type);
}
