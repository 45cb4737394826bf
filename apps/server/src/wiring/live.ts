import type { Clock, LiveBus } from '@shebalance/core';
import { databaseLiveBus, redisLiveBus } from '@shebalance/adapters/live/index';
import type { DatabaseHandle } from '@shebalance/db';
import type { Redis } from 'ioredis';
import type { Config } from '../config';

/**
 * Live updates between instances: Redis publish/subscribe when REDIS_URL is set, the database's
 * LISTEN/NOTIFY otherwise (PostgreSQL, and PGlite for the embedded single-process default). Both
 * deliver to this process's own streams at once; the in-process bus (`inProcessLiveBus`) is the
 * bench baseline.
 */
export async function createLive(
  config: Config,
  database: DatabaseHandle,
  redis: Redis | undefined,
  clock: Clock,
  onError: (error: unknown) => void = () => undefined,
): Promise<LiveBus & { kind: string }> {
  const common = { now: () => clock.now(), onError };
  if (redis) return redisLiveBus({ ...common, redis, channel: `${config.REDIS_PREFIX}:live` });
  return databaseLiveBus({
    ...common,
    database,
    channel: `live_${config.REDIS_PREFIX.replace(/-/g, '_')}`,
  });
}
