import { createRequire } from 'node:module';
import path from 'node:path';
import type { io } from '@tensorflow/tfjs';

/**
 * The MobileNetV2 (depth multiplier 1.4, 224×224) graph model that ships inside nsfwjs@4 as
 * `dist/models/mobilenet_v2_mid/`: a `model.min.js` bundle holding the graph (model.json) and
 * `group1-shardNofM.min.js` bundles holding the weight shards as base64. They are CommonJS
 * modules on disk; we read them with `require` from the package folder (never the network),
 * decode the shards with Buffer and hand tfjs the artifacts through a custom IO handler.
 */
export const NSFW_MODEL_FOLDER = 'mobilenet_v2_mid';

/** Graph node holding the global-average-pooled 1792-d features (input of the classifier). */
export const FEATURE_NODE =
  'StatefulPartitionedCall/sequential/keras_layer/StatefulPartitionedCall/StatefulPartitionedCall/StatefulPartitionedCall/predict/feature_vector/SpatialSqueeze';
/** Graph node holding the 5 softmax probabilities (Drawing, Hentai, Neutral, Porn, Sexy). */
export const SAFETY_NODE = 'Identity';
/** Input side of the graph: NHWC float32 in [0, 1] (the graph itself maps it to [-1, 1]). */
export const INPUT_SIZE = 224;

interface ModelJson {
  format?: string;
  generatedBy?: string;
  convertedBy?: string;
  userDefinedMetadata?: io.ModelArtifacts['userDefinedMetadata'];
  modelTopology: { node?: { name: string; op: string }[] };
  weightsManifest: io.WeightsManifestConfig;
}

const require = createRequire(import.meta.url);

/** Absolute folder of the bundled model inside node_modules/nsfwjs. */
export function nsfwModelDir(folder = NSFW_MODEL_FOLDER): string {
  // nsfwjs' `exports` hides package.json; its CommonJS entry is <root>/dist/cjs/index.js.
  const root = path.resolve(path.dirname(require.resolve('nsfwjs')), '..', '..');
  return path.join(root, 'dist', 'models', folder);
}

/** Load a bundled CommonJS module and drop it from require's cache (the strings are large). */
function requireOnce<T>(file: string): T {
  const resolved = require.resolve(file);
  try {
    return require(resolved) as T;
  } finally {
    delete require.cache[resolved];
  }
}

/** Read the graph and weights from disk into tfjs model artifacts. */
export function readModelArtifacts(dir = nsfwModelDir()): io.ModelArtifacts {
  const json = requireOnce<ModelJson>(path.join(dir, 'model.min.js'));
  if (json.format !== 'graph-model' || !json.modelTopology.node) {
    throw new Error(`Expected a tfjs graph model in ${dir}, found format ${String(json.format)}`);
  }
  const shards: Buffer[] = [];
  const weightSpecs: io.WeightsManifestEntry[] = [];
  for (const group of json.weightsManifest) {
    for (const shardPath of group.paths) {
      const base64 = requireOnce<unknown>(path.join(dir, `${shardPath}.min.js`));
      if (typeof base64 !== 'string') throw new Error(`Weight shard ${shardPath} is not a base64 string`);
      shards.push(Buffer.from(base64, 'base64'));
    }
    weightSpecs.push(...group.weights);
  }
  const weights = Buffer.concat(shards);
  return {
    modelTopology: json.modelTopology,
    format: json.format,
    generatedBy: json.generatedBy,
    convertedBy: json.convertedBy,
    userDefinedMetadata: json.userDefinedMetadata,
    weightSpecs,
    // A standalone ArrayBuffer holding exactly the weight bytes.
    weightData: weights.buffer.slice(
      weights.byteOffset,
      weights.byteOffset + weights.byteLength,
    ) as ArrayBuffer,
  };
}

/** A tfjs IO handler that loads the bundled model from disk. */
export function bundledModelHandler(dir = nsfwModelDir()): io.IOHandler {
  return { load: async () => readModelArtifacts(dir) };
}
