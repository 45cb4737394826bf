import type { Lang } from '@shebalance/core/i18n/lang';

export type SkillLevel = 1 | 2 | 3 | 4 | 5;

/** Text in English plus any of her languages. */
export type LocalizedText = { en: string } & Partial<Record<Exclude<Lang, 'en'>, string>>;

/** One skill-framework entry the achievement is aligned to (e.g. an NSQF qualification pack). */
export interface SkillAlignmentInput {
  targetName: string;
  targetUrl: string;
  targetFramework: string;
  targetCode?: string;
  targetDescription?: string;
  /** Open Badges AlignmentTargetType, or an `ext:` extension. */
  targetType?: string;
}

export interface SkillScores {
  /** 0–100 each. */
  technique: number;
  complexity: number;
  quality: number;
  overall: number;
}

export interface IssuerProfileInput {
  /** The issuer DID (did:web of the deployment, or did:key). */
  id: string;
  name: string;
  url: string;
  image?: string;
  email?: string;
}

/** Everything a credential needs; nothing private (no phone number, no exact location) is accepted. */
export interface AchievementCredentialInput {
  /** Unique id of this credential (URL such as `https://host/api/v1/credentials/<id>`, or `urn:uuid:`). */
  credentialId: string;
  issuer: IssuerProfileInput;
  /** Public base URL of the deployment; achievement ids are minted under it. */
  baseUrl: string;
  /** Her language: names and narratives are given in English and in this language. */
  lang: Lang;
  /** `id` is a public, non-personal URI (portfolio URL, `urn:uuid:` or a DID); displayName as she chose. */
  subject: { id: string; displayName: string };
  craft: { code: string; name: LocalizedText };
  level: SkillLevel;
  scores: SkillScores;
  /** How the assessment was confirmed. */
  confirmation: 'automatic' | 'reviewer';
  alignment: SkillAlignmentInput[];
  /** Public URLs of the assessed photos. */
  evidence: { url: string; description?: string }[];
  awardedAt: Date;
  issuedAt: Date;
  expiresAt?: Date;
  status: { statusListCredential: string; statusListIndex: number };
  /** Optional badge image URL. */
  image?: string;
}

export interface BitstringStatusListEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: 'revocation';
  statusListIndex: string;
  statusListCredential: string;
}

/** An Open Badges 3.0 OpenBadgeCredential (VC data model 1.1), before proof. */
export interface OpenBadgeCredential {
  '@context': (string | Record<string, unknown>)[];
  id: string;
  type: string[];
  name: string;
  description: string;
  issuer: { id: string; type: string[]; name: string; url: string; [k: string]: unknown };
  issuanceDate: string;
  awardedDate: string;
  expirationDate?: string;
  credentialSubject: {
    id: string;
    type: string[];
    achievement: Record<string, unknown> & { id: string; name: string };
    result: Record<string, unknown>[];
    [k: string]: unknown;
  };
  evidence: Record<string, unknown>[];
  credentialStatus: BitstringStatusListEntry;
  credentialSchema: { id: string; type: string }[];
  [k: string]: unknown;
}
