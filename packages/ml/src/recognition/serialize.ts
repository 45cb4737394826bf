import type { GalleryIndex, MethodCalibration, RecognitionMethod } from './types';
import { base64ToFloat32, float32ToBase64, l2Normalize, sumVectors } from './vector';

/**
 * JSON form of a GalleryIndex, for caching in the object store or a cache. Embeddings are
 * base64 float32 (little-endian), about 2.4 kB per 1792-d reference; centroids are rebuilt on
 * load; the calibration is kept (it is the costly part). NaN accuracies become null.
 */
export interface GalleryIndexJSON {
  format: 'shebalance.gallery-index';
  version: 1;
  dim: number;
  modelId?: string;
  k: number;
  refs: { craftId: string; embedding: string }[];
  calibration: Record<
    RecognitionMethod,
    Omit<MethodCalibration, 'looAccuracy'> & { looAccuracy: number | null }
  >;
}

export function serializeGalleryIndex(index: GalleryIndex): GalleryIndexJSON {
  const method = (m: MethodCalibration) => ({
    ...m,
    looAccuracy: Number.isFinite(m.looAccuracy) ? m.looAccuracy : null,
  });
  return {
    format: 'shebalance.gallery-index',
    version: 1,
    dim: index.dim,
    ...(index.modelId ? { modelId: index.modelId } : {}),
    k: index.k,
    refs: index.refs.map((r) => ({ craftId: r.craftId, embedding: float32ToBase64(r.embedding) })),
    calibration: { centroid: method(index.calibration.centroid), knn: method(index.calibration.knn) },
  };
}

export function deserializeGalleryIndex(json: unknown): GalleryIndex {
  const data = json as Partial<GalleryIndexJSON>;
  if (data?.format !== 'shebalance.gallery-index' || data.version !== 1) {
    throw new TypeError('Not a serialised gallery index (format/version)');
  }
  const { dim, k, refs, calibration } = data;
  if (
    !Number.isInteger(dim) ||
    !Number.isInteger(k) ||
    !Array.isArray(refs) ||
    refs.length === 0 ||
    !calibration
  ) {
    throw new TypeError('Gallery index JSON is missing dim, k, refs or calibration');
  }
  const units = refs.map((r, i) => {
    const embedding = base64ToFloat32(r.embedding);
    if (embedding.length !== dim)
      throw new TypeError(`Reference ${i} has ${embedding.length} dimensions, expected ${dim}`);
    return { craftId: r.craftId, embedding };
  });
  const groups = new Map<string, Float32Array[]>();
  for (const r of units) {
    const list = groups.get(r.craftId);
    if (list) list.push(r.embedding);
    else groups.set(r.craftId, [r.embedding]);
  }
  const crafts = [...groups.keys()].sort().map((craftId) => ({
    craftId,
    count: groups.get(craftId)!.length,
    centroid: l2Normalize(sumVectors(groups.get(craftId)!, dim!)),
  }));
  const method = (m: GalleryIndexJSON['calibration'][RecognitionMethod]): MethodCalibration => {
    for (const c of crafts)
      if (!m.thresholds[c.craftId]) throw new TypeError(`No threshold for craft ${c.craftId}`);
    return { ...m, looAccuracy: m.looAccuracy ?? NaN };
  };
  return {
    version: 1,
    dim: dim!,
    ...(data.modelId ? { modelId: data.modelId } : {}),
    k: k!,
    refs: units,
    crafts,
    calibration: { centroid: method(calibration.centroid), knn: method(calibration.knn) },
  };
}
