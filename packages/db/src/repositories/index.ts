import type { Repositories, UnitOfWork } from '@shebalance/core';
import type { Database } from '../client';
import { auditRepository } from './audit';
import { mfaRepository, otpRepository, refreshTokenRepository } from './auth';
import { artisanRepository, buyerRepository, consentRepository, groupRepository } from './profiles';
import { userRepository } from './users';
import { withEntityCache, type EntityCache } from './cache';

export function createRepositories(db: Database): Repositories {
  return {
    users: userRepository(db),
    otps: otpRepository(db),
    refreshTokens: refreshTokenRepository(db),
    mfa: mfaRepository(db),
    artisans: artisanRepository(db),
    buyers: buyerRepository(db),
    consents: consentRepository(db),
    groups: groupRepository(db),
    audit: auditRepository(db),
  };
}

/** Repositories over the pool, with the read cache in front when one is given. */
export function createCachedRepositories(db: Database, cache?: EntityCache): Repositories {
  const repos = createRepositories(db);
  return cache ? withEntityCache(repos, cache) : repos;
}

export function createUnitOfWork(db: Database, cache?: EntityCache): UnitOfWork {
  return {
    async run(work) {
      const touched = new Set<string>();
      const result = await db.transaction((tx) => {
        const repos = createRepositories(tx as unknown as Database);
        return work(cache ? withEntityCache(repos, cache, touched) : repos);
      });
      // Invalidate again after commit: a reader between the write and the commit may have re-cached old data.
      for (const key of touched) cache?.invalidate(key);
      return result;
    },
  };
}

export { verifyAuditChain, canonicalJson } from './audit';
export { craftsFor } from './profiles';
export { toUser } from './users';
export { createEntityCache, withEntityCache, type EntityCache } from './cache';
export { findArtisansNear, type NearbyArtisan } from './geo';
