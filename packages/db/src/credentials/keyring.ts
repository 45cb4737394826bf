import { eq } from 'drizzle-orm';
import type { Database } from '../client';
import { issuerKeyRings } from '../schema-credentials';

/** Storage of the sealed issuer key ring (public keys in clear, current private key sealed). */
export function keyRingStore(db: Database) {
  return {
    async load(did: string): Promise<Record<string, unknown> | undefined> {
      const [row] = await db.select().from(issuerKeyRings).where(eq(issuerKeyRings.did, did));
      return row?.sealed;
    },
    /** Inserts the first ring; false when another instance stored one first (load that one instead). */
    async create(did: string, sealed: Record<string, unknown>, at: Date): Promise<boolean> {
      const rows = await db
        .insert(issuerKeyRings)
        .values({ did, sealed, createdAt: at, updatedAt: at })
        .onConflictDoNothing()
        .returning({ did: issuerKeyRings.did });
      return rows.length > 0;
    },
    async save(did: string, sealed: Record<string, unknown>, at: Date): Promise<void> {
      await db.update(issuerKeyRings).set({ sealed, updatedAt: at }).where(eq(issuerKeyRings.did, did));
    },
  };
}
export type KeyRingStore = ReturnType<typeof keyRingStore>;
