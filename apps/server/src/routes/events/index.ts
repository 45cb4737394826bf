import { problemResponses } from '@shebalance/contracts';
import { AppError, unauthorized, type Role } from '@shebalance/core';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';
import { openEventStream } from './stream';
import { issueTicket, readTicket } from './ticket';

const tags = ['live'];
const HEARTBEAT_MS = 20_000;
const RETRY_MS = 3_000;

const ticketResponse = z.object({
  ticket: z.string().describe('Put in GET /api/v1/events?ticket=…; valid for `expiresIn` seconds'),
  expiresIn: z.number().int(),
});

const streamQuery = z.object({
  ticket: z.string().min(8).max(1000).optional(),
  lastEventId: z.string().max(200).optional(),
});

/**
 * Live updates over server-sent events. `POST /events/ticket` (bearer) gives a short-lived ticket;
 * `GET /events?ticket=` streams the events the caller may see: her assessments' progress, her
 * offers and orders (both parties), the review queue for reviewers and admins. Non-browser
 * clients may send the bearer token in the Authorization header instead of a ticket.
 */
export function eventRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const { deps, live, config } = container;
  const open = new Set<() => void>();
  return async (app) => {
    // Open streams would keep the server from closing: end them first.
    app.addHook('preClose', async () => {
      for (const stop of [...open]) stop();
    });

    app.post(
      '/ticket',
      {
        preHandler: guard.require(),
        schema: {
          tags,
          security: [{ bearer: [] }],
          summary: 'A short-lived ticket for opening the event stream from a browser (EventSource)',
          response: { 200: ticketResponse, ...problemResponses },
        },
      },
      async (request) => issueTicket(deps, request.actor!),
    );

    app.get(
      '/',
      {
        preHandler: guard.optional(),
        schema: {
          tags,
          security: [{ bearer: [] }, {}],
          summary: 'Live updates (text/event-stream)',
          description:
            'Server-sent events: each `data:` line is JSON {id, type, topics, data, at}; types are ' +
            'assessment.progress, assessment.changed, offer.created, offer.changed, order.changed, ' +
            'review.queue.changed and live.resync (refetch everything shown). Named events: `ready` ' +
            'once subscribed, `resync` when the Last-Event-ID is no longer known, `reauth` before the ' +
            'stream ends (fetch a new ticket and reconnect). Comment lines are heartbeats. Resume ' +
            'with the Last-Event-ID header or ?lastEventId=.',
          querystring: streamQuery,
          response: { 200: z.string().describe('text/event-stream'), ...problemResponses },
        },
      },
      async (request, reply) => {
        const viewer = request.actor ? fromBearer(request.actor) : await fromTicket(request.query.ticket);
        const header = request.headers['last-event-id'];
        const { body, stop } = openEventStream({
          viewer,
          bus: live,
          lastEventId: (typeof header === 'string' ? header : undefined) ?? request.query.lastEventId,
          heartbeatMs: HEARTBEAT_MS,
          retryMs: RETRY_MS,
          maxAgeMs: config.ACCESS_TOKEN_TTL_SECONDS * 1000,
        });
        open.add(stop);
        reply.raw.on('close', () => {
          open.delete(stop);
          stop();
        });
        return (
          reply
            .header('content-type', 'text/event-stream; charset=utf-8')
            .header('cache-control', 'no-cache, no-transform')
            .header('x-accel-buffering', 'no')
            // Never reused after the stream: the socket goes with it (and cannot hold up a shutdown).
            .header('connection', 'close')
            .send(body as never)
        );
      },
    );
  };

  function fromBearer(actor: NonNullable<FastifyRequest['actor']>) {
    if (actor.mfaRequiredButMissing)
      throw new AppError('forbidden', 'mfa.required', {}, { code: 'mfa-required' });
    return { userId: actor.userId, role: actor.role };
  }

  /** The ticket must be genuine and fresh, and its user still active, in the same role, not signed out since. */
  async function fromTicket(ticket: string | undefined): Promise<{ userId: string; role: Role }> {
    if (!ticket) throw unauthorized();
    const claims = readTicket(deps, ticket);
    if (!claims) throw unauthorized('error.token_invalid');
    const user = await deps.repos.users.findById(claims.sub);
    if (!user || user.status !== 'active' || user.role !== claims.role)
      throw unauthorized('error.token_invalid');
    if (
      user.tokensValidAfter &&
      claims.iat * 1000 < Math.floor(user.tokensValidAfter.getTime() / 1000) * 1000
    )
      throw unauthorized('error.token_invalid');
    return { userId: user.id, role: user.role };
  }
}
