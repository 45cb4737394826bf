import { getCraft } from '../../crafts';
import type { Craft } from '../../crafts/types';
import type { Lang } from '../../i18n/lang';
import { isLang } from '../../i18n/lang';
import type { ArtisanRepository } from '../../ports/repositories';
import {
  CONFIRMED_STATUSES,
  credentialUrls,
  type AssessmentForCredential,
  type CredentialDeps,
  type CredentialDraft,
  type CredentialRecord,
} from './ports';

export const DEFAULT_STATUS_LIST_ID = '1';
const DAY_MS = 86_400_000;

export type IssueOutcome =
  | { kind: 'issued' | 'existing'; record: CredentialRecord }
  | { kind: 'skipped'; reason: 'not_found' | 'not_confirmed' | 'no_craft' | 'no_profile' };

export interface IssueDeps extends CredentialDeps {
  artisans: Pick<ArtisanRepository, 'get'>;
}

const clampLevel = (level: number): CredentialDraft['level'] =>
  Math.min(5, Math.max(1, Math.round(level))) as CredentialDraft['level'];

const round1 = (n: number) => Math.round(n * 10) / 10;

/** The NSQF / Sector Skill Council job role the craft taxonomy aligns this craft to. */
export function nsqfAlignment(craft: Craft): CredentialDraft['alignment'][number] {
  return {
    targetName: craft.nsqf.jobRole,
    targetUrl: 'https://www.nqr.gov.in/',
    targetFramework: `NSQF — ${craft.nsqf.sector}`,
    targetDescription: `Indicative alignment to the ${craft.nsqf.jobRole} job role; a photo assessment is evidence of skill, not an NSQF certificate.`,
  };
}

/** The unsigned content of the credential for a confirmed assessment: nothing private goes in. */
export function credentialDraft(
  deps: Pick<CredentialDeps, 'settings' | 'signer'>,
  input: {
    id: string;
    assessment: AssessmentForCredential & {
      craftId: string;
      level: number;
      scores: NonNullable<AssessmentForCredential['scores']>;
    };
    craft: Craft;
    artisan: { userId: string; displayName: string; lang: Lang };
    statusListId: string;
    statusIndex: number;
    issuedAt: Date;
  },
): CredentialDraft {
  const { settings } = deps;
  const urls = credentialUrls(settings.publicUrl);
  const { assessment: a, craft } = input;
  const names = craft.names as unknown as Record<string, string>;
  return {
    credentialId: urls.credential(input.id),
    issuer: { id: deps.signer.issuerDid, name: settings.issuerName, url: settings.publicUrl },
    baseUrl: settings.publicUrl,
    lang: input.artisan.lang,
    subject: { id: `urn:uuid:${input.artisan.userId}`, displayName: input.artisan.displayName },
    craft: {
      code: craft.id,
      name: { en: craft.names.en, hi: names.hi, ta: names.ta, bn: names.bn, mr: names.mr },
    },
    level: clampLevel(a.level),
    scores: {
      technique: round1(a.scores.technique),
      complexity: round1(a.scores.complexity),
      quality: round1(a.scores.quality),
      overall: round1(a.scores.overall),
    },
    confirmation: a.reviewerId ? 'reviewer' : 'automatic',
    alignment: [nsqfAlignment(craft)],
    evidence: a.photoIds.map((photoId) => ({ url: urls.work(photoId) })),
    awardedAt: a.reviewedAt ?? a.completedAt ?? a.createdAt,
    issuedAt: input.issuedAt,
    ...(settings.validityDays > 0
      ? { expiresAt: new Date(input.issuedAt.getTime() + settings.validityDays * DAY_MS) }
      : {}),
    status: { statusListCredential: urls.statusList(input.statusListId), statusListIndex: input.statusIndex },
  };
}

/**
 * Issues the Open Badges 3.0 credential of a confirmed assessment. Idempotent: one credential per
 * assessment (a second run returns the first); a non-confirmed assessment is skipped, not failed.
 */
export async function issueCredentialForAssessment(
  deps: IssueDeps,
  assessmentId: string,
): Promise<IssueOutcome> {
  const existing = await deps.store.byAssessment(assessmentId);
  if (existing) return { kind: 'existing', record: existing };
  const a = await deps.store.assessment(assessmentId);
  if (!a) return { kind: 'skipped', reason: 'not_found' };
  if (!CONFIRMED_STATUSES.includes(a.status) || a.level === null || !a.scores)
    return { kind: 'skipped', reason: 'not_confirmed' };
  const craft = a.craftId ? getCraft(a.craftId) : undefined;
  if (!craft) return { kind: 'skipped', reason: 'no_craft' };
  const profile = await deps.artisans.get(a.artisanId);
  if (!profile) return { kind: 'skipped', reason: 'no_profile' };

  const id = deps.ids.uuid();
  const issuedAt = deps.clock.now();
  const lang: Lang = isLang(profile.preferredLanguage) ? profile.preferredLanguage : 'en';
  const listId = DEFAULT_STATUS_LIST_ID;
  const listUrl = credentialUrls(deps.settings.publicUrl).statusList(listId);
  const confirmed = { ...a, craftId: craft.id, level: a.level, scores: a.scores };
  const { record, created } = await deps.store.issue(
    listId,
    async () => {
      const encodedList = deps.signer.emptyStatusList(deps.settings.statusListSize);
      return {
        size: deps.settings.statusListSize,
        encodedList,
        jwt: await deps.signer.signStatusList(listUrl, encodedList, issuedAt),
      };
    },
    async (statusIndex) => {
      const draft = credentialDraft(deps, {
        id,
        assessment: confirmed,
        craft,
        artisan: { userId: a.artisanId, displayName: profile.displayName, lang },
        statusListId: listId,
        statusIndex,
        issuedAt,
      });
      const signed = await deps.signer.issue(draft);
      return {
        id,
        assessmentId: a.id,
        artisanId: a.artisanId,
        craftId: craft.id,
        level: draft.level,
        lang,
        statusListId: listId,
        statusIndex,
        photoIds: a.photoIds,
        credential: signed.credential,
        jwt: signed.jwt,
        kid: signed.kid,
        issuedAt,
        expiresAt: draft.expiresAt ?? null,
        revokedAt: null,
        revokedReason: null,
        revokedBy: null,
      };
    },
  );
  return { kind: created ? 'issued' : 'existing', record };
}
