import { analyzeImage } from './analyze';
import { LOCAL_MODEL_ID, loadMobileNet, type LoadedMobileNet } from './mobilenet';
import type { VisionAnalysis, VisionInput, VisionModel } from './port';

/**
 * The embedded-default VisionModel: MobileNetV2 1.4 from nsfwjs on tfjs (WASM backend).
 * Create it with `createLocalVisionModel()`, which loads the model (once per process) so the
 * first analysis does not pay for it.
 */
export class LocalVisionModel implements VisionModel {
  readonly modelId = LOCAL_MODEL_ID;

  constructor(private readonly loaded: LoadedMobileNet) {}

  get embeddingDim(): number {
    return this.loaded.embeddingDim;
  }

  /** Which tfjs backend runs the model ('wasm', or 'cpu' when WASM could not start). */
  get backend(): LoadedMobileNet['backend'] {
    return this.loaded.backend;
  }

  analyze(image: VisionInput): Promise<VisionAnalysis> {
    return analyzeImage(image);
  }
}

export async function createLocalVisionModel(): Promise<LocalVisionModel> {
  return new LocalVisionModel(await loadMobileNet());
}
