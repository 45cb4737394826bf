import { analyzeImage } from '@shebalance/ml/model/index';
import { isExplicit } from '@shebalance/ml/model/index';
import {
  decodeForAnalysis,
  normalizeImage,
  type NormalizedImage,
  type NormalizeOptions,
} from '@shebalance/ml/image/index';
import { recognize, type GalleryIndex } from '@shebalance/ml/recognition/index';
import { analysePhoto, assessSkill, RuleScorer, type PhotoAnalysis } from '@shebalance/ml/scoring/index';
import { estimateMarketValue } from '@shebalance/ml/value/index';
import { feedbackKeys } from '@shebalance/ml/feedback/index';
import { getCraft } from '@shebalance/core';
import type { BenchStep, PhotoContext } from './steps';

/** Stored photo size at intake (wiring/vision.ts): ≥ 2× smaller, so JPEG shrink-on-load applies. */
const STORED: NormalizeOptions['sizes'] = { maxLongEdge: 1600 };
const scorer = new RuleScorer();

/** Synthetic craft → taxonomy craft priced by the value step. */
const PRICED: Record<string, string> = {
  'woven-checks': 'handloom-weaving',
  'pottery-rings': 'pottery',
  'tie-dye-dots': 'bandhani',
};

interface AssessmentContext extends PhotoContext {
  normalized?: NormalizedImage;
  photo?: PhotoAnalysis;
}

/**
 * The per-photo path of a real assessment, as the server runs it: intake (HTTP request) → the
 * pipeline job's safety screen + embedding on the stored photo → quality gate, perceptual hashes
 * and evidence on a re-decoded analysis buffer → recognition → scoring, level, market value and
 * feedback (one-photo assessment).
 */
export function assessmentSteps(index: GalleryIndex): BenchStep[] {
  return [
    {
      name: 'intake: orient + strip + 1600 JPEG + thumb (sharp)',
      run: async (ctx: AssessmentContext) => {
        ctx.normalized = await normalizeImage(ctx.bytes, { sizes: STORED });
      },
    },
    {
      name: 'safety + embedding (one forward pass)',
      run: async (ctx: AssessmentContext) => {
        ctx.analysis = await analyzeImage(ctx.normalized!.image.data);
        ctx.explicit = isExplicit(ctx.analysis.safety);
      },
    },
    {
      name: 'decode 512 + quality gate + pHash/dHash + evidence',
      run: async (ctx: AssessmentContext) => {
        const analysis = await decodeForAnalysis(ctx.normalized!.image.data);
        const source = ctx.normalized!.analysis;
        ctx.photo = analysePhoto({
          ...analysis,
          sourceWidth: source.sourceWidth,
          sourceHeight: source.sourceHeight,
        });
      },
    },
    {
      name: 'recognize (gallery)',
      run: async (ctx) => {
        ctx.recognition = recognize(index, ctx.analysis!.embedding);
      },
    },
    {
      name: 'score + level + value + feedback',
      run: async (ctx: AssessmentContext) => {
        const p = ctx.photo!;
        if (!p.evidence) throw new Error(`photo failed the quality gate: ${p.quality.problems.join(', ')}`);
        const skill = assessSkill(
          [{ features: p.evidence.features, quality: p.quality.score, embedding: ctx.analysis!.embedding }],
          scorer,
        );
        const craft = getCraft(PRICED[ctx.recognition!.nearestCraftId ?? ''] ?? 'pottery')!;
        ctx.value = estimateMarketValue({
          craft,
          complexity: skill.scores.complexity,
          quality: skill.scores.quality,
          level: skill.level,
        });
        ctx.feedback = feedbackKeys(skill.scores, skill.evidence, { photoCount: 1 });
      },
    },
  ];
}
