import { randomUUID } from 'node:crypto';
import type { CoreDeps, LiveBus } from '@shebalance/core';
import { aesGcmSecretBox, cryptoIds, hmacHasher, systemClock } from '@shebalance/adapters/system/index';
import { jwtTokenService } from '@shebalance/adapters/identity/jwt';
import { otplibTotp } from '@shebalance/adapters/identity/totp';
import {
  createCachedRepositories,
  createEntityCache,
  createUnitOfWork,
  type EntityCache,
  devOutboxMessaging,
  openDatabase,
  type DatabaseHandle,
} from '@shebalance/db';
import type { Redis } from 'ioredis';
import type { Config } from './config';
import { registerJobHandlers } from './handlers';
import { createJobs, type Jobs } from './wiring/jobs';
import { createStorage, type Storage } from './wiring/storage';
import { createMessaging } from './wiring/messaging';
import { createLive } from './wiring/live';
import type { JobWorker } from '@shebalance/adapters/jobs/index';
import { recoverQueued } from '@shebalance/adapters/whatsapp/outbox';
import { loadSecrets } from './config/secrets';

export interface Container {
  config: Config;
  database: DatabaseHandle;
  deps: CoreDeps;
  /** L1 read cache for users and profiles (2 s TTL; invalidations broadcast over Redis when configured). */
  cache: EntityCache;
  devOutbox: ReturnType<typeof devOutboxMessaging>;
  /** Shared Redis connection when REDIS_URL is set (rate limits, queue, pub/sub). */
  redis?: Redis;
  storage: Storage;
  jobs: Jobs;
  /** Live updates to open apps (the event stream subscribes; use cases publish through deps.live). */
  live: LiveBus & { kind: string };
  /** Job counts by status, for /metrics and the admin view. */
  jobCounts: () => Promise<Record<string, number>>;
  /** Starts the background worker in this process; `onEvent` feeds metrics. */
  startWorker(hooks?: Parameters<Jobs['createWorker']>[0]): JobWorker;
  close(): Promise<void>;
}

export interface ContainerOverrides {
  database?: DatabaseHandle;
  clock?: CoreDeps['clock'];
}

/**
 * The one composition root: reads validated config, opens the database, picks adapters (embedded
 * defaults unless configured otherwise; cloud SDKs are loaded lazily) and wires the use-case deps.
 */
export async function createContainer(
  config: Config,
  overrides: ContainerOverrides = {},
): Promise<Container> {
  const database =
    overrides.database ??
    (await openDatabase({
      url: config.DATABASE_URL,
      dataDir: `${config.DATA_DIR}/pg`,
      poolSize: config.DATABASE_POOL_SIZE,
    }));
  await database.migrate();
  const secrets = await loadSecrets(config);
  const cache = createEntityCache({ ttlMs: 2000, maxEntries: 50_000 });
  const repos = createCachedRepositories(database.db, cache);
  const devOutbox = devOutboxMessaging(database.db);
  const tokens = await jwtTokenService({
    key: secrets.jwtKey,
    previousPublicKeys: secrets.previousPublicJwks,
    issuer: config.JWT_ISSUER,
    accessTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    cognito: config.COGNITO_ISSUER
      ? {
          issuer: config.COGNITO_ISSUER,
          clientId: config.COGNITO_CLIENT_ID,
          jwksUrl: config.COGNITO_JWKS_URL,
        }
      : undefined,
  });
  const deps: CoreDeps = {
    repos,
    uow: createUnitOfWork(database.db, cache),
    clock: overrides.clock ?? systemClock,
    ids: cryptoIds,
    hasher: hmacHasher(secrets.pepper),
    secretBox: aesGcmSecretBox(secrets.dataKey),
    tokens,
    totp: otplibTotp(config.TOTP_ISSUER),
    messaging: devOutbox,
    settings: { refreshTokenTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS, totpIssuer: config.TOTP_ISSUER },
  };
  const storage = createStorage(config, secrets.pepper, deps.clock);
  const jobs = createJobs(config, database.db, deps.clock);
  deps.messaging = createMessaging(config, database.db, jobs.queue, devOutbox, deps.clock);
  let worker: JobWorker | undefined;
  let recovery: Promise<unknown> | undefined;
  const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL) : undefined;
  const subscriber = redis
    ? await shareInvalidations(redis, cache, `${config.REDIS_PREFIX}:cache-invalidate`)
    : undefined;
  const live = await createLive(config, database, redis, deps.clock);
  deps.live = live;
  const container: Container = {
    config,
    database,
    deps,
    devOutbox,
    cache,
    redis,
    storage,
    jobs,
    live,
    jobCounts: () => jobs.queue.countsByStatus(),
    startWorker(hooks = {}) {
      worker ??= jobs.createWorker(hooks);
      worker.start();
      // WhatsApp messages still queued from before a restart (or lost by the job queue) go out again.
      recovery ??= recoverQueued(database.db, jobs.queue).catch((error: unknown) => hooks.onError?.(error));
      return worker;
    },
    async close() {
      await worker?.stop({ graceMs: 10_000 });
      await jobs.queue.close();
      await storage.store.close?.();
      await live.close().catch(() => undefined);
      await subscriber?.quit().catch(() => undefined);
      await redis?.quit().catch(() => undefined);
      if (!overrides.database) await database.close();
    },
  };
  registerJobHandlers(container);
  return container;
}

async function connectRedis(url: string): Promise<Redis> {
  const { Redis } = await import('ioredis');
  const client = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: true });
  await client.connect();
  return client;
}

/** Carries cache invalidations to every other instance over Redis pub/sub. */
async function shareInvalidations(redis: Redis, cache: EntityCache, channel: string): Promise<Redis> {
  const instance = randomUUID();
  const subscriber = redis.duplicate();
  await subscriber.subscribe(channel);
  subscriber.on('message', (_channel, message: string) => {
    const [from, key] = message.split(' ', 2);
    if (from !== instance && key) cache.invalidate(key, false);
  });
  cache.onInvalidate = (key) => void redis.publish(channel, `${instance} ${key}`).catch(() => undefined);
  return subscriber;
}
