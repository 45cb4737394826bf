/**
 * VisionModel port: what the assessment pipeline needs from a vision model.
 *
 * The embedded default is the local MobileNetV2 (tfjs, WASM backend) in `./local-vision-model`.
 * A cloud adapter implements the same interface (Rekognition Custom Labels: `./rekognition`).
 * This file imports nothing: no tfjs, no sharp.
 */

/** Decoded pixels, row-major, 8 bits per channel; RGB (3) or RGBA (4, alpha is ignored). */
export interface RgbImage {
  data: Uint8Array;
  width: number;
  height: number;
  /** Channels per pixel; 3 when omitted. */
  channels?: 3 | 4;
}

/** An encoded photo (JPEG, PNG, WebP…) or decoded pixels. */
export type VisionInput = Uint8Array | RgbImage;

/** The five classes of the bundled NSFW classifier, in the model's output order. */
export const SAFETY_CLASSES = ['Drawing', 'Hentai', 'Neutral', 'Porn', 'Sexy'] as const;
export type SafetyClass = (typeof SAFETY_CLASSES)[number];

/** Probability of each safety class (they sum to 1). */
export type SafetyScores = Record<SafetyClass, number>;

export interface VisionAnalysis {
  /** L2-normalised image embedding (1792 values for the local MobileNetV2 1.4). */
  embedding: Float32Array;
  safety: SafetyScores;
  /** Which model produced this analysis (goes into the assessment record). */
  modelId: string;
  /**
   * Crafts a trained cloud classifier (e.g. Rekognition Custom Labels) assigned directly,
   * confidence 0–1, most likely first. The local model leaves this out: the reference gallery
   * recognises the craft from `embedding` instead.
   */
  craftLabels?: { craftId: string; confidence: number }[];
}

export interface VisionModel {
  readonly modelId: string;
  /** Length of `embedding` in every analysis this model returns. */
  readonly embeddingDim: number;
  /** One forward pass: embedding and safety scores of one photo. */
  analyze(image: VisionInput): Promise<VisionAnalysis>;
}

export function isRgbImage(input: VisionInput): input is RgbImage {
  return !(input instanceof Uint8Array) && typeof (input as RgbImage).width === 'number';
}

/** A remote vision service failed; `retryable` tells the job queue whether to try the step again. */
export class VisionServiceError extends Error {
  constructor(
    message: string,
    /** The service's error name (e.g. ResourceNotReadyException, ThrottlingException). */
    readonly code: string,
    readonly retryable: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'VisionServiceError';
  }
}
