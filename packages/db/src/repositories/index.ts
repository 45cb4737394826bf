import type { Repositories, UnitOfWork } from '@shebalance/core';
import type { Database } from '../client';
import { auditRepository } from './audit';
import { mfaRepository, otpRepository, refreshTokenRepository } from './auth';
import { artisanRepository, buyerRepository, consentRepository, groupRepository } from './profiles';
import { userRepository } from './users';

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

export function createUnitOfWork(db: Database): UnitOfWork {
  return { run: (work) => db.transaction((tx) => work(createRepositories(tx as unknown as Database))) };
}

export { verifyAuditChain, canonicalJson } from './audit';
export { craftsFor } from './profiles';
export { toUser } from './users';
