/**
 * Visual similarity inputs: one vector per side, computed once. A set of photo embeddings becomes the
 * mean of their L2-normalised vectors (so every photo counts the same whatever its norm); the match
 * feature is then the cosine of her portfolio centroid and the buyer's reference centroid
 * (`similarityFeature`), clamped to 0–1. For the vision model's non-negative (post-ReLU) features the
 * cosine is already in 0–1.
 */
export function embeddingCentroid(vectors: readonly Float32Array[]): Float32Array | null {
  const dim = vectors[0]?.length ?? 0;
  if (dim === 0) return null;
  const sum = new Float64Array(dim);
  let used = 0;
  for (const v of vectors) {
    if (v.length !== dim) continue;
    let norm = 0;
    for (let i = 0; i < dim; i++) norm += v[i]! * v[i]!;
    if (norm === 0) continue;
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < dim; i++) sum[i] = sum[i]! + v[i]! * inv;
    used++;
  }
  if (used === 0) return null;
  const out = new Float32Array(dim);
  for (let i = 0; i < dim; i++) out[i] = sum[i]! / used;
  return out;
}

/** The reference centroid of a request's screened photos, for the model most of them were embedded with. */
export function referenceCentroid(
  photos: readonly { embedding: Float32Array; modelId: string }[],
): { modelId: string; vector: Float32Array } | null {
  if (photos.length === 0) return null;
  const counts = new Map<string, number>();
  for (const p of photos) counts.set(p.modelId, (counts.get(p.modelId) ?? 0) + 1);
  const modelId = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  const vector = embeddingCentroid(photos.filter((p) => p.modelId === modelId).map((p) => p.embedding));
  return vector ? { modelId, vector } : null;
}
