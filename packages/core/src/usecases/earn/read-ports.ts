import type { OrderStatus } from '../../earn/index';
import type { OpportunityStatus, StoredMatch } from './ports';

/** One page of a list: `limit` rows from `offset`, newest first. */
export interface PageQuery {
  limit: number;
  offset: number;
}

/** An order as listed for one of its parties, with the request it came from and the other party's name. */
export interface OrderSummaryRow {
  id: string;
  opportunityId: string;
  title: string;
  craftId: string;
  quantity: number;
  amountPaise: number;
  status: OrderStatus;
  dueAt: Date;
  counterpartName: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A buyer's request as listed for her, with how many offers went out and how many were accepted. */
export interface OpportunitySummaryRow {
  id: string;
  title: string;
  craftIds: string[];
  quantity: number;
  status: OpportunityStatus;
  deadline: Date;
  offersSent: number;
  offersAccepted: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface ArtisanName {
  displayName: string;
  district: string;
}

/** Read-side queries of Earn lists (implemented in packages/db/src/earn/reads.ts). */
export interface EarnReads {
  /** Orders where `userId` is the artisan (or the buyer), newest first. */
  ordersOfParty(party: 'artisan' | 'buyer', userId: string, page: PageQuery): Promise<OrderSummaryRow[]>;
  /** Requests a buyer posted, newest first, with offer counts. */
  opportunitiesOfBuyer(buyerId: string, page: PageQuery): Promise<OpportunitySummaryRow[]>;
  /** The match of one artisan in one match run. */
  matchInRun(runId: string, artisanId: string): Promise<StoredMatch | undefined>;
  /** Display name and district of artisans (missing ids are left out). */
  artisanNames(ids: string[]): Promise<Map<string, ArtisanName>>;
}
