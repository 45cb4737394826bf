import { forward, LOCAL_MODEL_ID } from './mobilenet';
import { isRgbImage, type RgbImage, type SafetyScores, type VisionAnalysis, type VisionInput } from './port';
import { decodeForModel, pixelsForModel } from './preprocess';
import { l2Normalize } from './vector';

/**
 * Embedding and safety scores of one photo from a single forward pass of the local model.
 * Accepts an encoded photo (JPEG/PNG/WebP, decoded and EXIF-rotated with sharp) or RGB pixels.
 */
export async function analyzeImage(image: VisionInput): Promise<VisionAnalysis> {
  const pixels = isRgbImage(image) ? await pixelsForModel(image) : await decodeForModel(image);
  const { features, safety } = await forward(pixels);
  return { embedding: l2Normalize(features), safety, modelId: LOCAL_MODEL_ID };
}

/** L2-normalised 1792-d embedding of decoded RGB pixels. */
export async function embed(rgb: RgbImage): Promise<Float32Array> {
  return (await analyzeImage(rgb)).embedding;
}

/** L2-normalised embedding of an encoded photo (JPEG, PNG, WebP…). */
export async function embedFromImage(image: Uint8Array): Promise<Float32Array> {
  return (await analyzeImage(image)).embedding;
}

/** The five NSFW class probabilities of a photo (encoded or RGB). */
export async function classifySafety(image: VisionInput): Promise<SafetyScores> {
  return (await analyzeImage(image)).safety;
}
