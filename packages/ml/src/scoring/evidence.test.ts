import { beforeAll, describe, expect, it } from 'vitest';
import { normalizeImage } from '../image/normalize';
import { synthesizeCraftPhoto, type SyntheticCraftOptions } from '../image/synthetic';
import { analysePhoto } from './analyse';
import { EVIDENCE_NAMES, type EvidenceFeatures } from './evidence';
import { RuleScorer } from './rules';

async function evidenceOf(options: Partial<SyntheticCraftOptions>): Promise<EvidenceFeatures> {
  const photo = await synthesizeCraftPhoto({ width: 1000, height: 750, ...options });
  const analysis = analysePhoto((await normalizeImage(photo)).analysis);
  expect(analysis.quality.ok).toBe(true);
  return analysis.evidence!.features;
}

describe('evidence features on generated work', () => {
  const e: Record<string, EvidenceFeatures> = {};
  beforeAll(async () => {
    e.grid = await evidenceOf({});
    e.scatter = await evidenceOf({ layout: 'scatter' });
    e.dense = await evidenceOf({ repeats: 8 });
    e.sparse = await evidenceOf({ repeats: 2 });
    e.mono = await evidenceOf({ palette: ['#8a1c1c', '#8a1c1c'] });
  });

  it('are named, in 0–1', () => {
    for (const f of Object.values(e)) {
      expect(Object.keys(f).sort()).toEqual([...EVIDENCE_NAMES].sort());
      for (const v of Object.values(f)) expect(v >= 0 && v <= 1).toBe(true);
    }
  });

  it('see regular, symmetric repeats', () => {
    expect(e.grid!.patternRegularity).toBeGreaterThan(0.8);
    expect(e.scatter!.patternRegularity).toBeLessThan(0.4);
    expect(e.grid!.symmetry).toBeGreaterThan(e.scatter!.symmetry + 0.4);
  });

  it('see denser, more detailed work', () => {
    expect(e.dense!.edgeDensity).toBeGreaterThan(e.sparse!.edgeDensity + 0.2);
    expect(e.dense!.detailAcrossScales).toBeGreaterThan(e.sparse!.detailAcrossScales + 0.1);
  });

  it('see colour', () => {
    expect(e.grid!.colourRichness).toBeGreaterThan(e.mono!.colourRichness + 0.3);
  });

  it('drive the rules scorer the expected way', () => {
    const scorer = new RuleScorer();
    const [grid, scatter, dense, sparse] = [e.grid!, e.scatter!, e.dense!, e.sparse!].map((features) =>
      scorer.score({ features }),
    );
    expect(grid!.technique).toBeGreaterThan(scatter!.technique + 15);
    expect(dense!.complexity).toBeGreaterThan(sparse!.complexity + 15);
  });
});
