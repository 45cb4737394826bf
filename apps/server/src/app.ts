import { randomUUID } from 'node:crypto';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { redactPhones } from '@shebalance/core';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Container } from './container';
import { createGuard, registerAuth, type Guard } from './plugins/auth';
import { registerCors } from './plugins/cors';
import { lazyChildLoggerFactory } from './plugins/lazy-logger';
import { registerMetrics, type Metrics } from './plugins/metrics';
import { registerProblemHandling } from './plugins/problem';
import { registerRateLimit } from './plugins/rate-limit';
import { contractSerializerCompiler } from './plugins/serializer';
import { registerSecurityHeaders } from './plugins/security-headers';
import { apiRoutes } from './routes';
import { healthRoutes } from './routes/health';
import { webhookRoutes } from './routes/webhooks';
import { webRoutes } from './routes/web';
import { publicPageRoutes } from './routes/public';
import { wellKnownRoutes } from './routes/well-known';

export type App = FastifyInstance;

declare module 'fastify' {
  interface FastifyInstance {
    metrics: Metrics;
  }
}
export interface RouteContext {
  container: Container;
  guard: Guard;
  metrics: Metrics;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** Pino options: never log secrets, codes, tokens or full phone numbers. */
export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.headers["x-hub-signature-256"]',
        'phone',
        'code',
        'otp',
        'token',
        'accessToken',
        'refreshToken',
        '*.code',
        '*.phone',
        '*.otp',
        '*.token',
        '*.refreshToken',
        '*.accessToken',
        '*.password',
        '*.secret',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: { method: string; url: string; id: string; ip?: string }) => ({
        id: req.id,
        method: req.method,
        // The event stream's ticket travels in the URL (EventSource cannot send headers).
        url: redactPhones(req.url).replace(/([?&]ticket=)[^&]*/g, '$1[redacted]'),
      }),
    },
  };
}

/** Builds the whole HTTP application over a container, without listening (tests inject, main listens, Lambda proxies). */
export async function buildApp(
  container: Container,
  options: {
    logger?: FastifyServerOptions['logger'];
    loggerInstance?: FastifyServerOptions['loggerInstance'];
  } = {},
): Promise<App> {
  const { config } = container;
  const app = Fastify({
    ...(options.loggerInstance
      ? { loggerInstance: options.loggerInstance }
      : { logger: options.logger ?? loggerOptions(config.LOG_LEVEL) }),
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    ajv: { customOptions: { removeAdditional: false } },
    childLoggerFactory: lazyChildLoggerFactory,
  }).withTypeProvider<ZodTypeProvider>();

  // JSON in, JSON out: a text/plain body is refused with 415 rather than half-parsed.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(contractSerializerCompiler);
  registerProblemHandling(app);
  registerAuth(app);

  // Also sets x-request-id (one hook for every static and per-request response header).
  registerSecurityHeaders(app, {
    contentSecurityPolicy: { directives: { 'img-src': ["'self'", 'data:', 'blob:'] } },
  });
  // Before any route is added: each route gets its request recorder when it is registered.
  const metrics = registerMetrics(app, container.jobCounts);
  app.decorate('metrics', metrics);
  registerCors(app, config.corsOrigins);
  registerRateLimit(app, {
    max: config.RATE_LIMIT_PER_MINUTE,
    timeWindow: '1 minute',
    redis: container.redis,
    keyPrefix: `${config.REDIS_PREFIX}-rl:`,
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'SheBalance API',
        version: '1.0.0',
        description: "Snap → Score → Earn. Every error is RFC 9457 problem+json in the caller's language.",
      },
      servers: [{ url: config.PUBLIC_URL }],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });

  const guard = createGuard(container);
  const ctx: RouteContext = { container, guard, metrics };
  await app.register(healthRoutes(ctx));
  await app.register(webhookRoutes(ctx), { prefix: '/webhooks' });
  await app.register(wellKnownRoutes(ctx));
  await app.register(publicPageRoutes(ctx));
  await app.register(apiRoutes(ctx), { prefix: '/api/v1' });
  await app.register(webRoutes());
  return app;
}
