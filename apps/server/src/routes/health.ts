import type { FastifyPluginAsync } from 'fastify';
import type { RouteContext } from '../app';

/** /healthz: the process is up. /readyz: the database (and Redis, when configured) answer. */
export function healthRoutes({ container }: RouteContext): FastifyPluginAsync {
  return async (app) => {
    app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
    app.get('/readyz', { schema: { hide: true } }, async (_request, reply) => {
      const checks: Record<string, 'ok' | 'fail'> = {};
      const probe = async (name: string, fn: () => Promise<unknown>) => {
        try {
          await Promise.race([
            fn(),
            new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000)),
          ]);
          checks[name] = 'ok';
        } catch {
          checks[name] = 'fail';
        }
      };
      await Promise.all([
        probe('database', () => container.database.ping()),
        probe('queue', () => (container.jobCounts ? container.jobCounts() : container.database.ping())),
        ...(container.redis ? [probe('redis', () => container.redis!.ping())] : []),
      ]);
      const ready = Object.values(checks).every((c) => c === 'ok');
      return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', checks });
    });
  };
}
