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
