import type { Offer } from './offer-machine';

/**
 * After a decline or an expiry, the offer moves down the match list: the next artisan in rank order
 * who has not been offered this opportunity yet (whatever became of an earlier offer, nobody is asked
 * twice), for the pieces still neither accepted nor on offer.
 */
export function piecesStillOpen(quantity: number, offers: readonly Offer[]): number {
  let taken = 0;
  for (const o of offers) if (o.status === 'accepted' || o.status === 'sent') taken += o.quantity;
  return Math.max(0, quantity - taken);
}

export interface NextOffer {
  artisanId: string;
  rank: number;
  quantity: number;
}

export function nextCandidate(
  matches: readonly { artisanId: string; rank: number; capacity?: number }[],
  offers: readonly Offer[],
  quantity: number,
): NextOffer | undefined {
  const open = piecesStillOpen(quantity, offers);
  if (open === 0) return undefined;
  const asked = new Set(offers.map((o) => o.artisanId));
  const next = [...matches].sort((a, b) => a.rank - b.rank).find((m) => !asked.has(m.artisanId));
  if (!next) return undefined;
  return { artisanId: next.artisanId, rank: next.rank, quantity: Math.min(open, next.capacity ?? open) };
}
