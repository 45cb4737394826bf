import { forbidden } from '../../shared/errors';
import type { Actor } from '../deps';
import { readPage, type Page } from './list-my-orders';
import type { EarnDeps } from './ports';
import type { OpportunitySummaryRow, PageQuery } from './read-ports';

/** A buyer's own requests, newest first, each with the offers sent and accepted. */
export async function listMyOpportunities(
  deps: Pick<EarnDeps, 'store'>,
  actor: Actor,
  page: PageQuery,
): Promise<Page<OpportunitySummaryRow>> {
  if (actor.role !== 'buyer') throw forbidden();
  return readPage(page, (q) => deps.store.opportunitiesOfBuyer(actor.userId, q));
}
