import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../app';
import { credentialsOf } from '../../wiring/credentials';

/** `GET /.well-known/did.json`: the issuer's did:web document (current and retired keys). */
export function wellKnownRoutes({ container }: RouteContext): FastifyPluginAsyncZod {
  const service = credentialsOf(container);
  return async (app) => {
    app.get('/.well-known/did.json', { schema: { hide: true } }, async (_request, reply) => {
      const ring = await service.ring();
      return reply
        .type('application/did+json')
        .header('cache-control', 'public, max-age=300')
        .header('access-control-allow-origin', '*')
        .send(JSON.stringify(ring.didDocument()));
    });
  };
}
