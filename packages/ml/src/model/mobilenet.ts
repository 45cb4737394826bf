import * as tf from '@tensorflow/tfjs';
import { bundledModelHandler, FEATURE_NODE, INPUT_SIZE, NSFW_MODEL_FOLDER, SAFETY_NODE } from './assets';
import { initTfBackend, type TfBackendInfo } from './backend';
import type { ModelPixels } from './preprocess';
import { SAFETY_CLASSES, type SafetyScores } from './port';

/** Identifies the model in assessment records; change it when the graph or preprocessing changes. */
export const LOCAL_MODEL_ID = `nsfwjs@4.3.0/${NSFW_MODEL_FOLDER}#feature_vector+softmax/v1`;

export interface LoadedMobileNet {
  model: tf.GraphModel;
  backend: TfBackendInfo;
  /** Length of the feature vector, read from the graph (1792). */
  embeddingDim: number;
  /** Milliseconds spent loading and warming up (paid once per process). */
  loadMs: number;
}

export interface RawForward {
  /** Raw (not normalised) pooled features. */
  features: Float32Array;
  safety: SafetyScores;
}

let loading: Promise<LoadedMobileNet> | undefined;

/** Load the bundled MobileNetV2 once per process; later calls share the same promise. */
export function loadMobileNet(): Promise<LoadedMobileNet> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined; // a failed load may be retried
    throw error;
  });
  return loading;
}

async function load(): Promise<LoadedMobileNet> {
  const started = performance.now();
  const backend = await initTfBackend();
  const model = await tf.loadGraphModel(bundledModelHandler());
  // Warm up (the first execution compiles kernels) and read the feature width from the graph.
  const warm = forwardTensors(model, new Uint8Array(INPUT_SIZE * INPUT_SIZE * 3));
  const embeddingDim = warm.features.length;
  if (warm.safety.length !== SAFETY_CLASSES.length) {
    throw new Error(`Safety head has ${warm.safety.length} outputs, expected ${SAFETY_CLASSES.length}`);
  }
  return { model, backend, embeddingDim, loadMs: performance.now() - started };
}

/** One execution of the graph, fetching the pooled features and the softmax together. */
function forwardTensors(
  model: tf.GraphModel,
  rgb: Uint8Array,
): { features: Float32Array; safety: Float32Array } {
  const scaled = new Float32Array(rgb.length);
  for (let i = 0; i < rgb.length; i++) scaled[i] = (rgb[i] ?? 0) / 255;
  const outputs = tf.tidy(
    () =>
      model.execute(tf.tensor4d(scaled, [1, INPUT_SIZE, INPUT_SIZE, 3]), [
        FEATURE_NODE,
        SAFETY_NODE,
      ]) as tf.Tensor[],
  );
  try {
    const [features, safety] = outputs;
    if (!features || !safety) throw new Error('The graph did not return both outputs');
    return { features: Float32Array.from(features.dataSync()), safety: Float32Array.from(safety.dataSync()) };
  } finally {
    tf.dispose(outputs);
  }
}

/** Run the model on 224×224 RGB pixels: raw features and safety probabilities from one pass. */
export async function forward(pixels: ModelPixels): Promise<RawForward> {
  if (pixels.size !== INPUT_SIZE || pixels.data.length !== INPUT_SIZE * INPUT_SIZE * 3) {
    throw new RangeError(`Model input must be ${INPUT_SIZE}×${INPUT_SIZE}×3 bytes`);
  }
  const { model } = await loadMobileNet();
  const out = forwardTensors(model, pixels.data);
  const safety = Object.fromEntries(
    SAFETY_CLASSES.map((name, i) => [name, out.safety[i] ?? 0]),
  ) as SafetyScores;
  return { features: out.features, safety };
}
