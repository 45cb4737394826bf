import { expireOffer } from './offers';
import { OFFER_EXPIRE_JOB, type EarnDeps } from './ports';

/**
 * The `earn.offer.expire` job. It is delayed until the offer's expiry, but a worker whose clock is
 * behind the API's (BullMQ on another machine) can run it early: then the offer stays open and the
 * job is scheduled again for the time left, so an unanswered offer always expires and moves on.
 */
export async function runOfferExpiry(
  deps: EarnDeps,
  offerId: string,
): Promise<{ expired: boolean; rescheduled: boolean }> {
  const { expired } = await expireOffer(deps, offerId);
  if (expired) return { expired, rescheduled: false };
  const offer = await deps.store.getOffer(offerId);
  const now = deps.clock.now().getTime();
  if (!offer || offer.status !== 'sent' || offer.expiresAt.getTime() <= now)
    return { expired, rescheduled: false };
  await deps.jobs.enqueue(
    OFFER_EXPIRE_JOB,
    { offerId },
    {
      idempotencyKey: `${OFFER_EXPIRE_JOB}:${offerId}:${now}`,
      delayMs: offer.expiresAt.getTime() - now,
      maxAttempts: 5,
    },
  );
  return { expired, rescheduled: true };
}
