import type { CoreDeps } from '@shebalance/core';
import { aesGcmSecretBox, cryptoIds, hmacHasher, systemClock } from '@shebalance/adapters/system/index';
import { jwtTokenService } from '@shebalance/adapters/identity/jwt';
import { otplibTotp } from '@shebalance/adapters/identity/totp';
import { createRepositories, createUnitOfWork, devOutboxMessaging, openDatabase, type DatabaseHandle } from '@shebalance/db';
import type { Redis } from 'ioredis';
import type { Config } from './config';
import { loadSecrets } from './config/secrets';

export interface Container {
  config: Config;
  database: DatabaseHandle;
  deps: CoreDeps;
  devOutbox: ReturnType<typeof devOutboxMessaging>;
  /** Shared Redis connection when REDIS_URL is set (rate limits, queue, pub/sub). */
  redis?: Redis;
  /** Job counts by status, for /metrics and the admin view. */
  jobCounts?: () => Promise<Record<string, number>>;
  /** Starts the background worker in this process (no-op when WORKER_IN_PROCESS=false). */
  startWorker?: () => Promise<void>;
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
export async function createContainer(config: Config, overrides: ContainerOverrides = {}): Promise<Container> {
  const database =
    overrides.database ??
    (await openDatabase({ url: config.DATABASE_URL, dataDir: `${config.DATA_DIR}/pg`, poolSize: config.DATABASE_POOL_SIZE }));
  await database.migrate();
  const secrets = await loadSecrets(config);
  const repos = createRepositories(database.db);
  const devOutbox = devOutboxMessaging(database.db);
  const tokens = await jwtTokenService({
    key: secrets.jwtKey,
    previousPublicKeys: secrets.previousPublicJwks,
    issuer: config.JWT_ISSUER,
    accessTtlSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
    cognito: config.COGNITO_ISSUER
      ? { issuer: config.COGNITO_ISSUER, clientId: config.COGNITO_CLIENT_ID, jwksUrl: config.COGNITO_JWKS_URL }
      : undefined,
  });
  const deps: CoreDeps = {
    repos,
    uow: createUnitOfWork(database.db),
    clock: overrides.clock ?? systemClock,
    ids: cryptoIds,
    hasher: hmacHasher(secrets.pepper),
    secretBox: aesGcmSecretBox(secrets.dataKey),
    tokens,
    totp: otplibTotp(config.TOTP_ISSUER),
    messaging: devOutbox,
    settings: { refreshTokenTtlSeconds: config.REFRESH_TOKEN_TTL_SECONDS, totpIssuer: config.TOTP_ISSUER },
  };
  const redis = config.REDIS_URL ? await connectRedis(config.REDIS_URL) : undefined;
  return {
    config,
    database,
    deps,
    devOutbox,
    redis,
    async close() {
      await redis?.quit().catch(() => undefined);
      if (!overrides.database) await database.close();
    },
  };
}

async function connectRedis(url: string): Promise<Redis> {
  const { Redis } = await import('ioredis');
  const client = new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: true });
  await client.connect();
  return client;
}
