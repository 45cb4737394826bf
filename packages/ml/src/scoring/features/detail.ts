import { halvePlane, laplacian, type Plane } from '../../image/analysis';

export interface DetailMeasure {
  /** Mean |Laplacian| of luma at each pyramid level (level 0 = analysis scale, each next halves). */
  bandEnergy: number[];
}

export const DETAIL_LEVELS = 4;

/** Band-pass energy across scales: fine stitches show at level 0, motifs at 1–2, layout at 3. */
export function measureDetail(luma: Plane): DetailMeasure {
  const bandEnergy: number[] = [];
  let level = luma;
  for (let l = 0; l < DETAIL_LEVELS; l++) {
    const lap = laplacian(level).data;
    let sum = 0;
    for (const v of lap) sum += Math.abs(v);
    bandEnergy.push(sum / Math.max(1, lap.length));
    if (level.width < 8 || level.height < 8) break;
    level = halvePlane(level);
  }
  return { bandEnergy };
}
