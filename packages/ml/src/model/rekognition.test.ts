import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { RekognitionClient } from '@aws-sdk/client-rekognition';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticCraftPhoto } from '../recognition/synthetic';
import { createLocalVisionModel, type LocalVisionModel } from './local-vision-model';
import { encodeForRekognition, RekognitionVisionModel, VisionServiceError } from './rekognition';

const ARN = 'arn:aws:rekognition:ap-south-1:123456789012:project/crafts/version/crafts.2026-01-01/1';

interface Seen {
  target: string | undefined;
  authorization: string | undefined;
  body: { ProjectVersionArn: string; Image: { Bytes: string }; MinConfidence: number; MaxResults: number };
}

/** A local stand-in for the Rekognition endpoint speaking its JSON 1.1 wire format. */
function fakeRekognition(reply: (seen: Seen) => { status: number; body: unknown }) {
  const seen: Seen[] = [];
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const s: Seen = {
        target: req.headers['x-amz-target'] as string | undefined,
        authorization: req.headers.authorization,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      };
      seen.push(s);
      const { status, body } = reply(s);
      res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
      res.end(JSON.stringify(body));
    });
  });
  return { server, seen };
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const clientFor = (endpoint: string) =>
  new RekognitionClient({
    region: 'ap-south-1',
    endpoint,
    credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test-secret' },
    maxAttempts: 1,
  });

describe('RekognitionVisionModel (Custom Labels wire format, local fake endpoint)', () => {
  let local: LocalVisionModel;
  let photo: Buffer;
  const ok = fakeRekognition(() => ({
    status: 200,
    body: {
      CustomLabels: [
        { Name: 'Kantha', Confidence: 62.5 },
        { Name: 'Phulkari', Confidence: 91.25 },
        { Name: 'Background', Confidence: 99 },
      ],
    },
  }));
  const notReady = fakeRekognition(() => ({
    status: 400,
    body: { __type: 'ResourceNotReadyException', Message: 'The model version is not running' },
  }));
  const throttled = fakeRekognition(() => ({
    status: 400,
    body: { __type: 'ThrottlingException', Message: 'Slow down' },
  }));
  const urls: Record<string, string> = {};

  beforeAll(async () => {
    local = await createLocalVisionModel();
    photo = await syntheticCraftPhoto('tie-dye-dots', 3, { format: 'jpeg' });
    urls.ok = await listen(ok.server);
    urls.notReady = await listen(notReady.server);
    urls.throttled = await listen(throttled.server);
  });
  afterAll(() => {
    for (const { server } of [ok, notReady, throttled]) server.close();
  });

  it('sends a signed DetectCustomLabels request and maps the labels to crafts', async () => {
    const model = new RekognitionVisionModel({
      client: clientFor(urls.ok!),
      projectVersionArn: ARN,
      features: local,
      minConfidence: 50,
      labelToCraftId: (name) => (name === 'Background' ? undefined : name.toLowerCase()),
    });
    const result = await model.analyze(photo);
    expect(result.craftLabels).toEqual([
      { craftId: 'phulkari', confidence: 0.9125 },
      { craftId: 'kantha', confidence: 0.625 },
    ]);
    expect(result.modelId).toBe(`rekognition-custom-labels:${ARN}+${local.modelId}`);
    // Embedding and safety come from the features model.
    const localResult = await local.analyze(photo);
    expect(Array.from(result.embedding)).toEqual(Array.from(localResult.embedding));
    expect(result.safety).toEqual(localResult.safety);
    expect(model.embeddingDim).toBe(1792);

    const request = ok.seen.at(-1)!;
    expect(request.target).toBe('RekognitionService.DetectCustomLabels');
    expect(request.authorization).toMatch(
      /^AWS4-HMAC-SHA256 Credential=AKIDTEST\/\d{8}\/ap-south-1\/rekognition\//,
    );
    expect(request.body).toMatchObject({ ProjectVersionArn: ARN, MinConfidence: 50, MaxResults: 5 });
    expect(Buffer.from(request.body.Image.Bytes, 'base64').equals(photo)).toBe(true);
  });

  it('turns service errors into VisionServiceError, retryable only when it helps to retry', async () => {
    const fails = (url: string) =>
      new RekognitionVisionModel({ client: clientFor(url), projectVersionArn: ARN, features: local }).analyze(
        photo,
      );
    const notRunning = await fails(urls.notReady!).catch((e: unknown) => e);
    expect(notRunning).toBeInstanceOf(VisionServiceError);
    expect(notRunning).toMatchObject({ code: 'ResourceNotReadyException', retryable: false });
    await expect(fails(urls.throttled!)).rejects.toMatchObject({
      code: 'ThrottlingException',
      retryable: true,
    });
  });

  it('sends JPEG/PNG photos as they are and re-encodes pixels and other formats as JPEG', async () => {
    expect(await encodeForRekognition(photo)).toBe(photo);
    const webp = await sharp(photo).webp().toBuffer();
    const { data, info } = await sharp(photo).raw().toBuffer({ resolveWithObject: true });
    for (const input of [webp, { data, width: info.width, height: info.height }]) {
      const sent = await encodeForRekognition(input);
      expect((await sharp(sent).metadata()).format).toBe('jpeg');
    }
  });
});
