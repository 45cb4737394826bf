import { describe, expect, it } from 'vitest';
import { OB_V3_CONTEXT, VC_V1_CONTEXT } from '../contexts';
import { validateAchievementCredential } from '../schema';
import { buildAchievementCredential, localizedValue } from './build';
import { demoCredentialInput } from './fixtures';
import { PrivateDataError } from './privacy';

describe('buildAchievementCredential', () => {
  it('builds an OpenBadgeCredential that validates against the bundled 1EdTech schema', () => {
    for (const lang of ['en', 'hi', 'ta', 'bn', 'mr'] as const) {
      const credential = buildAchievementCredential(demoCredentialInput({ lang }));
      expect(validateAchievementCredential(credential)).toEqual({ valid: true, errors: [] });
    }
  });

  it('uses the VC data model the schema requires (1.1: issuanceDate, v1 context)', () => {
    const c = buildAchievementCredential(
      demoCredentialInput({ expiresAt: new Date('2028-03-05T10:00:00Z') }),
    );
    expect(c['@context'].slice(0, 2)).toEqual([VC_V1_CONTEXT, OB_V3_CONTEXT]);
    expect(c.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(c.issuanceDate).toBe('2025-03-05T10:00:00Z');
    expect(c.awardedDate).toBe('2025-03-05T09:30:00Z');
    expect(c.expirationDate).toBe('2028-03-05T10:00:00Z');
    expect(c.issuer).toMatchObject({
      id: 'did:web:shebalance.example',
      type: ['Profile'],
      name: 'SheBalance',
    });
  });

  it('describes craft, level, criteria, alignment, scores, evidence and status', () => {
    const c = buildAchievementCredential(demoCredentialInput());
    const a = c.credentialSubject.achievement as {
      id: string;
      name: string;
      criteria: { narrative: string };
      alignment: Record<string, unknown>[];
      resultDescription: { id: string }[];
    };
    expect(c.credentialSubject.type).toEqual(['AchievementSubject']);
    expect(a.id).toBe('https://shebalance.example/achievements/hand-embroidery/level-4');
    expect(a.name).toBe('Hand embroidery — Level 4 (Advanced)');
    expect(a.criteria.narrative).toContain('65 or more');
    expect(a.criteria.narrative).toContain('trained reviewer');
    expect(a.alignment[0]).toMatchObject({ type: ['Alignment'], targetCode: 'HCS/Q-EXAMPLE' });
    const values = Object.fromEntries(
      c.credentialSubject.result.map((r) => [
        String(r.resultDescription).split('#')[1],
        r.value ?? r.achievedLevel,
      ]),
    );
    expect(values).toEqual({
      technique: '72',
      complexity: '66',
      quality: '70',
      overall: '69',
      level: `${a.id}#level-4`,
    });
    const ids = new Set(a.resultDescription.map((d) => d.id));
    for (const r of c.credentialSubject.result) expect(ids.has(String(r.resultDescription))).toBe(true);
    expect(c.evidence.map((e) => e.id)).toEqual([
      'https://shebalance.example/media/works/w1.jpg',
      'https://shebalance.example/media/works/w2.jpg',
    ]);
    expect(c.credentialStatus).toEqual({
      id: 'https://shebalance.example/api/v1/status-lists/1#4242',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: '4242',
      statusListCredential: 'https://shebalance.example/api/v1/status-lists/1',
    });
  });

  it('carries names and narratives in her language as well as English', () => {
    const hi = buildAchievementCredential(demoCredentialInput({ lang: 'hi' }));
    expect(localizedValue(hi, '$.credentialSubject.achievement.name', 'hi')).toBe(
      'हाथ की कढ़ाई — स्तर 4 (उन्नत)',
    );
    expect(localizedValue(hi, '$.credentialSubject.achievement.criteria.narrative', 'hi')).toContain(
      'प्रशिक्षित',
    );
    const ta = buildAchievementCredential(demoCredentialInput({ lang: 'ta', confirmation: 'automatic' }));
    expect(localizedValue(ta, '$.name', 'ta')).toBe('கைப் பூத்தையல் — நிலை 4 (மேம்பட்டவர்)');
    expect(localizedValue(ta, '$.credentialSubject.achievement.criteria.narrative', 'ta')).toContain('தானாக');
    const en = buildAchievementCredential(demoCredentialInput({ lang: 'en' }));
    expect(en.localizationData).toBeUndefined();
  });

  it('never carries a phone number or exact location', () => {
    const c = buildAchievementCredential(demoCredentialInput());
    const text = JSON.stringify(c);
    expect(text).not.toMatch(/\+?91[\s-]?[6-9]\d{9}/);
    expect(text).not.toMatch(/latitude|longitude|"geo"|"phone"/);
    expect(() =>
      buildAchievementCredential(
        demoCredentialInput({ subject: { id: 'urn:uuid:1', displayName: 'Sunita 9876543210' } }),
      ),
    ).toThrow(PrivateDataError);
    expect(() =>
      buildAchievementCredential(
        demoCredentialInput({
          evidence: [{ url: 'https://x.example/a.jpg', description: 'made at 26.91234, 75.78731' }],
        }),
      ),
    ).toThrow(PrivateDataError);
  });

  it('rejects out-of-range scores, levels, indexes and dates', () => {
    const base = demoCredentialInput();
    expect(() => buildAchievementCredential({ ...base, scores: { ...base.scores, quality: 101 } })).toThrow(
      /0–100/,
    );
    expect(() => buildAchievementCredential({ ...base, level: 6 as never })).toThrow(/level/);
    expect(() =>
      buildAchievementCredential({ ...base, status: { ...base.status, statusListIndex: -1 } }),
    ).toThrow();
    expect(() =>
      buildAchievementCredential({ ...base, expiresAt: new Date('2020-01-01T00:00:00Z') }),
    ).toThrow(/expiry/);
  });

  it('the schema really rejects broken credentials', () => {
    const c = buildAchievementCredential(demoCredentialInput());
    const broken = structuredClone(c);
    delete (broken.credentialSubject.achievement as { criteria?: unknown }).criteria;
    expect(validateAchievementCredential(broken).valid).toBe(false);
    const badDate = { ...structuredClone(c), issuanceDate: 'yesterday' };
    expect(validateAchievementCredential(badDate).errors.join()).toMatch(/issuanceDate/);
  });
});
