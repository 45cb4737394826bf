import { embeddingCentroid } from '@shebalance/core/earn/index';
import { sql, type SQL } from 'drizzle-orm';
import { decodeEmbedding, encodeEmbedding } from '../assessments/codec';
import type { Database } from '../client';
import { portfolioCentroids } from '../schema-earn';

const rowsOf = <T>(result: unknown): T[] =>
  (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
const list = (ids: readonly string[]): SQL =>
  sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  );

/** Her portfolio: photos of her scored assessments that passed the quality gate, embedded by `modelId`. */
const portfolioPhotos = (ids: readonly string[], modelId: string) => sql`
  from assessment_photos p join assessments s on s.id = p.assessment_id
  where s.status = 'scored' and s.vision_model = ${modelId} and p.embedding is not null
    and coalesce((p.quality ->> 'ok')::boolean, false) and p.artisan_id in (${list(ids)})`;

/**
 * Portfolio centroids of the given artisans for one vision model, precomputed in
 * `earn_portfolio_centroids` and recomputed only when her set of portfolio photos changed (a cheap
 * signature query; no embedding is read for an up-to-date artisan). Artisans without a portfolio are
 * absent from the map (the feature is neutral for them).
 */
export async function portfolioCentroidsFor(
  db: Database,
  artisanIds: readonly string[],
  modelId: string,
  now: Date,
): Promise<Map<string, Float32Array>> {
  const out = new Map<string, Float32Array>();
  if (!artisanIds.length) return out;
  const current = rowsOf<{ id: string; n: number; sig: string }>(
    await db.execute(sql`
      select p.artisan_id as id, count(*)::int as n,
             md5(string_agg(p.id::text, ',' order by p.id)) as sig
      ${portfolioPhotos(artisanIds, modelId)}
      group by p.artisan_id`),
  );
  if (!current.length) return out;
  const ids = current.map((r) => r.id);
  const stored = rowsOf<{ id: string; centroid: string; signature: string }>(
    await db.execute(sql`
      select artisan_id as id, centroid, signature from earn_portfolio_centroids
      where model_id = ${modelId} and artisan_id in (${list(ids)})`),
  );
  const storedBy = new Map(stored.map((r) => [r.id, r]));
  const stale: { id: string; n: number; signature: string }[] = [];
  for (const r of current) {
    const signature = `${r.n}:${r.sig}`;
    const s = storedBy.get(r.id);
    if (s && s.signature === signature) out.set(r.id, decodeEmbedding(s.centroid));
    else stale.push({ id: r.id, n: Number(r.n), signature });
  }
  if (!stale.length) return out;
  const photos = rowsOf<{ id: string; embedding: string }>(
    await db.execute(sql`select p.artisan_id as id, p.embedding
      ${portfolioPhotos(
        stale.map((s) => s.id),
        modelId,
      )}`),
  );
  const byArtisan = new Map<string, Float32Array[]>();
  for (const p of photos) {
    const vs = byArtisan.get(p.id) ?? [];
    vs.push(decodeEmbedding(p.embedding));
    byArtisan.set(p.id, vs);
  }
  for (const s of stale) {
    const centroid = embeddingCentroid(byArtisan.get(s.id) ?? []);
    if (!centroid) continue;
    out.set(s.id, centroid);
    const values = {
      artisanId: s.id,
      modelId,
      centroid: encodeEmbedding(centroid),
      photos: s.n,
      signature: s.signature,
      updatedAt: now,
    };
    await db
      .insert(portfolioCentroids)
      .values(values)
      .onConflictDoUpdate({
        target: [portfolioCentroids.artisanId, portfolioCentroids.modelId],
        set: { centroid: values.centroid, photos: s.n, signature: s.signature, updatedAt: now },
      });
  }
  return out;
}
