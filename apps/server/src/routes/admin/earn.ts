import { idParams, problemResponses } from '@shebalance/contracts';
import {
  disputeResponse,
  fairnessResponse,
  orderResponse,
  payoutBody,
  payoutResponse,
  resolveDisputeBody,
  trialBalanceResponse,
} from '@shebalance/contracts/earn';
import {
  fairnessFigure,
  initiatePayout,
  ledgerBalance,
  listDisputes,
  resolveDispute,
  settlePayout,
  type DisputeRecord,
  type PayoutRecord,
} from '@shebalance/core/usecases/earn/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';
import { earnOf } from '../../wiring/earn';
import { presentOrder } from '../opportunities/present';

const tags = ['admin'];
const security = [{ bearer: [] }];
const iso = (d: Date | null) => (d ? d.toISOString() : null);

const presentDispute = (d: DisputeRecord) => ({
  id: d.id,
  orderId: d.orderId,
  openedBy: d.openedBy,
  fromStatus: d.fromStatus,
  reason: d.reason,
  status: d.status,
  resolution: d.resolution,
  createdAt: d.createdAt.toISOString(),
  resolvedAt: iso(d.resolvedAt),
});
const presentPayout = (p: PayoutRecord) => ({
  id: p.id,
  artisanId: p.artisanId,
  amountPaise: p.amountPaise,
  vpa: p.vpa,
  provider: p.provider,
  providerRef: p.providerRef,
  status: p.status,
  createdAt: p.createdAt.toISOString(),
  finishedAt: iso(p.finishedAt),
});

/** Earn for admins: the fairness figure, disputes, payouts to UPI IDs and the ledger's trial balance. */
export function adminEarnRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const deps = earnOf(container);
  return async (app) => {
    const admin = guard.require(['admin']);
    app.get(
      '/fairness',
      {
        preHandler: admin,
        schema: {
          tags,
          security,
          summary: 'Gini coefficient of offer exposure among qualified artisans (30 days)',
          response: { 200: fairnessResponse, ...problemResponses },
        },
      },
      async (request) => fairnessFigure(deps, request.actor!),
    );
    app.get(
      '/ledger/trial-balance',
      {
        preHandler: admin,
        schema: {
          tags,
          security,
          summary: 'Σ debits, Σ credits and their difference (always 0)',
          response: { 200: trialBalanceResponse, ...problemResponses },
        },
      },
      async (request) => ledgerBalance(deps, request.actor!),
    );
    app.get(
      '/disputes',
      {
        preHandler: admin,
        schema: {
          tags,
          security,
          summary: 'Order disputes, newest first',
          querystring: z.strictObject({ status: z.enum(['open', 'resolved', 'all']).default('open') }),
          response: { 200: z.object({ disputes: z.array(disputeResponse) }), ...problemResponses },
        },
      },
      async (request) => ({
        disputes: (await listDisputes(deps, request.actor!, request.query.status)).map(presentDispute),
      }),
    );
    app.post(
      '/disputes/:id/resolve',
      {
        preHandler: admin,
        schema: {
          tags,
          security,
          summary: 'Resolve a dispute: the order goes to confirmed (she is paid) or cancelled',
          params: idParams,
          body: resolveDisputeBody,
          response: {
            200: z.object({ dispute: disputeResponse, order: orderResponse }),
            ...problemResponses,
          },
        },
      },
      async (request) => {
        const r = await resolveDispute(deps, request.actor!, request.params.id, request.body);
        return { dispute: presentDispute(r.dispute), order: presentOrder(r.order) };
      },
    );
    app.post(
      '/payouts',
      {
        preHandler: admin,
        schema: {
          tags,
          security,
          summary: "Pay an artisan's available earnings to her UPI ID",
          body: payoutBody,
          response: { 201: payoutResponse, ...problemResponses },
        },
      },
      async (request, reply) =>
        reply.status(201).send(presentPayout(await initiatePayout(deps, request.actor!, request.body))),
    );
    app.post(
      '/payouts/:id/settle',
      {
        preHandler: admin,
        schema: {
          tags,
          security,
          summary: 'Record that a payout reached her bank (manual settlement)',
          params: idParams,
          response: { 200: payoutResponse, ...problemResponses },
        },
      },
      async (request) => presentPayout(await settlePayout(deps, request.actor!, request.params.id)),
    );
  };
}
