import type { Candidate, JournalEntry, OrderStatus, RankingOutcome, Reason } from '../../earn/index';
import type { Lang } from '../../i18n/lang';
import type {
  AuditLog,
  Clock,
  IdGenerator,
  JobQueue,
  LivePublisher,
  Messaging,
  ObjectStore,
} from '../../ports';
import type { EarnReads } from './read-ports';

export type OpportunityStatus = 'open' | 'offered' | 'filled' | 'cancelled';

/** A buyer request. Money in integer paise (INR only). */
export interface OpportunityRecord {
  id: string;
  buyerId: string;
  title: string;
  description: string;
  craftIds: string[];
  quantity: number;
  unitPricePaise: number | null;
  budgetPaise: number | null;
  currency: 'INR';
  deadline: Date;
  district: string | null;
  state: string | null;
  lat: number | null;
  lng: number | null;
  maxDistanceKm: number | null;
  remoteOk: boolean;
  minLevel: number;
  languages: Lang[];
  status: OpportunityStatus;
  referenceMediaIds: string[];
  createdAt: Date;
  updatedAt: Date;
}

/** A candidate row from the database (hard filters on craft, level and distance already applied). */
export interface CandidateRow {
  candidate: Candidate;
  /** True when her level comes from a confirmed assessment; false = declared craft, default level. */
  verified: boolean;
}

export interface CandidateQuery {
  craftIds: string[];
  minLevel: number;
  location: { lat: number; lng: number };
  /** null = remote OK (no distance limit). */
  maxDistanceKm: number | null;
  now: Date;
  /** When the request has reference photos: attach each candidate's portfolio centroid for this model. */
  portfolioModelId?: string | null;
}

/** A reference photo that went through the intake and the vision model (safety screen + embedding). */
export interface ReferencePhotoRecord {
  mediaId: string;
  key: string;
  thumbnailKey: string;
  size: number;
  embedding: Float32Array;
  modelId: string;
}

export interface StoredMatch {
  artisanId: string;
  craftId: string;
  rank: number;
  score: number;
  distanceKm: number;
  capacity: number;
  level: number;
  features: Record<string, number>;
  reasons: Reason[];
  boost: string | null;
}

export interface StoredTeam {
  craftId: string;
  groupId: string | null;
  leadArtisanId: string | null;
  members: {
    artisanId: string;
    quantity: number;
    fromGroup: boolean;
    isLead: boolean;
    distanceKm: number;
    reason: Reason;
  }[];
  explanation: Reason[];
}

export interface MatchRunRecord {
  id: string;
  opportunityId: string;
  rankerId: string;
  context: Record<string, unknown>;
  team: StoredTeam | null;
  qualified: number;
  createdAt: Date;
  matches: StoredMatch[];
}

export type OfferStatusValue = 'sent' | 'accepted' | 'declined' | 'expired' | 'withdrawn';

export interface OfferRecord {
  id: string;
  opportunityId: string;
  artisanId: string;
  runId: string | null;
  rank: number;
  quantity: number;
  viaTeam: string | null;
  status: OfferStatusValue;
  sentAt: Date;
  expiresAt: Date;
  decidedAt: Date | null;
  declineReason: string | null;
}

export interface OrderRecord {
  id: string;
  opportunityId: string;
  offerId: string;
  artisanId: string;
  buyerId: string;
  craftId: string;
  quantity: number;
  amountPaise: number;
  status: OrderStatus;
  dueAt: Date;
  deliveredAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface OrderEventRecord {
  fromStatus: string;
  toStatus: string;
  actor: string;
  actorId: string | null;
  note: string | null;
  at: Date;
}

export interface RatingRecord {
  id: string;
  orderId: string;
  raterId: string;
  rateeId: string;
  raterRole: 'buyer' | 'artisan';
  stars: number;
  comment: string | null;
  createdAt: Date;
}

export interface DisputeRecord {
  id: string;
  orderId: string;
  openedBy: string;
  fromStatus: string;
  reason: string | null;
  status: 'open' | 'resolved';
  resolution: string | null;
  resolvedBy: string | null;
  resolvedAt: Date | null;
  createdAt: Date;
}

export interface PayoutRecord {
  id: string;
  artisanId: string;
  amountPaise: number;
  vpa: string;
  provider: string;
  providerRef: string | null;
  status: 'initiated' | 'settled' | 'failed';
  createdBy: string | null;
  createdAt: Date;
  finishedAt: Date | null;
}

export interface OrderPhotoRecord {
  id: string;
  orderId: string;
  key: string;
  thumbnailKey: string;
  sha256: string;
  quality: Record<string, unknown>;
  createdAt: Date;
}

export interface Contact {
  userId: string;
  phone: string;
  lang: Lang;
  role: string;
  displayName: string | null;
}

/** Persistence for Earn (implemented in packages/db/src/earn). `transaction` gives a store bound to one transaction. */
export interface EarnStore extends EarnReads {
  transaction<T>(work: (tx: EarnStore) => Promise<T>): Promise<T>;

  insertOpportunity(o: OpportunityRecord): Promise<void>;
  getOpportunity(id: string, options?: { forUpdate?: boolean }): Promise<OpportunityRecord | undefined>;
  updateOpportunity(id: string, patch: Partial<OpportunityRecord>): Promise<void>;
  /** Media ids among `ids` owned by `ownerId`. */
  ownedMedia(ids: string[], ownerId: string): Promise<string[]>;

