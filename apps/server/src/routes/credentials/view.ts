import type { CredentialRecord } from '@shebalance/core/usecases/credentials/index';
import { credentialUrls } from '@shebalance/core/usecases/credentials/index';
import { getCraft, type Lang } from '@shebalance/core';

/** What pages and certificates show of a credential: read from the signed content itself. */
export interface CredentialView {
  id: string;
  name: string;
  craftId: string;
  craftNames: { en: string } & Partial<Record<Lang, string>>;
  level: 1 | 2 | 3 | 4 | 5;
  scores: { technique: number; complexity: number; quality: number; overall: number };
  awardedAt: Date;
  issuedAt: Date;
  expiresAt: Date | null;
  photoIds: string[];
  verifyUrl: string;
}

export function credentialView(record: CredentialRecord, publicUrl: string): CredentialView {
  const vc = record.credential as {
    awardedDate?: string;
    credentialSubject?: {
      identifier?: { identityHash?: string }[];
      result?: { value?: string }[];
    };
  };
  const values = (vc.credentialSubject?.result ?? []).map((r) => Number(r.value ?? 0));
  const craft = getCraft(record.craftId);
  return {
    id: record.id,
    name: vc.credentialSubject?.identifier?.[0]?.identityHash ?? '',
    craftId: record.craftId,
    craftNames: craft ? { ...craft.names } : { en: record.craftId },
    level: Math.min(5, Math.max(1, record.level)) as CredentialView['level'],
    scores: {
      technique: values[0] ?? 0,
      complexity: values[1] ?? 0,
      quality: values[2] ?? 0,
      overall: values[3] ?? 0,
    },
    awardedAt: vc.awardedDate ? new Date(vc.awardedDate) : record.issuedAt,
    issuedAt: record.issuedAt,
    expiresAt: record.expiresAt,
    photoIds: record.photoIds,
    verifyUrl: credentialUrls(publicUrl).verifyPage(record.id),
  };
}

export const presentSummary = (r: CredentialRecord, publicUrl: string, full: boolean) => ({
  id: r.id,
  artisanId: r.artisanId,
  craftId: r.craftId,
  level: r.level,
  lang: r.lang,
  issuedAt: r.issuedAt.toISOString(),
  expiresAt: r.expiresAt?.toISOString() ?? null,
  revoked: !!r.revokedAt,
  ...(full ? { revokedAt: r.revokedAt?.toISOString() ?? null, revokedReason: r.revokedReason } : {}),
  verifyUrl: credentialUrls(publicUrl).verifyPage(r.id),
});
