import { createHash } from 'node:crypto';
import type { AuditLog } from '@shebalance/core';
import { and, count, desc, eq, gte, sql } from 'drizzle-orm';
import type { Database } from '../client';
import { auditLog } from '../schema';

export const AUDIT_GENESIS = '0'.repeat(64);

/** JSON with object keys sorted at every depth: jsonb does not keep key order, the hash must not care. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

export function auditHash(prevHash: string, entry: object): string {
  return createHash('sha256').update(prevHash).update(canonicalJson(entry)).digest('hex');
}

/**
 * Append-only, hash-chained audit trail: each row carries the hash of the previous one, so any edit or
 * deletion breaks the chain (see `verifyAuditChain`). Appends are serialised with an advisory lock.
 */
export function auditRepository(db: Database): AuditLog {
  return {
    async append(entry) {
      await db.transaction(async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(4242)`);
        const [last] = await tx
          .select({ hash: auditLog.hash })
          .from(auditLog)
          .orderBy(desc(auditLog.seq))
          .limit(1);
        const prevHash = last?.hash ?? AUDIT_GENESIS;
        const body = {
          actorId: entry.actorId,
          action: entry.action,
          subjectType: entry.subjectType,
          subjectId: entry.subjectId,
          data: entry.data ?? null,
        };
        await tx.insert(auditLog).values({ ...body, prevHash, hash: auditHash(prevHash, body) });
      });
    },
    async countSince({ action, subjectType, subjectId }, since) {
      const [row] = await db
        .select({ n: count() })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.subjectType, subjectType),
            eq(auditLog.subjectId, subjectId),
            eq(auditLog.action, action),
            gte(auditLog.at, since),
          ),
        );
      return Number(row?.n ?? 0);
    },
  };
}

/** Recomputes the chain; returns the first broken sequence number, or null when intact. */
export async function verifyAuditChain(db: Database): Promise<number | null> {
  const rows = await db.select().from(auditLog).orderBy(auditLog.seq);
  let prev = AUDIT_GENESIS;
  for (const row of rows) {
    const body = {
      actorId: row.actorId,
      action: row.action,
      subjectType: row.subjectType,
      subjectId: row.subjectId,
      data: row.data,
    };
    if (row.prevHash !== prev || row.hash !== auditHash(prev, body)) return row.seq;
    prev = row.hash;
  }
  return null;
}
