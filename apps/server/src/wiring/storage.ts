import { hkdfSync } from 'node:crypto';
import { join } from 'node:path';
import type { Clock, ObjectStore } from '@shebalance/core';
import { localObjectStore, mediaUrlSigner, s3ObjectStore } from '@shebalance/adapters/storage/index';
import type { Config } from '../config';

export interface Storage {
  store: ObjectStore & { close?(): Promise<void> | void };
  /** A link a browser can fetch: an S3 presigned URL, or our own signed, expiring /api/v1/media URL. */
  urlFor(key: string): Promise<string>;
  signingSecret: Buffer;
}

/** Derives the media-link key from the server pepper, so no extra secret has to be configured. */
export const mediaSigningSecret = (pepper: string) =>
  Buffer.from(hkdfSync('sha256', pepper, 'shebalance', 'media-url-v1', 32));

export function createStorage(config: Config, pepper: string, clock: Clock): Storage {
  const store: ObjectStore & {
    close?(): Promise<void> | void;
    presignedUrl?(key: string, ttl: number): Promise<string>;
  } =
    config.STORAGE_DRIVER === 's3'
      ? s3ObjectStore({
          bucket: config.S3_BUCKET!,
          region: config.S3_REGION,
          endpoint: config.S3_ENDPOINT,
          forcePathStyle: config.S3_FORCE_PATH_STYLE,
          clock,
        })
      : localObjectStore(join(config.DATA_DIR, 'objects'));
  const signingSecret = mediaSigningSecret(pepper);
  const signer = mediaUrlSigner({
    store,
    secret: signingSecret,
    ttlSeconds: config.MEDIA_URL_TTL_SECONDS,
    clock,
  });
  return { store, urlFor: (key) => signer.urlFor(key), signingSecret };
}
