import { idParams, problemResponses } from '@shebalance/contracts';
import { passbookQuery, passbookResponse } from '@shebalance/contracts/earn';
import { pickLang } from '@shebalance/core';
import { viewPassbook } from '@shebalance/core/usecases/earn/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../app';
import { earnOf } from '../../wiring/earn';
import { passbookCsv, passbookPdf } from './documents';

/** `GET /api/v1/artisans/:id/passbook` (registered under /artisans): her earnings, as JSON, CSV or PDF. */
export function passbookRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const deps = earnOf(container);
  return async (app) => {
    app.get(
      '/:id/passbook',
      {
        preHandler: guard.require(['artisan', 'admin']),
        schema: {
          tags: ['earn'],
          security: [{ bearer: [] }],
          summary:
            'Her earnings passbook from the ledger (owner, admins); ?format=csv|pdf for proof of income',
          params: idParams,
          querystring: passbookQuery,
          response: { 200: passbookResponse, ...problemResponses },
        },
      },
      async (request, reply) => {
        const book = await viewPassbook(deps, request.actor!, request.params.id);
        const format = request.query.format;
        const file = `passbook-${request.params.id.slice(0, 8)}-${deps.clock.now().toISOString().slice(0, 10)}`;
        if (format === 'csv')
          return reply
            .type('text/csv; charset=utf-8')
            .header('content-disposition', `attachment; filename="${file}.csv"`)
            .send(passbookCsv(book) as never);
        if (format === 'pdf') {
          const who = await deps.store.contact(request.params.id);
          const lang = pickLang(request.query.lang, who?.lang);
          const pdf = await passbookPdf(book, { name: who?.displayName ?? '', lang, now: deps.clock.now() });
          return reply
            .type('application/pdf')
            .header('content-disposition', `attachment; filename="${file}.pdf"`)
            .send(pdf as never);
        }
        return {
          artisanId: book.artisanId,
          currency: 'INR' as const,
          earnedPaise: book.earnedPaise,
          pendingPaise: book.pendingPaise,
          availablePaise: book.availablePaise,
          inTransitPaise: book.inTransitPaise,
          paidOutPaise: book.paidOutPaise,
          orders: book.orders.map((o) => ({
            orderId: o.orderId,
            at: o.at.toISOString(),
            grossPaise: o.grossPaise,
            feePaise: o.feePaise,
            netPaise: o.netPaise,
            craftId: o.order?.craftId ?? null,
            quantity: o.order?.quantity ?? null,
          })),
          payouts: book.payouts.map((p) => ({
            payoutId: p.payoutId,
            startedAt: p.startedAt.toISOString(),
            amountPaise: p.amountPaise,
            status: p.status,
            finishedAt: p.finishedAt ? p.finishedAt.toISOString() : null,
          })),
        };
      },
    );
  };
}
