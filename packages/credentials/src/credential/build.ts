import type { Lang } from '@shebalance/core/i18n/lang';
import { OB_V3_CONTEXT, OB_V3_SCHEMA_ID, STATUS_LIST_V1_CONTEXT, VC_V1_CONTEXT } from '../contexts';
import { t, type MessageKey } from '../i18n/messages';
import { assertNoPrivateData } from './privacy';
import type {
  AchievementCredentialInput,
  BitstringStatusListEntry,
  LocalizedText,
  OpenBadgeCredential,
  SkillLevel,
} from './types';

/** Lowest overall score for each level (same bands as the scorer in packages/ml). */
export const LEVEL_MIN_OVERALL: Record<SkillLevel, number> = { 1: 0, 2: 35, 3: 50, 4: 65, 5: 80 };
const LEVELS: SkillLevel[] = [1, 2, 3, 4, 5];
const SCORE_KEYS = ['technique', 'complexity', 'quality', 'overall'] as const;

/**
 * Inline context for the terms our credentials use that the bundled contexts do not define, so the
 * credential is clean JSON-LD (jsonld.js safe mode) and nothing is fetched:
 * - `localizationData`: the OB 3.0 localisation example's extension, kept as an opaque JSON value;
 * - `1EdTechJsonSchemaValidator2019`: the credentialSchema type, with the IRI 1EdTech's
 *   `https://purl.imsglobal.org/spec/ob/v3p0/extensions.json` context gives it.
 */
export const EXTENSION_CONTEXT = {
  localizationData: { '@id': 'urn:shebalance:vocab:localizationData', '@type': '@json' },
  '1EdTechJsonSchemaValidator2019':
    'https://purl.imsglobal.org/spec/vccs/v1p0/context.json#1EdTechJsonSchemaValidator2019',
};

