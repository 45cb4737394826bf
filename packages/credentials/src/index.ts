// Open Badges 3.0 verifiable skill credentials: build, sign (VC-JWT, Ed25519), verify, revoke
// (Bitstring Status List), keys (rotation, envelope encryption via KMS), and delivery renderings.

export {
  BUNDLED_CONTEXT_URLS,
  DATA_INTEGRITY_V2_CONTEXT,
  OB_V3_CONTEXT,
  OB_V3_SCHEMA_ID,
  STATUS_LIST_V1_CONTEXT,
  VC_V1_CONTEXT,
  VC_V2_CONTEXT,
  loadBundledContext,
  offlineDocumentLoader,
} from './contexts';
export { achievementCredentialSchema, validateAchievementCredential, type SchemaValidation } from './schema';

export type {
  AchievementCredentialInput,
  BitstringStatusListEntry,
  IssuerProfileInput,
  LocalizedText,
  OpenBadgeCredential,
  SkillAlignmentInput,
  SkillLevel,
  SkillScores,
} from './credential/types';
export {
  LEVEL_MIN_OVERALL,
  EXTENSION_CONTEXT,
  buildAchievementCredential,
  isoSeconds,
  localizedValue,
} from './credential/build';
export { CredentialSchemaError, issueAchievementCredential } from './credential/issue';
export { PrivateDataError, assertNoPrivateData } from './credential/privacy';
export { demoCredentialInput } from './credential/fixtures';

export { signCredential, issuerIdOf, type SignableCredential, type SigningKey } from './jwt/sign';
export {
  verifyCredentialJwt,
  type StatusLookup,
  type VerificationResult,
  type VerifyOptions,
} from './jwt/verify';
export type { CheckName, VerificationCheck } from './jwt/checks';

export type { IssuerKey, KeyResolver, PrivateJwk, PublicJwk } from './keys/types';
export { generateIssuerKey, toPublicJwk } from './keys/generate';
export { KeyRing, type KeyRingEntry, type SealedKeyRing } from './keys/keyring';
export {
  buildDidDocument,
  didKeyFromPublicJwk,
  didOfKid,
  didWebDocumentUrl,
  didWebFromDomain,
  publicJwkFromDidKey,
  resolverFromDidDocument,
  type DidDocument,
} from './keys/did';
export {
  openPrivateKey,
  openSecret,
  sealPrivateKey,
  sealSecret,
  type KeyManagement,
  type SealedSecret,
} from './keys/envelope';
export { LocalKeyManagement } from './keys/kms-local';
export { AwsKmsKeyManagement, type AwsKmsOptions } from './keys/kms-aws';
export { startFakeKmsServer, type FakeKms } from './keys/fake-kms-server';

export {
  DEFAULT_STATUS_LIST_SIZE,
  createStatusList,
  decodeStatusList,
  encodeStatusList,
  getStatus,
  isRevoked,
  setRevoked,
  type StatusList,
} from './status/bitstring';
export {
  buildStatusListCredential,
  validateStatusListCredential,
  verifyStatusListJwt,
  type BitstringStatusListCredential,
  type StatusListCredentialInput,
  type StatusListVerification,
} from './status/credential';

export { CERTIFICATE_MESSAGES, formatDate, t as certificateMessage, type MessageKey } from './i18n/messages';
export { qrModules, qrSvgPath, renderQrPng, renderQrSvg } from './render/qr';
export { renderCertificatePdf } from './render/certificate-pdf';
export {
  WHATSAPP_CERTIFICATE_SIZE,
  renderCertificatePng,
  renderCertificateSvg,
} from './render/certificate-png';
export { certificateText, type CertificateInput, type CertificateText } from './render/certificate-text';
export { shapeLine, measureLine, fitSize, svgTextPath, type ShapedLine } from './render/text-svg';
export { runVerifyCli } from './cli/verify-cli';
export {
  canonicalize,
  signDataIntegrity,
  verifyDataIntegrity,
  type DataIntegrityProof,
  type DocumentLoader,
} from './proof/data-integrity';
export { verifyCredential, verifyCredentialDocument } from './proof/verify-document';
export { checkStatus, type StatusEntry } from './jwt/verify';
