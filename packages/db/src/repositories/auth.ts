import type { MfaRepository, OtpRepository, RefreshTokenRepository } from '@shebalance/core';
import { and, count, desc, eq, gte, isNull, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { mfaFactors, otpRequests, recoveryCodes, refreshTokens } from '../schema';

export function otpRepository(db: Database): OtpRepository {
  return {
    async create(record) {
      await db.insert(otpRequests).values(record);
    },
    async latestForPhone(phone) {
      const [row] = await db
        .select()
        .from(otpRequests)
        .where(eq(otpRequests.phone, phone))
        .orderBy(desc(otpRequests.createdAt))
        .limit(1);
      return row;
    },
    async countSince(filter, since) {
      const where = and(
        gte(otpRequests.createdAt, since),
        filter.phone ? eq(otpRequests.phone, filter.phone) : undefined,
        filter.ip ? eq(otpRequests.ip, filter.ip) : undefined,
      );
      const [row] = await db.select({ n: count() }).from(otpRequests).where(where);
      return Number(row?.n ?? 0);
    },
    async recordWrongAttempt(id, lockAt) {
      const [row] = await db
        .update(otpRequests)
        .set({ attempts: sql`${otpRequests.attempts} + 1`, ...(lockAt ? { lockedAt: lockAt } : {}) })
        .where(eq(otpRequests.id, id))
        .returning({ attempts: otpRequests.attempts });
      return row?.attempts ?? 0;
    },
    async consume(id, at) {
      const rows = await db
        .update(otpRequests)
        .set({ consumedAt: at })
        .where(and(eq(otpRequests.id, id), isNull(otpRequests.consumedAt)))
        .returning({ id: otpRequests.id });
      return rows.length === 1;
    },
  };
}

export function refreshTokenRepository(db: Database): RefreshTokenRepository {
  return {
    async create(record) {
      await db.insert(refreshTokens).values(record);
    },
    async findByHash(tokenHash) {
      const [row] = await db
        .select()
        .from(refreshTokens)
        .where(eq(refreshTokens.tokenHash, tokenHash))
        .limit(1);
      return row;
    },
    async markUsed(id, at) {
      const rows = await db
        .update(refreshTokens)
        .set({ usedAt: at })
        .where(and(eq(refreshTokens.id, id), isNull(refreshTokens.usedAt)))
        .returning({ id: refreshTokens.id });
      return rows.length === 1;
    },
    async revokeFamily(familyId, at) {
      await db
        .update(refreshTokens)
        .set({ revokedAt: at })
        .where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
    },
    async revokeAllForUser(userId, at) {
      await db
        .update(refreshTokens)
        .set({ revokedAt: at })
        .where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
    },
  };
}

export function mfaRepository(db: Database): MfaRepository {
  return {
    async get(userId) {
      const [row] = await db.select().from(mfaFactors).where(eq(mfaFactors.userId, userId)).limit(1);
      return row
        ? { userId: row.userId, secretSealed: row.secretSealed, enabledAt: row.enabledAt }
        : undefined;
    },
    async savePending(userId, secretSealed) {
      await db
        .insert(mfaFactors)
        .values({ userId, secretSealed, enabledAt: null })
        .onConflictDoUpdate({ target: mfaFactors.userId, set: { secretSealed, enabledAt: null } });
    },
    async enable(userId, at) {
      await db.update(mfaFactors).set({ enabledAt: at }).where(eq(mfaFactors.userId, userId));
    },
    async replaceRecoveryCodes(userId, codeHashes) {
      await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
      if (codeHashes.length)
        await db.insert(recoveryCodes).values(codeHashes.map((codeHash) => ({ userId, codeHash })));
    },
    async useRecoveryCode(userId, codeHash, at) {
      const rows = await db
        .update(recoveryCodes)
        .set({ usedAt: at })
        .where(
          and(
            eq(recoveryCodes.userId, userId),
            eq(recoveryCodes.codeHash, codeHash),
            isNull(recoveryCodes.usedAt),
          ),
        )
        .returning({ id: recoveryCodes.id });
      return rows.length === 1;
    },
  };
}
