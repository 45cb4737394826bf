import { ORDER_STATUSES } from '@shebalance/core/earn/index';
import { z } from 'zod';

/** Paging of the `/me/...` lists: `limit` rows from `offset`, newest first; `nextOffset` null on the last page. */
export const pageQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(50).default(20),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
});

const nextOffset = z
  .number()
  .int()
  .nullable()
  .meta({ description: 'Offset of the next page; null when this is the last page' });

export const myOrderItem = z.object({
  id: z.uuid(),
  opportunityId: z.uuid(),
  title: z.string(),
  craftId: z.string(),
  quantity: z.number().int(),
  amountPaise: z.number().int(),
  status: z.enum(ORDER_STATUSES),
  deadline: z.string(),
  counterpartName: z.string().nullable().meta({
    description: "The other party: the buyer's organisation for her, the artisan's name for a buyer",
  }),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const myOrdersResponse = z.object({
  you: z.enum(['artisan', 'buyer']),
  orders: z.array(myOrderItem),
  nextOffset,
});

export const myOpportunityItem = z.object({
  id: z.uuid(),
  title: z.string(),
  craftIds: z.array(z.string()),
  quantity: z.number().int(),
  status: z.enum(['open', 'offered', 'filled', 'cancelled']),
  deadline: z.string(),
  offersSent: z.number().int(),
  offersAccepted: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const myOpportunitiesResponse = z.object({
  opportunities: z.array(myOpportunityItem),
  nextOffset,
});

export type MyOrderItem = z.infer<typeof myOrderItem>;
export type MyOpportunityItem = z.infer<typeof myOpportunityItem>;
