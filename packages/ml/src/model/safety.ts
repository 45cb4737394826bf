import type { SafetyScores } from './port';

/**
 * Safety policy over the five NSFW probabilities.
 *
 * - `explicit` = Porn + Hentai. These two classes are sexual acts or exposed genitals (photo or
 *   drawn); their sum is what we reject on.
 * - `Sexy` (revealing but not explicit) is common in honest craft photos: a saree or blouse with
 *   embroidery shows skin, a model's midriff, a bare arm with bangles. Sexy alone never rejects
 *   unless the model is near-certain; a middle band only asks a reviewer to look.
 * - Drawing and Neutral never count against a photo (paintings such as madhubani or kalighat are
 *   "Drawing").
 *
 * Rules, in order (defaults in DEFAULT_SAFETY_POLICY):
 *   1. explicit ≥ rejectExplicit (0.60)                                    → reject
 *   2. explicit ≥ rejectExplicitWithSexy (0.35) and explicit + Sexy ≥ 0.90 → reject
 *   3. Sexy ≥ rejectSexy (0.97)                                            → reject
 *   4. explicit ≥ reviewExplicit (0.25) or Sexy ≥ reviewSexy (0.80)        → review (scored, flagged)
 *   5. otherwise                                                           → allow
 */
export interface SafetyPolicy {
  rejectExplicit: number;
  rejectExplicitWithSexy: number;
  rejectExplicitPlusSexy: number;
  rejectSexy: number;
  reviewExplicit: number;
  reviewSexy: number;
}

export const DEFAULT_SAFETY_POLICY: Readonly<SafetyPolicy> = Object.freeze({
  rejectExplicit: 0.6,
  rejectExplicitWithSexy: 0.35,
  rejectExplicitPlusSexy: 0.9,
  rejectSexy: 0.97,
  reviewExplicit: 0.25,
  reviewSexy: 0.8,
});

export type SafetyVerdict = 'allow' | 'review' | 'reject';

export type SafetyRule = 'explicit' | 'explicit-and-sexy' | 'sexy' | 'borderline' | 'none';

export interface SafetyDecision {
  verdict: SafetyVerdict;
  /** Which rule decided (for logs and reviewer notes; never shown to the artisan). */
  rule: SafetyRule;
  /** Porn + Hentai. */
  explicit: number;
  sexy: number;
}

export function assessSafety(
  probs: SafetyScores,
  policy: SafetyPolicy = DEFAULT_SAFETY_POLICY,
): SafetyDecision {
  const explicit = probs.Porn + probs.Hentai;
  const sexy = probs.Sexy;
  const decide = (verdict: SafetyVerdict, rule: SafetyRule): SafetyDecision => ({
    verdict,
    rule,
    explicit,
    sexy,
  });
  if (explicit >= policy.rejectExplicit) return decide('reject', 'explicit');
  if (explicit >= policy.rejectExplicitWithSexy && explicit + sexy >= policy.rejectExplicitPlusSexy) {
    return decide('reject', 'explicit-and-sexy');
  }
  if (sexy >= policy.rejectSexy) return decide('reject', 'sexy');
  if (explicit >= policy.reviewExplicit || sexy >= policy.reviewSexy) return decide('review', 'borderline');
  return decide('allow', 'none');
}

/** True when the photo must be rejected as sexually explicit (rules 1–3 above). */
export function isExplicit(probs: SafetyScores, policy: SafetyPolicy = DEFAULT_SAFETY_POLICY): boolean {
  return assessSafety(probs, policy).verdict === 'reject';
}

/** The most probable class and its probability. */
export function topSafetyClass(probs: SafetyScores): { name: keyof SafetyScores; probability: number } {
  let best: { name: keyof SafetyScores; probability: number } = { name: 'Neutral', probability: -1 };
  for (const [name, probability] of Object.entries(probs) as [keyof SafetyScores, number][]) {
    if (probability > best.probability) best = { name, probability };
  }
  return best;
}
