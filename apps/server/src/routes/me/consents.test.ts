import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { anArtisanProfile, countRows, sessionFor, type AuthHeaders } from '../reviewer/test-support';

const ctx = useTestApp();
const record = (auth: AuthHeaders, payload: object) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/me/consents', headers: auth, payload });
const overview = async (auth: AuthHeaders) =>
  (await ctx.app.inject({ method: 'GET', url: '/api/v1/me/consents', headers: auth })).json();

describe('consent records', () => {
  it('appends every decision with time, channel, text version and who recorded it; current state follows the newest', async () => {
    const s = await sessionFor(ctx, 'artisan');
    const empty = await overview(s.auth);
    expect(empty.history).toEqual([]);
    expect(empty.current.every((c: { status: string }) => c.status === 'not_asked')).toBe(true);

    const granted = await record(s.auth, {
      purpose: 'skill_assessment',
      granted: true,
      channel: 'whatsapp',
      textVersion: '2026-01',
    });
    expect(granted.statusCode).toBe(201);
    expect(granted.json().consent).toMatchObject({
      purpose: 'skill_assessment',
      granted: true,
      channel: 'whatsapp',
      textVersion: '2026-01',
      recordedBy: s.id,
    });
    await record(s.auth, {
      purpose: 'skill_assessment',
      granted: false,
      channel: 'voice',
      textVersion: '2026-02',
    });
    await record(s.auth, {
      purpose: 'platform_terms',
      granted: true,
      channel: 'app',
      textVersion: '2026-01',
    });

    const o = await overview(s.auth);
    expect(o.history.map((h: { purpose: string; granted: boolean }) => `${h.purpose}:${h.granted}`)).toEqual([
      'platform_terms:true',
      'skill_assessment:false',
      'skill_assessment:true',
    ]);
    const byPurpose = Object.fromEntries(o.current.map((c: { purpose: string }) => [c.purpose, c]));
    expect(byPurpose.skill_assessment).toMatchObject({
      status: 'withdrawn',
      channel: 'voice',
      textVersion: '2026-02',
    });
    expect(byPurpose.platform_terms).toMatchObject({ status: 'granted', channel: 'app' });
    expect(byPurpose.buyer_contact.status).toBe('not_asked');
    expect(Date.parse(byPurpose.skill_assessment.since)).not.toBeNaN();
    expect(await countRows(ctx, 'consents', `user_id = '${s.id}'`)).toBe(3);
    expect(await countRows(ctx, 'audit_log', `subject_id = '${s.id}' and action like 'consent.%'`)).toBe(3);
  });

  it('shows each person only her own history', async () => {
    const a = await sessionFor(ctx, 'artisan');
    const b = await sessionFor(ctx, 'buyer');
    await record(a.auth, { purpose: 'buyer_contact', granted: true, channel: 'app', textVersion: '2026-01' });
    await record(b.auth, {
      purpose: 'platform_terms',
      granted: true,
      channel: 'app',
      textVersion: '2026-01',
    });
    expect((await overview(a.auth)).history.map((h: { purpose: string }) => h.purpose)).toEqual([
      'buyer_contact',
    ]);
    expect((await overview(b.auth)).history.map((h: { purpose: string }) => h.purpose)).toEqual([
      'platform_terms',
    ]);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/me/consents' })).statusCode).toBe(401);
  });

  it('gates the public portfolio on consent, and withdrawing the consent hides it at once', async () => {
    const s = await sessionFor(ctx, 'artisan');
    await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/me/artisan',
      headers: s.auth,
      payload: anArtisanProfile(),
    });
    const refused = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/artisan',
      headers: s.auth,
      payload: { portfolioPublic: true },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().type).toContain('portfolio-needs-consent');

    await record(s.auth, {
      purpose: 'public_portfolio',
      granted: true,
      channel: 'app',
      textVersion: '2026-01',
    });
    const shown = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/artisan',
      headers: s.auth,
      payload: { portfolioPublic: true },
    });
    expect(shown.json().portfolioPublic).toBe(true);
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/v1/artisans/${s.id}` })).json().portfolioPublic,
    ).toBe(true);

    await record(s.auth, {
      purpose: 'public_portfolio',
      granted: false,
      channel: 'whatsapp',
      textVersion: '2026-01',
    });
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/v1/artisans/${s.id}` })).json().portfolioPublic,
    ).toBe(false);
  });

  it('rejects unknown purposes, the reviewer channel, missing fields and unknown fields', async () => {
    const s = await sessionFor(ctx, 'artisan');
    const bad = [
      { purpose: 'marketing', granted: true, channel: 'app', textVersion: '1' },
      { purpose: 'platform_terms', granted: true, channel: 'reviewer', textVersion: '1' },
      { purpose: 'platform_terms', granted: true, channel: 'app' },
      { purpose: 'platform_terms', granted: 'yes', channel: 'app', textVersion: '1' },
      { purpose: 'platform_terms', granted: true, channel: 'app', textVersion: '1', recordedBy: s.id },
    ];
    for (const payload of bad) {
      const res = await record(s.auth, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect(await countRows(ctx, 'consents', `user_id = '${s.id}'`)).toBe(0);
  });
});
