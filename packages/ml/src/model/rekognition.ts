import {
  DetectCustomLabelsCommand,
  RekognitionServiceException,
  type RekognitionClient,
} from '@aws-sdk/client-rekognition';
import sharp from 'sharp';
import {
  isRgbImage,
  VisionServiceError,
  type VisionAnalysis,
  type VisionInput,
  type VisionModel,
} from './port';

export { VisionServiceError };

/**
 * VisionModel adapter for an Amazon Rekognition Custom Labels model trained on the craft
 * taxonomy (the seed's design). DetectCustomLabels answers with label names and confidences
 * (0–100) but no embedding, so the adapter pairs it with a `features` model (the local
 * MobileNetV2) for the embedding the gallery, the scorer and the safety screen need; both run
 * concurrently. Import it from '@shebalance/ml/model/rekognition' so the AWS SDK loads only
 * in deployments that configure it.
 */
export interface RekognitionVisionModelOptions {
  /** A configured client (region, credentials, endpoint) from the composition root. */
  client: Pick<RekognitionClient, 'send'>;
  /** ARN of the running Custom Labels model version. */
  projectVersionArn: string;
  /** Supplies embedding and safety scores. */
  features: VisionModel;
  /** Only labels above this confidence, in percent (default 0: all labels, we rank them). */
  minConfidence?: number;
  /** At most this many labels (default 5). */
  maxResults?: number;
  /** Map a Custom Labels label name to a craft id; undefined drops the label. Default: as is. */
  labelToCraftId?: (label: string) => string | undefined;
}

/** Rekognition takes JPEG or PNG bytes up to 4 MB for DetectCustomLabels. */
export const MAX_IMAGE_BYTES = 4 * 1024 * 1024;
const MAX_EDGE = 1600;

const RETRYABLE = new Set([
  'ThrottlingException',
  'ProvisionedThroughputExceededException',
  'InternalServerError',
  'ServiceUnavailableException',
  'LimitExceededException',
]);

function isJpegOrPng(bytes: Uint8Array): boolean {
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  const png = bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47;
  return jpeg || png;
}

/** The bytes to send: the photo itself when it is a JPEG/PNG within the limit, else a JPEG. */
export async function encodeForRekognition(image: VisionInput): Promise<Uint8Array> {
  if (!isRgbImage(image) && isJpegOrPng(image) && image.length <= MAX_IMAGE_BYTES) return image;
  const input = isRgbImage(image)
    ? sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels ?? 3 } })
    : sharp(image, { failOn: 'error' }).rotate();
  return input
    .resize(MAX_EDGE, MAX_EDGE, { fit: 'inside', withoutEnlargement: true })
    .removeAlpha()
    .jpeg({ quality: 88 })
    .toBuffer();
}

export class RekognitionVisionModel implements VisionModel {
  readonly modelId: string;

  constructor(private readonly options: RekognitionVisionModelOptions) {
    this.modelId = `rekognition-custom-labels:${options.projectVersionArn}+${options.features.modelId}`;
  }

  get embeddingDim(): number {
    return this.options.features.embeddingDim;
  }

  async analyze(image: VisionInput): Promise<VisionAnalysis> {
    const [labels, features] = await Promise.all([this.detect(image), this.options.features.analyze(image)]);
    return { ...features, modelId: this.modelId, craftLabels: labels };
  }

  private async detect(image: VisionInput): Promise<{ craftId: string; confidence: number }[]> {
    const { client, projectVersionArn, minConfidence = 0, maxResults = 5 } = this.options;
    const toCraft = this.options.labelToCraftId ?? ((label: string) => label);
    const command = new DetectCustomLabelsCommand({
      ProjectVersionArn: projectVersionArn,
      Image: { Bytes: await encodeForRekognition(image) },
      MinConfidence: minConfidence,
      MaxResults: maxResults,
    });
    let response;
    try {
      response = await client.send(command);
    } catch (error) {
      const code = error instanceof RekognitionServiceException ? error.name : 'NetworkError';
      const retryable =
        RETRYABLE.has(code) ||
        code === 'NetworkError' ||
        (error as { $retryable?: unknown }).$retryable != null;
      throw new VisionServiceError(`Rekognition DetectCustomLabels failed: ${code}`, code, retryable, {
        cause: error,
      });
    }
    const best = new Map<string, number>();
    for (const label of response.CustomLabels ?? []) {
      const craftId = label.Name ? toCraft(label.Name) : undefined;
      const confidence = Math.min(1, Math.max(0, (label.Confidence ?? 0) / 100));
      if (craftId && confidence > (best.get(craftId) ?? -1)) best.set(craftId, confidence);
    }
    return [...best]
      .map(([craftId, confidence]) => ({ craftId, confidence }))
      .sort((a, b) => b.confidence - a.confidence);
  }
}
