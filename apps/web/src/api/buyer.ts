import type { ApiClient } from './client';
import type { Lang } from '../i18n/langs';
import { pageQuery, type OrderPage, type WorkTerms } from './earn';

/** Buyer requests, matches, offers and orders (mirrors packages/contracts/src/earn.ts; money in paise). */
export interface OpportunityInput {
  title?: string | null;
  description: string;
  craftIds: string[];
  quantity: number;
  unitPricePaise?: number | null;
  budgetPaise?: number | null;
  deadline: string;
  location?: { lat: number; lng: number } | null;
  district?: string | null;
  state?: string | null;
  maxDistanceKm?: number | null;
  remoteOk: boolean;
  minLevel: number;
  languages: Lang[];
  referenceMediaIds: string[];
}

export interface Opportunity extends WorkTerms {
  view: 'owner' | 'artisan';
  referenceMediaIds?: string[];
  createdAt: string;
}

export interface Match {
  artisanId: string;
  score: number;
  rank: number;
  reasons: string[];
  distanceKm: number;
  capacity: number;
  level: number;
  craftId: string;
  boost: string | null;
  /** Her profile name and district (so the screen needs no profile fetch per match). */
  displayName?: string;
  district?: string;
}

export interface TeamMember {
  artisanId: string;
  quantity: number;
  isLead: boolean;
  fromGroup: boolean;
  distanceKm: number;
  reason: string;
  displayName?: string;
  district?: string;
}

export interface MatchRun {
  runId: string;
  qualified: number;
  matches: Match[];
  team?: { craftId: string; members: TeamMember[]; explanation: string[] };
}

export interface Offer {
  id: string;
  artisanId: string;
  quantity: number;
  status: string;
  team: boolean;
  expiresAt: string;
}

export interface Order {
  id: string;
  opportunityId: string;
  artisanId: string;
  craftId: string;
  quantity: number;
  amountPaise: number;
  status: string;
  dueAt: string;
  deliveredAt: string | null;
  you?: string;
  allowedTransitions?: string[];
  events?: { from: string; to: string; actor: string; at: string; note: string | null }[];
  ratings?: { raterRole: string; stars: number; comment: string | null }[];
  photos?: { id: string; url: string; quality: number | null }[];
}

export interface PublicArtisan {
  id: string;
  displayName: string;
  district?: string;
  stateName?: string;
}

/** One of the buyer's requests as `GET /api/v1/me/opportunities` lists it. */
export interface RequestSummary {
  id: string;
  title: string;
  craftIds: string[];
  quantity: number;
  status: string;
  deadline: string;
  offersSent: number;
  offersAccepted: number;
  createdAt: string;
  updatedAt: string;
}

export interface UploadedMedia {
  id: string;
  url: string;
}

export function buyerApi(client: ApiClient) {
  return {
    createRequest: (body: OpportunityInput) =>
      client.request<Opportunity>('POST', '/api/v1/opportunities', { json: body }),
    /** Her requests, newest first, with offers sent and accepted (one page). */
    myRequests: (signal?: AbortSignal, page?: { limit?: number; offset?: number }) =>
      client.get<{ opportunities: RequestSummary[]; nextOffset: number | null }>(
        `/api/v1/me/opportunities?${pageQuery(page)}`,
        signal ? { signal } : {},
      ),
    /** Her orders as the buyer, newest first, with the artisan's name (one page). */
    myOrders: (signal?: AbortSignal, page?: { limit?: number; offset?: number }) =>
      client.get<OrderPage>(`/api/v1/me/orders?${pageQuery(page)}`, signal ? { signal } : {}),
    getRequest: (id: string, signal?: AbortSignal) =>
      client.get<Opportunity>(`/api/v1/opportunities/${encodeURIComponent(id)}`, signal ? { signal } : {}),
    cancelRequest: (id: string) =>
      client.request<Opportunity>('POST', `/api/v1/opportunities/${encodeURIComponent(id)}/cancel`),
    match: (id: string, lang: Lang) =>
      client.request<MatchRun>(
        'POST',
        `/api/v1/opportunities/${encodeURIComponent(id)}/matches?lang=${lang}`,
      ),
    sendOffers: (id: string, body: { artisanIds: string[] } | { team: true }) =>
      client.request<{ offers: Offer[] }>('POST', `/api/v1/opportunities/${encodeURIComponent(id)}/offers`, {
        json: body,
      }),
    getOrder: (id: string, signal?: AbortSignal) =>
      client.get<Order>(`/api/v1/orders/${encodeURIComponent(id)}`, signal ? { signal } : {}),
    moveOrder: (id: string, to: string, note?: string) =>
      client.request<Order>('POST', `/api/v1/orders/${encodeURIComponent(id)}/transition`, {
        json: { to, ...(note ? { note } : {}) },
      }),
    rate: (id: string, stars: number, comment?: string) =>
      client.request<unknown>('POST', `/api/v1/orders/${encodeURIComponent(id)}/rating`, {
        json: { stars, ...(comment ? { comment } : {}) },
      }),
    artisan: (id: string) => client.get<PublicArtisan>(`/api/v1/artisans/${encodeURIComponent(id)}`),
    upload: (file: Blob, name: string) => {
      const form = new FormData();
      form.append('file', file, name);
      return client.request<UploadedMedia>('POST', '/api/v1/media', { form });
    },
  };
}
export type BuyerApi = ReturnType<typeof buyerApi>;
