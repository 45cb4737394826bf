import type { Lang } from '../../i18n/lang';
import type { AuditLog, Clock, IdGenerator } from '../../ports';

/** Text in English plus any of her languages. */
export type LocalizedText = { en: string } & Partial<Record<Exclude<Lang, 'en'>, string>>;

/**
 * What a signed credential is built from. Structurally the credentials library's
 * `AchievementCredentialInput`: the signer adapter passes it on unchanged.
 */
export interface CredentialDraft {
  credentialId: string;
  issuer: { id: string; name: string; url: string };
  baseUrl: string;
  lang: Lang;
  subject: { id: string; displayName: string };
  craft: { code: string; name: LocalizedText };
  level: 1 | 2 | 3 | 4 | 5;
  scores: { technique: number; complexity: number; quality: number; overall: number };
  confirmation: 'automatic' | 'reviewer';
  alignment: {
    targetName: string;
    targetUrl: string;
    targetFramework: string;
    targetCode?: string;
    targetDescription?: string;
  }[];
  evidence: { url: string; description?: string }[];
  awardedAt: Date;
  issuedAt: Date;
  expiresAt?: Date;
  status: { statusListCredential: string; statusListIndex: number };
}

export interface CheckResult {
  check: string;
  ok: boolean;
  code: string;
  message: string;
  skipped?: boolean;
}

export interface Verification {
  verified: boolean;
  checks: CheckResult[];
  credential?: Record<string, unknown>;
}

/** Signing and verification (Ed25519 VC-JWT, Bitstring Status List) behind a port. */
export interface CredentialSigner {
  /** The issuer DID (did:web of the deployment). */
  readonly issuerDid: string;
  /** Builds, validates against the Open Badges 3.0 schema, and signs with the current key. */
  issue(draft: CredentialDraft): Promise<{ credential: Record<string, unknown>; jwt: string; kid: string }>;
  /** An empty status list (encoded) of the given size. */
  emptyStatusList(size: number): string;
  /** Sets the revocation bit `index` in an encoded list, returning the new encoded list. */
  revokeInList(encodedList: string, index: number): string;
  /** Signs the BitstringStatusListCredential for `listUrl` over `encodedList`. */
  signStatusList(listUrl: string, encodedList: string, issuedAt: Date): Promise<string>;
  /** Never throws: garbage, tampering, unknown keys, revocation and expiry become failed checks. */
  verify(
    jwt: unknown,
    lookupStatus: (listUrl: string) => Promise<string | undefined>,
    now: Date,
  ): Promise<Verification>;
}

/** What the credential use cases read about a confirmed assessment. */
export interface AssessmentForCredential {
  id: string;
  artisanId: string;
  status: string;
  craftId: string | null;
  level: number | null;
  scores: { technique: number; complexity: number; quality: number; overall: number } | null;
  reviewerId: string | null;
  reviewedAt: Date | null;
  completedAt: Date | null;
  createdAt: Date;
  /** Photos that passed the quality gate (evidence), in upload order. */
  photoIds: string[];
}

export interface CredentialRecord {
  id: string;
  assessmentId: string;
  artisanId: string;
  craftId: string;
  level: number;
  lang: Lang;
  statusListId: string;
  statusIndex: number;
  photoIds: string[];
  credential: Record<string, unknown>;
  jwt: string;
  kid: string;
  issuedAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
  revokedReason: string | null;
  revokedBy: string | null;
}

export interface StatusListRecord {
  id: string;
  size: number;
  nextIndex: number;
  encodedList: string;
  jwt: string | null;
}

/** Persistence for credentials, status lists and portfolios (implemented in packages/db). */
export interface CredentialStore {
  assessment(id: string): Promise<AssessmentForCredential | undefined>;
  byAssessment(assessmentId: string): Promise<CredentialRecord | undefined>;
  get(id: string): Promise<CredentialRecord | undefined>;
  listForArtisan(artisanId: string): Promise<CredentialRecord[]>;
  /**
   * In ONE transaction: ensures the status list exists (`create` gives its initial encoded list and
   * signed credential), allocates the next free index under a row lock, calls `build` with it and
   * inserts the record. Returns the existing credential instead when the assessment already has one.
   */
  issue(
    listId: string,
    create: () => Promise<{ size: number; encodedList: string; jwt: string }>,
    build: (index: number) => Promise<CredentialRecord>,
  ): Promise<{ record: CredentialRecord; created: boolean }>;
  /**
   * In ONE transaction: locks the credential's status list, computes the new list with `update`,
   * stores it and marks the credential revoked. False when it was already revoked.
   */
  revoke(
    id: string,
    revocation: { at: Date; reason: string; by: string },
    update: (encodedList: string, index: number) => Promise<{ encodedList: string; jwt: string }>,
  ): Promise<boolean>;
  statusList(id: string): Promise<StatusListRecord | undefined>;
  /** Whether the photo may be served publicly (evidence of an unrevoked credential, or a public portfolio work). */
  isPublicPhoto(photoId: string): Promise<{ thumbnailKey: string; originalKey: string } | undefined>;
  /** Her photos (ids) from scored assessments, for choosing portfolio works. */
  ownPhotoIds(artisanId: string, photoIds: string[]): Promise<string[]>;
  portfolioWorks(artisanId: string): Promise<string[]>;
  setPortfolioWorks(artisanId: string, photoIds: string[]): Promise<void>;
}

export interface CredentialSettings {
  /** Public base URL of the deployment, without a trailing slash. */
  publicUrl: string;
  issuerName: string;
  /** Days a credential is valid; 0 = no expiry. */
  validityDays: number;
  statusListSize: number;
}

export interface CredentialDeps {
  store: CredentialStore;
  signer: CredentialSigner;
  audit: AuditLog;
  clock: Clock;
  ids: IdGenerator;
  settings: CredentialSettings;
}

/** The job that issues a confirmed assessment's credential (payload `{ assessmentId }`). */
export const CREDENTIAL_ISSUE_JOB = 'credential.issue';

/** Assessment statuses that count as confirmed (auto-scored above the threshold, or after review). */
export const CONFIRMED_STATUSES: readonly string[] = ['scored'];

/** URLs minted under the deployment's public URL. */
export const credentialUrls = (publicUrl: string) => ({
  credential: (id: string) => `${publicUrl}/api/v1/credentials/${id}`,
  verifyPage: (id: string) => `${publicUrl}/verify/${id}`,
  statusList: (listId: string) => `${publicUrl}/api/v1/credentials/status/${listId}`,
  work: (photoId: string) => `${publicUrl}/api/v1/public/works/${photoId}`,
  portfolio: (handle: string) => `${publicUrl}/p/${encodeURIComponent(handle)}`,
});
