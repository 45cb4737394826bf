import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../client';
import { jobs } from '../schema';

export const JOB_STATUSES = ['queued', 'running', 'retry', 'done', 'dead'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export type JobRecord = typeof jobs.$inferSelect;

export interface NewJob {
  name: string;
  payload: unknown;
  runAt: Date;
  maxAttempts: number;
  idempotencyKey?: string;
}

export interface ClaimRequest {
  workerId: string;
  /** Only jobs with these names (the handlers this worker has). */
  names: string[];
  limit: number;
  now: Date;
  leaseUntil: Date;
}

export interface JobFilter {
  status?: JobStatus;
  name?: string;
  limit: number;
  offset: number;
}

/**
 * SQL for the durable `jobs` table. Every state change is one statement, so it is atomic on PostgreSQL
 * and on PGlite; the claim uses `FOR UPDATE SKIP LOCKED` so concurrent workers never take the same job.
 * Times come from the caller's clock (one clock for run_at, leases and backoff; tests can move it).
 *
 * Lifecycle: queued → running → done | retry (→ running …) | dead. A running job whose lease expired
 * (its worker died) goes back to retry, or to dead when its attempts are used up.
 */
export function jobRepository(db: Database) {
  return {
    /** Inserts a job; with an idempotency key already present, returns the existing job and created=false. */
    async insert(job: NewJob): Promise<{ job: JobRecord; created: boolean }> {
      const [inserted] = await db
        .insert(jobs)
        .values({
          id: randomUUID(),
          name: job.name,
          payload: sql`${JSON.stringify(job.payload ?? null)}::jsonb`,
          status: 'queued',
          maxAttempts: job.maxAttempts,
          runAt: job.runAt,
          idempotencyKey: job.idempotencyKey ?? null,
        })
        .onConflictDoNothing({ target: jobs.idempotencyKey })
        .returning();
      if (inserted) return { job: inserted, created: true };
      const [existing] = await db
        .select()
        .from(jobs)
        .where(eq(jobs.idempotencyKey, job.idempotencyKey ?? ''));
      if (!existing) throw new Error('Job insert conflicted but no job holds the idempotency key');
      return { job: existing, created: false };
    },

    /** Atomically takes up to `limit` due jobs: status running, leased to `workerId`, attempts + 1. */
    async claim(req: ClaimRequest): Promise<JobRecord[]> {
      if (req.names.length === 0 || req.limit < 1) return [];
      const due = db
        .select({ id: jobs.id })
        .from(jobs)
        .where(
          and(
            inArray(jobs.status, ['queued', 'retry']),
            lte(jobs.runAt, req.now),
            inArray(jobs.name, req.names),
          ),
        )
        .orderBy(asc(jobs.runAt))
        .limit(req.limit)
        .for('update', { skipLocked: true });
      return db
        .update(jobs)
        .set({
          status: 'running',
          lockedBy: req.workerId,
          lockedUntil: req.leaseUntil,
          attempts: sql`${jobs.attempts} + 1`,
          updatedAt: req.now,
        })
        .where(and(inArray(jobs.id, due), inArray(jobs.status, ['queued', 'retry'])))
        .returning();
    },

    /** Expired leases (crashed workers): back to retry now, or dead when no attempts are left. */
    async reapExpired(now: Date): Promise<number> {
      const rows = await db
        .update(jobs)
        .set({
          status: sql`case when ${jobs.attempts} >= ${jobs.maxAttempts} then 'dead' else 'retry' end`,
          lastError: sql`'lease expired (worker ' || coalesce(${jobs.lockedBy}, '?') || ' stopped before finishing)'`,
          runAt: now,
          lockedBy: null,
          lockedUntil: null,
          updatedAt: now,
          finishedAt: sql`case when ${jobs.attempts} >= ${jobs.maxAttempts} then ${now.toISOString()}::timestamptz else null end`,
        })
        .where(and(eq(jobs.status, 'running'), lt(jobs.lockedUntil, now)))
        .returning({ id: jobs.id });
      return rows.length;
    },

    /** Extends the lease of jobs this worker is still running. */
    async extendLeases(workerId: string, ids: string[], leaseUntil: Date, now: Date): Promise<number> {
      if (ids.length === 0) return 0;
      const rows = await db
        .update(jobs)
        .set({ lockedUntil: leaseUntil, updatedAt: now })
        .where(and(inArray(jobs.id, ids), eq(jobs.lockedBy, workerId), eq(jobs.status, 'running')))
        .returning({ id: jobs.id });
      return rows.length;
    },

    /** Marks done; false when the lease was lost meanwhile (another worker owns the job now). */
    async complete(id: string, workerId: string, now: Date): Promise<boolean> {
      const rows = await db
        .update(jobs)
        .set({
          status: 'done',
          lockedBy: null,
          lockedUntil: null,
          lastError: null,
          finishedAt: now,
          updatedAt: now,
        })
        .where(owned(id, workerId))
        .returning({ id: jobs.id });
      return rows.length > 0;
    },

    /** Schedules the next attempt at `retryAt`, or dead-letters when `retryAt` is null. */
    async fail(
      id: string,
      workerId: string,
      error: string,
      retryAt: Date | null,
      now: Date,
    ): Promise<boolean> {
      const rows = await db
        .update(jobs)
        .set({
          status: retryAt ? 'retry' : 'dead',
          runAt: retryAt ?? now,
          lastError: error,
          lockedBy: null,
          lockedUntil: null,
          finishedAt: retryAt ? null : now,
          updatedAt: now,
        })
        .where(owned(id, workerId))
        .returning({ id: jobs.id });
      return rows.length > 0;
    },

    async get(id: string): Promise<JobRecord | undefined> {
      const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
      return row;
    },

    /** Newest first; for the admin view. */
    async list(filter: JobFilter): Promise<JobRecord[]> {
      const where: SQL[] = [];
      if (filter.status) where.push(eq(jobs.status, filter.status));
      if (filter.name) where.push(eq(jobs.name, filter.name));
      return db
        .select()
        .from(jobs)
        .where(where.length ? and(...where) : undefined)
        .orderBy(desc(jobs.createdAt), desc(jobs.id))
        .limit(filter.limit)
        .offset(filter.offset);
    },

    async countsByStatus(): Promise<Record<JobStatus, number>> {
      const rows = await db
        .select({ status: jobs.status, count: sql<number>`count(*)::int` })
        .from(jobs)
        .groupBy(jobs.status);
      const counts = Object.fromEntries(JOB_STATUSES.map((s) => [s, 0])) as Record<JobStatus, number>;
      for (const row of rows) if (row.status in counts) counts[row.status as JobStatus] = Number(row.count);
      return counts;
    },

    /** Gives a dead job a fresh set of attempts, due now. False when the job is not dead. */
    async retryDead(id: string, now: Date): Promise<boolean> {
      const rows = await db
        .update(jobs)
        .set({ status: 'queued', attempts: 0, runAt: now, finishedAt: null, updatedAt: now })
        .where(and(eq(jobs.id, id), eq(jobs.status, 'dead')))
        .returning({ id: jobs.id });
      return rows.length > 0;
    },

    async ping(): Promise<void> {
      await db.execute(sql`select 1`);
    },

    /** Deletes finished (done) jobs older than `before`; their idempotency keys become free again. */
    async purgeDone(before: Date): Promise<number> {
      const rows = await db
        .delete(jobs)
        .where(and(eq(jobs.status, 'done'), lt(jobs.finishedAt, before)))
        .returning({ id: jobs.id });
      return rows.length;
    },
  };
}

export type JobRepository = ReturnType<typeof jobRepository>;

function owned(id: string, workerId: string): SQL | undefined {
  return and(eq(jobs.id, id), eq(jobs.lockedBy, workerId), eq(jobs.status, 'running'));
}
