import type { ApiClient } from './client';

/**
 * Her side of Earn: offers, orders, passbook (mirrors packages/contracts/src/earn.ts; money is
 * integer paise, ₹1 = 100 paise).
 */
export const DECLINE_REASONS = [
  'busy',
  'price_too_low',
  'deadline_too_short',
  'too_far',
  'not_my_craft',
  'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export type OfferStatus = 'sent' | 'accepted' | 'declined' | 'expired' | 'withdrawn';

/** The terms of a piece of work, as both the buyer and the artisan see them. */
export interface WorkTerms {
  id: string;
  title: string;
  description: string;
  craftIds: string[];
  quantity: number;
  unitPricePaise: number | null;
  budgetPaise: number | null;
  deadline: string;
  district: string | null;
  state: string | null;
  maxDistanceKm: number | null;
  remoteOk: boolean;
  minLevel: number;
  languages: string[];
  status: string;
}

export type OfferWork = WorkTerms;

export interface Offer {
  id: string;
  opportunityId: string;
  artisanId: string;
  rank: number;
  quantity: number;
  status: OfferStatus;
  team: boolean;
  sentAt: string;
  expiresAt: string;
  decidedAt: string | null;
  declineReason: string | null;
  amountPaise?: number;
  opportunity?: OfferWork;
  /** Why the ranker matched her, in her language (from the match run that made this offer). */
  reasons?: string[];
}

export const ORDER_STEPS = [
  'accepted',
  'in_progress',
  'ready',
  'shipped',
  'delivered',
  'confirmed',
  'paid',
] as const;
export type OrderStatus = (typeof ORDER_STEPS)[number] | 'cancelled' | 'disputed';

export interface Order {
  id: string;
  opportunityId: string;
  offerId: string;
  craftId: string;
  quantity: number;
  amountPaise: number;
  status: OrderStatus;
  dueAt: string;
  deliveredAt: string | null;
  createdAt: string;
  updatedAt: string;
  allowedTransitions?: string[];
  events?: { from: string; to: string; actor: string; at: string; note: string | null }[];
  photos?: { id: string; url: string; quality: number | null }[];
}

/** One of her orders as `GET /api/v1/me/orders` lists it (packages/contracts/src/earn-lists.ts). */
export interface OrderSummary {
  id: string;
  opportunityId: string;
  title: string;
  craftId: string;
  quantity: number;
  amountPaise: number;
  status: OrderStatus;
  deadline: string;
  /** The other party: the buyer's organisation for her, the artisan's name for a buyer. */
  counterpartName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface OrderPage {
  you: 'artisan' | 'buyer';
  orders: OrderSummary[];
  nextOffset: number | null;
}

/** The query of one page of a `/me/...` list. */
export const pageQuery = (page: { limit?: number; offset?: number } = {}) =>
  `limit=${page.limit ?? 50}&offset=${page.offset ?? 0}`;

export interface Passbook {
  artisanId: string;
  currency: 'INR';
  earnedPaise: number;
  pendingPaise: number;
  availablePaise: number;
  inTransitPaise: number;
  paidOutPaise: number;
  orders: {
    orderId: string;
    at: string;
    grossPaise: number;
    feePaise: number;
    netPaise: number;
    craftId: string | null;
    quantity: number | null;
  }[];
  payouts: {
    payoutId: string;
    startedAt: string;
    amountPaise: number;
    status: string;
    finishedAt: string | null;
  }[];
}

const id = encodeURIComponent;
const opts = (signal?: AbortSignal) => (signal ? { signal } : {});

export function earnApi(client: ApiClient) {
  const accept = (offerId: string) =>
    client.request<{ offer: Offer; order: Order; created: boolean }>(
      'POST',
      `/api/v1/offers/${id(offerId)}/accept`,
    );
  return {
    /** Her offers; `lang` = the language of the server's "why you were matched" reasons. */
    offers: (signal?: AbortSignal, lang?: string) =>
      client.get<{ offers: Offer[] }>(`/api/v1/me/offers${lang ? `?lang=${lang}` : ''}`, opts(signal)),
    accept,
    decline: (offerId: string, reason: DeclineReason) =>
      client.request<Offer>('POST', `/api/v1/offers/${id(offerId)}/decline`, { json: { reason } }),
    /** Her orders, newest first, one page (`nextOffset` is null on the last page). */
    orders: (signal?: AbortSignal, page?: { limit?: number; offset?: number }) =>
      client.get<OrderPage>(`/api/v1/me/orders?${pageQuery(page)}`, opts(signal)),
    order: (orderId: string, signal?: AbortSignal) =>
      client.get<Order>(`/api/v1/orders/${id(orderId)}`, opts(signal)),
    move: (orderId: string, to: string) =>
      client.request<Order>('POST', `/api/v1/orders/${id(orderId)}/transition`, { json: { to } }),
    photoPath: (orderId: string) => `/api/v1/orders/${id(orderId)}/photos`,
    passbook: (artisanId: string, signal?: AbortSignal) =>
      client.get<Passbook>(`/api/v1/artisans/${id(artisanId)}/passbook`, opts(signal)),
    passbookFile: (artisanId: string, format: 'pdf' | 'csv', lang: string) =>
      client.blob(`/api/v1/artisans/${id(artisanId)}/passbook?format=${format}&lang=${lang}`),
  };
}

export type EarnApi = ReturnType<typeof earnApi>;

/** Paise → rupees (the formatter writes ₹1,23,456.50). */
export const rupees = (paise: number) => paise / 100;
