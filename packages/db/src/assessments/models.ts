import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Database } from '../client';
import { modelVersions } from '../schema-assessments';

export interface ModelVersionRow {
  kind: string;
  version: string;
  metrics: Record<string, unknown> | null;
  objectKey: string;
  promotedAt: Date | null;
  createdAt: Date;
}

/** The model registry's index: which versions exist and which one is promoted, per kind. */
export function modelVersionRepository(db: Database) {
  return {
    async promoted(kind: string): Promise<ModelVersionRow | undefined> {
      const [row] = await db
        .select()
        .from(modelVersions)
        .where(and(eq(modelVersions.kind, kind), isNotNull(modelVersions.promotedAt)))
        .orderBy(desc(modelVersions.promotedAt), desc(modelVersions.createdAt))
        .limit(1);
      return row;
    },
    async list(kind: string): Promise<ModelVersionRow[]> {
      return db
        .select()
        .from(modelVersions)
        .where(eq(modelVersions.kind, kind))
        .orderBy(desc(modelVersions.createdAt));
    },
    /** Records a version (a re-trained identical model keeps its row). */
    async insert(row: Omit<ModelVersionRow, 'promotedAt'> & { id: string }): Promise<void> {
      await db.insert(modelVersions).values(row).onConflictDoNothing();
    },
    async promote(kind: string, version: string, at: Date): Promise<void> {
      await db
        .update(modelVersions)
        .set({ promotedAt: at })
        .where(and(eq(modelVersions.kind, kind), eq(modelVersions.version, version)));
    },
  };
}
export type ModelVersionRepository = ReturnType<typeof modelVersionRepository>;