  /** Screened reference photos of a request (those with an embedding), in upload order. */
  referencePhotos(opportunityId: string): Promise<ReferencePhotoRecord[]>;
  /** Links screened photos to a request (media rows owned by `ownerId`, appended after its photos). */
  addReferencePhotos(opportunityId: string, ownerId: string, photos: ReferencePhotoRecord[]): Promise<void>;

  candidates(q: CandidateQuery): Promise<CandidateRow[]>;
  /** Offers each artisan received since `since` (missing = 0). */
  offerCounts(artisanIds: string[] | null, since: Date): Promise<Map<string, number>>;
  /** Distinct artisans matched (qualified) since `since`. */
  qualifiedSince(since: Date): Promise<string[]>;
  saveMatchRun(run: MatchRunRecord): Promise<void>;
  latestMatchRun(opportunityId: string): Promise<MatchRunRecord | undefined>;
  /** The match of an artisan for a request (latest run), for the artisan's limited view. */
  wasMatched(opportunityId: string, artisanId: string): Promise<boolean>;

  insertOffer(o: OfferRecord): Promise<boolean>;
  getOffer(id: string, options?: { forUpdate?: boolean }): Promise<OfferRecord | undefined>;
  updateOffer(id: string, patch: Partial<OfferRecord>): Promise<void>;
  offersFor(opportunityId: string): Promise<OfferRecord[]>;
  offersOfArtisan(artisanId: string, limit: number): Promise<OfferRecord[]>;

  insertOrder(o: OrderRecord): Promise<void>;
  getOrder(id: string, options?: { forUpdate?: boolean }): Promise<OrderRecord | undefined>;
  orderByOffer(offerId: string): Promise<OrderRecord | undefined>;
  ordersFor(opportunityId: string): Promise<OrderRecord[]>;
  updateOrder(id: string, patch: Partial<OrderRecord>): Promise<void>;
  insertOrderEvent(orderId: string, e: OrderEventRecord): Promise<void>;
  orderEvents(orderId: string): Promise<OrderEventRecord[]>;
  insertOrderPhoto(p: OrderPhotoRecord): Promise<void>;
  orderPhotos(orderId: string): Promise<OrderPhotoRecord[]>;
  /** False when this rater already rated this order. */
  insertRating(r: RatingRecord): Promise<boolean>;
  ratingsFor(orderId: string): Promise<RatingRecord[]>;
  insertDispute(d: DisputeRecord): Promise<void>;
  getDispute(id: string, options?: { forUpdate?: boolean }): Promise<DisputeRecord | undefined>;
  listDisputes(status: 'open' | 'resolved' | 'all', limit: number): Promise<DisputeRecord[]>;
  updateDispute(id: string, patch: Partial<DisputeRecord>): Promise<void>;

  /** Appends a balanced entry; false (no change) when an entry with this id already exists. */
  postEntry(entry: JournalEntry): Promise<boolean>;
  entriesOfArtisan(artisanId: string): Promise<JournalEntry[]>;
  allEntries(): Promise<JournalEntry[]>;
  trialBalance(): Promise<{ debits: number; credits: number; difference: number }>;
  balance(account: string): Promise<number>;

  insertPayout(p: PayoutRecord): Promise<void>;
  getPayout(id: string, options?: { forUpdate?: boolean }): Promise<PayoutRecord | undefined>;
  updatePayout(id: string, patch: Partial<PayoutRecord>): Promise<void>;

  /** Serialises money movements of one artisan inside the current transaction. */
  lockArtisanLedger(artisanId: string): Promise<void>;

  contact(userId: string): Promise<Contact | undefined>;

  /** Offers that were answered (or expired), with the features of the match they came from. */
  rankingOutcomes(): Promise<RankingOutcome[]>;
  saveRankerModel(m: {
    id: string;
    version: string;
    metrics: Record<string, unknown>;
    objectKey: string;
    promotedAt: Date | null;
  }): Promise<void>;
  promotedRankerKey(): Promise<string | undefined>;
}

/** The Payments port: collecting from buyers and paying out to artisans' UPI IDs. */
export interface PayoutRequest {
  payoutId: string;
  amountPaise: number;
  vpa: string;
  name: string;
  /** Our reference, also the provider's idempotency key. */
  reference: string;
}

export interface PayoutResult {
  /** pending = the provider (or an operator) still has to confirm; processed = money sent. */
  status: 'pending' | 'processed' | 'failed';
  providerRef: string | null;
}

export interface Payments {
  readonly provider: string;
  /** Starts a payout; the same `reference` twice must not pay twice. */
  payout(request: PayoutRequest): Promise<PayoutResult>;
  /** Records money received from a buyer for an order (embedded: a manual settlement record). */
  collect(request: { paymentId: string; buyerId: string; amountPaise: number; orderId: string }): Promise<{
    status: 'captured' | 'pending';
    providerRef: string | null;
  }>;
}

export interface EarnSettings {
  platformFeeBps: number;
}

export interface EarnDeps {
  store: EarnStore;
  clock: Clock;
  ids: IdGenerator;
  messaging: Messaging;
  jobs: Pick<JobQueue, 'enqueue'>;
  audit: AuditLog;
  payments: Payments;
  objects: ObjectStore;
  settings: EarnSettings;
  /** Live updates to open apps (optional). */
  live?: LivePublisher;
}

export const OFFER_EXPIRE_JOB = 'earn.offer.expire';
export const ORDER_PAY_JOB = 'earn.order.pay';
