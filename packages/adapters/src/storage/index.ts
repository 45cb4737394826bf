export {
  newObjectKey,
  assertValidObjectKey,
  assertValidPrefix,
  isValidObjectKey,
  objectKeyProblem,
  InvalidObjectKeyError,
  MAX_KEY_LENGTH,
  type NewObjectKeyOptions,
} from './keys';
export { localObjectStore, type LocalObjectStore } from './local';
export { s3ObjectStore, type S3ObjectStore, type S3ObjectStoreOptions } from './s3';
export {
  signMediaUrl,
  signMediaQuery,
  verifyMediaSignature,
  mediaUrlSigner,
  MEDIA_URL_PATH,
  type MediaUrlClaims,
  type MediaSignatureInput,
  type MediaSignatureResult,
  type MediaUrlSignerOptions,
} from './signed-url';
