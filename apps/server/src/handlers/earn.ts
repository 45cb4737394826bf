import {
  OFFER_EXPIRE_JOB,
  ORDER_PAY_JOB,
  payOrder,
  runOfferExpiry,
} from '@shebalance/core/usecases/earn/index';
import { z } from 'zod';
import type { Container } from '../container';
import { earnOf } from '../wiring/earn';

const offerPayload = z.strictObject({ offerId: z.uuid() });
const orderPayload = z.strictObject({ orderId: z.uuid() });

/**
 * Earn jobs, both idempotent: `earn.offer.expire` (delayed until the offer's expiry; an answered offer
 * is left alone, an open one expires and moves to the next match) and `earn.order.pay` (after the buyer
 * confirms: collect, mark paid, credit her; deterministic ledger entry ids make a rerun harmless).
 */
export function registerEarnHandlers(container: Container): void {
  const deps = () => earnOf(container);
  container.jobs.registry.register(OFFER_EXPIRE_JOB, async (payload) => {
    await runOfferExpiry(deps(), offerPayload.parse(payload).offerId);
  });
  container.jobs.registry.register(ORDER_PAY_JOB, async (payload) => {
    await payOrder(deps(), orderPayload.parse(payload).orderId);
  });
}
