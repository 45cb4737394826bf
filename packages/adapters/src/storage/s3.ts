import type { Clock, ObjectStore, StoredObject } from '@shebalance/core';
import { assertValidObjectKey, assertValidPrefix } from './keys';

import type * as S3Sdk from '@aws-sdk/client-s3';

type S3Module = typeof S3Sdk;
type S3Client = S3Sdk.S3Client;

export interface S3ObjectStoreOptions {
  bucket: string;
  region: string;
  /** For S3-compatible stores (MinIO, s3rver, R2…); leave unset for AWS S3. */
  endpoint?: string;
  forcePathStyle?: boolean;
  /** Leave unset on AWS to use the default provider chain (instance/task role, env, profile). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Signing time source for presigned URLs (tests); the system clock by default. */
  clock?: Clock;
}

export interface S3ObjectStore extends ObjectStore {
  readonly kind: 's3';
  readonly bucket: string;
  /** A presigned GET URL for `key`, valid `ttlSeconds` (max 7 days), served by S3 itself. */
  presignedUrl(key: string, ttlSeconds: number): Promise<string>;
  /** Creates the bucket when it does not exist (development and tests; production buckets come from infra). */
  ensureBucket(): Promise<void>;
  /** Releases the HTTP connections. */
  close(): void;
}

const MAX_PRESIGN_SECONDS = 7 * 24 * 3600;

/**
 * ObjectStore on Amazon S3 or any S3-compatible server. The AWS SDK is imported on first use, so a
 * deployment on local files never loads it.
 */
export function s3ObjectStore(options: S3ObjectStoreOptions): S3ObjectStore {
  const { bucket } = options;
  let loaded: Promise<{ s3: S3Module; client: S3Client }> | undefined;

  const load = () =>
    (loaded ??= import('@aws-sdk/client-s3').then((s3) => ({
      s3,
      client: new s3.S3Client({
        region: options.region,
        ...(options.endpoint ? { endpoint: options.endpoint } : {}),
        forcePathStyle: options.forcePathStyle ?? false,
        ...(options.credentials ? { credentials: options.credentials } : {}),
      }),
    })));

  return {
    kind: 's3',
    bucket,

    async put(key, body, contentType) {
      const { s3, client } = await load();
      await client.send(
        new s3.PutObjectCommand({
          Bucket: bucket,
          Key: assertValidObjectKey(key),
          Body: body,
          ContentType: contentType || 'application/octet-stream',
          ContentLength: body.length,
        }),
      );
    },

    async get(key): Promise<StoredObject | undefined> {
      const { s3, client } = await load();
      try {
        const res = await client.send(
          new s3.GetObjectCommand({ Bucket: bucket, Key: assertValidObjectKey(key) }),
        );
        const body = Buffer.from((await res.Body?.transformToByteArray()) ?? new Uint8Array());
        return { body, contentType: res.ContentType ?? 'application/octet-stream', size: body.length };
      } catch (err) {
        if (isMissing(err)) return undefined;
        throw err;
      }
    },

    async delete(key) {
      const { s3, client } = await load();
      await client.send(new s3.DeleteObjectCommand({ Bucket: bucket, Key: assertValidObjectKey(key) }));
    },

    async exists(key) {
      const { s3, client } = await load();
      try {
        await client.send(new s3.HeadObjectCommand({ Bucket: bucket, Key: assertValidObjectKey(key) }));
        return true;
      } catch (err) {
        if (isMissing(err)) return false;
        throw err;
      }
    },

    async list(prefix) {
      const { s3, client } = await load();
      assertValidPrefix(prefix);
      const keys: string[] = [];
      let token: string | undefined;
      do {
        const page = await client.send(
          new s3.ListObjectsV2Command({
            Bucket: bucket,
            Prefix: prefix || undefined,
            ContinuationToken: token,
          }),
        );
        for (const item of page.Contents ?? []) if (item.Key) keys.push(item.Key);
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      } while (token);
      return keys.sort();
    },

    async presignedUrl(key, ttlSeconds) {
      if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > MAX_PRESIGN_SECONDS) {
        throw new RangeError(`ttlSeconds must be an integer between 1 and ${MAX_PRESIGN_SECONDS}`);
      }
      const [{ s3, client }, { getSignedUrl }] = await Promise.all([
        load(),
        import('@aws-sdk/s3-request-presigner'),
      ]);
      const command = new s3.GetObjectCommand({ Bucket: bucket, Key: assertValidObjectKey(key) });
      return getSignedUrl(client, command, {
        expiresIn: ttlSeconds,
        ...(options.clock ? { signingDate: options.clock.now() } : {}),
      });
    },

    async ensureBucket() {
      const { s3, client } = await load();
      try {
        await client.send(new s3.HeadBucketCommand({ Bucket: bucket }));
      } catch (err) {
        if (!isMissing(err)) throw err;
        await client.send(new s3.CreateBucketCommand({ Bucket: bucket }));
      }
    },

    close() {
      void loaded?.then(({ client }) => client.destroy());
    },
  };
}

function isMissing(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } } | undefined;
  if (e?.name === 'NoSuchBucket') return false;
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404;
}