/** ISO 8601 with a Z and whole seconds (`DateTimeZ` in the OB schema). */
export function isoSeconds(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('invalid date');
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function levelKey(level: SkillLevel): MessageKey {
  return `level${level}` as MessageKey;
}

function craftName(name: LocalizedText, lang: Lang): string {
  return (lang === 'en' ? name.en : name[lang]) ?? name.en;
}

/** The English and her-language texts for the achievement. */
function texts(input: AchievementCredentialInput, lang: Lang) {
  const vars = {
    craft: craftName(input.craft.name, lang),
    level: input.level,
    levelName: t(lang, levelKey(input.level)),
    min: LEVEL_MIN_OVERALL[input.level],
  };
  const confirmation = t(
    lang,
    input.confirmation === 'reviewer' ? 'confirmedByReviewer' : 'confirmedAutomatically',
  );
  return {
    name: t(lang, 'achievementName', vars),
    description: t(lang, 'achievementDescription', vars),
    narrative: `${t(lang, 'criteriaNarrative', vars)} ${confirmation}`,
  };
}

function assertScores(input: AchievementCredentialInput): void {
  for (const key of SCORE_KEYS) {
    const v = input.scores[key];
    if (!Number.isFinite(v) || v < 0 || v > 100) throw new Error(`score ${key} must be within 0–100`);
  }
  if (!LEVELS.includes(input.level)) throw new Error('level must be 1–5');
  const idx = input.status.statusListIndex;
  if (!Number.isInteger(idx) || idx < 0) throw new Error('statusListIndex must be a non-negative integer');
}

function buildAchievement(input: AchievementCredentialInput, en: ReturnType<typeof texts>) {
  const base = input.baseUrl.replace(/\/+$/, '');
  const id = `${base}/achievements/${encodeURIComponent(input.craft.code)}/level-${input.level}`;
  const rd = (key: string) => `${id}#${key}`;
  const scoreDescriptions = SCORE_KEYS.map((key) => ({
    id: rd(key),
    type: ['ResultDescription'],
    name: t('en', key),
    resultType: 'ScaledScore',
    valueMin: '0',
    valueMax: '100',
  }));
  const levelDescription = {
    id: rd('level'),
    type: ['ResultDescription'],
    name: t('en', 'skillLevel'),
    resultType: 'RubricCriterionLevel',
    requiredLevel: rd(`level-${input.level}`),
    rubricCriterionLevel: LEVELS.map((l) => ({
      id: rd(`level-${l}`),
      type: ['RubricCriterionLevel'],
      name: t('en', levelKey(l)),
      level: String(l),
      points: String(LEVEL_MIN_OVERALL[l]),
    })),
  };
  const achievement = {
    id,
    type: ['Achievement'],
    inLanguage: 'en',
    achievementType: 'Competency',
    name: en.name,
    description: en.description,
    criteria: { narrative: en.narrative },
    fieldOfStudy: 'Handicrafts',
    specialization: input.craft.name.en,
    humanCode: `${input.craft.code.toUpperCase()}-L${input.level}`,
    tag: ['handicraft', input.craft.code, `level-${input.level}`],
    alignment: input.alignment.map((a) => ({ type: ['Alignment'], ...a })),
    resultDescription: [...scoreDescriptions, levelDescription],
    creator: { id: input.issuer.id, type: ['Profile'], name: input.issuer.name },
    ...(input.image ? { image: { id: input.image, type: 'Image', caption: en.name } } : {}),
    ...(input.lang !== 'en'
      ? { related: [{ id: `${id}?lang=${input.lang}`, type: ['Related'], inLanguage: input.lang }] }
      : {}),
  };
  const result = [
    ...SCORE_KEYS.map((key) => ({
      type: ['Result'],
      resultDescription: rd(key),
      value: String(Math.round(input.scores[key])),
    })),
    { type: ['Result'], resultDescription: rd('level'), achievedLevel: rd(`level-${input.level}`) },
  ];
  return { achievement, result };
}

/** Her-language copies of the English texts, as the OB 3.0 localisation example does. */
function localizationData(input: AchievementCredentialInput) {
  if (input.lang === 'en') return undefined;
  const local = texts(input, input.lang);
  const item = (select: string, value: string) => ({ select, apply: [{ language: input.lang, value }] });
  return {
    local: {
      items: [
        item('$.name', local.name),
        item('$.description', local.description),
        item('$.credentialSubject.achievement.name', local.name),
        item('$.credentialSubject.achievement.description', local.description),
        item('$.credentialSubject.achievement.criteria.narrative', local.narrative),
      ],
    },
  };
}

/**
 * Builds an Open Badges 3.0 OpenBadgeCredential for a confirmed assessment, in the VC data model
 * the bundled 1EdTech schema requires (1.1: `issuanceDate`, `expirationDate`). English is the
 * primary language; her language travels in `localizationData`. Throws on out-of-range input or
 * anything that looks like a phone number or exact location.
 */
export function buildAchievementCredential(input: AchievementCredentialInput): OpenBadgeCredential {
  assertScores(input);
  const en = texts(input, 'en');
  const { achievement, result } = buildAchievement(input, en);
  const status: BitstringStatusListEntry = {
    id: `${input.status.statusListCredential}#${input.status.statusListIndex}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: String(input.status.statusListIndex),
    statusListCredential: input.status.statusListCredential,
  };
  const l10n = localizationData(input);
  const credential: OpenBadgeCredential = {
    '@context': [VC_V1_CONTEXT, OB_V3_CONTEXT, STATUS_LIST_V1_CONTEXT, EXTENSION_CONTEXT],
    id: input.credentialId,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: en.name,
    description: en.description,
    issuer: {
      id: input.issuer.id,
      type: ['Profile'],
      name: input.issuer.name,
      url: input.issuer.url,
      ...(input.issuer.email ? { email: input.issuer.email } : {}),
      ...(input.issuer.image ? { image: { id: input.issuer.image, type: 'Image' } } : {}),
    },
    issuanceDate: isoSeconds(input.issuedAt),
    awardedDate: isoSeconds(input.awardedAt),
    ...(input.expiresAt ? { expirationDate: isoSeconds(input.expiresAt) } : {}),
    credentialSubject: {
      id: input.subject.id,
      type: ['AchievementSubject'],
      identifier: [
        {
          type: 'IdentityObject',
          identityType: 'name',
          hashed: false,
          identityHash: input.subject.displayName,
        },
      ],
      achievement,
      result,
    },
    evidence: input.evidence.map((e, i) => ({
      id: e.url,
      type: ['Evidence'],
      name: t('en', 'evidenceName', { n: i + 1 }),
      genre: 'Photograph',
      ...(e.description ? { description: e.description } : {}),
    })),
    credentialStatus: status,
    credentialSchema: [{ id: OB_V3_SCHEMA_ID, type: '1EdTechJsonSchemaValidator2019' }],
    ...(l10n ? { localizationData: l10n } : {}),
  };
  if (input.expiresAt && input.expiresAt.getTime() <= input.issuedAt.getTime()) {
    throw new Error('expiry must be after issuance');
  }
  assertNoPrivateData(credential);
  return credential;
}

/** Reads her-language text for a JSONPath-like selector from `localizationData`, else undefined. */
export function localizedValue(
  credential: OpenBadgeCredential,
  select: string,
  lang: Lang,
): string | undefined {
  const data = credential.localizationData as
    { local?: { items?: { select: string; apply: { language: string; value: string }[] }[] } } | undefined;
  return data?.local?.items?.find((i) => i.select === select)?.apply.find((a) => a.language === lang)?.value;
}
