import type { AchievementCredentialInput } from './types';

/** A demo input used by tests, the bench and docs: nothing in it is real personal data. */
export function demoCredentialInput(
  overrides: Partial<AchievementCredentialInput> = {},
): AchievementCredentialInput {
  const base = 'https://shebalance.example';
  return {
    credentialId: `${base}/api/v1/credentials/0b7c2f3e-5a61-4c1e-9d0a-2f8f6b1c9e42`,
    issuer: { id: 'did:web:shebalance.example', name: 'SheBalance', url: base },
    baseUrl: base,
    lang: 'hi',
    subject: { id: `${base}/p/sunita-devi`, displayName: 'सुनीता देवी (Sunita Devi)' },
    craft: {
      code: 'hand-embroidery',
      name: {
        en: 'Hand embroidery',
        hi: 'हाथ की कढ़ाई',
        ta: 'கைப் பூத்தையல்',
        bn: 'হাতের সূচিকর্ম',
        mr: 'हाताचे भरतकाम',
      },
    },
    level: 4,
    scores: { technique: 72, complexity: 66, quality: 70, overall: 69.4 },
    confirmation: 'reviewer',
    alignment: [
      {
        targetName: 'Hand Embroiderer (example qualification pack)',
        targetUrl: 'https://www.nqr.gov.in/',
        targetFramework: 'NSQF — Handicrafts and Carpet Sector Skill Council',
        targetCode: 'HCS/Q-EXAMPLE',
        targetDescription:
          'Indicative NSQF level 4–5; photo assessment is evidence, not an NSQF certificate.',
      },
    ],
    evidence: [
      { url: `${base}/media/works/w1.jpg` },
      { url: `${base}/media/works/w2.jpg`, description: 'Dupatta border' },
    ],
    awardedAt: new Date('2025-03-05T09:30:00Z'),
    issuedAt: new Date('2025-03-05T10:00:00Z'),
    status: { statusListCredential: `${base}/api/v1/status-lists/1`, statusListIndex: 4242 },
    ...overrides,
  };
}
