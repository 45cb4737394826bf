import { forbidden } from '../../shared/errors';
import type { Actor } from '../deps';
import type { EarnDeps } from './ports';
import type { OrderSummaryRow, PageQuery } from './read-ports';

export const MAX_PAGE = 50;

export interface Page<T> {
  items: T[];
  /** The offset of the next page, or null when this was the last one. */
  nextOffset: number | null;
}

/** Reads one row more than asked to know whether another page follows. */
export async function readPage<T>(page: PageQuery, read: (q: PageQuery) => Promise<T[]>): Promise<Page<T>> {
  const limit = Math.min(Math.max(1, page.limit), MAX_PAGE);
  const offset = Math.max(0, page.offset);
  const rows = await read({ limit: limit + 1, offset });
  return { items: rows.slice(0, limit), nextOffset: rows.length > limit ? offset + limit : null };
}

/** Her orders as an artisan, or a buyer's orders as a buyer: newest first, one page. */
export async function listMyOrders(
  deps: Pick<EarnDeps, 'store'>,
  actor: Actor,
  page: PageQuery,
): Promise<Page<OrderSummaryRow>> {
  if (actor.role !== 'artisan' && actor.role !== 'buyer') throw forbidden();
  const party = actor.role;
  return readPage(page, (q) => deps.store.ordersOfParty(party, actor.userId, q));
}
