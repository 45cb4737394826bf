import { onboardArtisan } from '@shebalance/core/usecases/profiles/onboard-artisan';
import { describe, expect, it } from 'vitest';
import { aPhone, signIn, useTestApp } from '../../../test/harness';
import { anArtisanProfile, countRows, sessionFor, type AuthHeaders } from './test-support';

const ctx = useTestApp();
const onboard = (auth: AuthHeaders, payload: object) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/reviewer/artisans', headers: auth, payload });
const anOnboarding = (o: Record<string, unknown> = {}) => ({
  phone: aPhone(),
  ...anArtisanProfile({ displayName: 'Kamala Devi', bio: undefined }),
  consents: [
    { purpose: 'platform_terms', granted: true },
    { purpose: 'skill_assessment', granted: true, textVersion: '2025-12' },
    { purpose: 'public_portfolio', granted: false },
  ],
  ...o,
});

describe('assisted onboarding', () => {
  it('creates her account, profile and consents (given through the reviewer) and tells her in her language', async () => {
    const reviewer = await sessionFor(ctx, 'reviewer');
    const body = anOnboarding();
    const res = await onboard(reviewer.auth, body);
    expect(res.statusCode).toBe(201);
    const { artisan, consents, welcomeSent } = res.json();
    expect(artisan).toMatchObject({
      view: 'managed',
      displayName: 'Kamala Devi',
      createdBy: reviewer.id,
      state: 'BR',
      district: 'Madhubani',
    });
    expect(artisan.phone).toBe(`+91${'*'.repeat(6)}${body.phone.slice(-4)}`); // reviewers see it masked
    expect(consents).toHaveLength(3);
    for (const c of consents) expect(c).toMatchObject({ channel: 'reviewer', recordedBy: reviewer.id });
    expect(consents.find((c: { purpose: string }) => c.purpose === 'skill_assessment').textVersion).toBe(
      '2025-12',
    );
    expect(consents.find((c: { purpose: string }) => c.purpose === 'platform_terms').textVersion).toBe(
      '2026-01',
    );
    expect(welcomeSent).toBe(true);

    const outbox = (
      await ctx.app.inject({ method: 'GET', url: `/api/v1/dev/outbox?to=${encodeURIComponent(body.phone)}` })
    ).json();
    expect(outbox.messages[0].text).toContain('नमस्ते Kamala Devi');
    expect(
      await countRows(
        ctx,
        'audit_log',
        `action = 'artisan.onboarded' and actor_id = '${reviewer.id}' and subject_id = '${artisan.id}'`,
      ),
    ).toBe(1);

    // She can sign in with her own phone and finds her profile and the consent history.
    const her = await signIn(ctx.app, body.phone);
    expect(her.user).toMatchObject({ id: artisan.id, role: 'artisan' });
    const me = (await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: her.auth })).json();
    expect(me.artisan).toMatchObject({
      view: 'full',
      phone: body.phone,
      handle: artisan.handle,
      createdBy: reviewer.id,
    });
    const mine = (
      await ctx.app.inject({ method: 'GET', url: '/api/v1/me/consents', headers: her.auth })
    ).json();
    expect(mine.current.find((c: { purpose: string }) => c.purpose === 'public_portfolio')).toMatchObject({
      status: 'withdrawn',
      channel: 'reviewer',
    });
  });

  it('answers 409 for a phone that already has an account, and writes nothing', async () => {
    const reviewer = await sessionFor(ctx, 'reviewer');
    const existing = await sessionFor(ctx, 'buyer');
    const before = await countRows(ctx, 'artisans');
    const res = await onboard(reviewer.auth, anOnboarding({ phone: existing.phone }));
    expect(res.statusCode).toBe(409);
    expect(res.json().type).toContain('profile-phone-taken');
    expect(await countRows(ctx, 'artisans')).toBe(before);
  });

  it('writes nothing when it fails after the account was created (unknown group, discovered in the transaction)', async () => {
    const reviewer = await sessionFor(ctx, 'reviewer');
    const body = anOnboarding({ groupId: '00000000-0000-4000-8000-00000000abcd' });
    const res = await onboard(reviewer.auth, body);
    expect(res.statusCode).toBe(400);
    expect(res.json().type).toContain('profile-group-unknown');
    expect(await countRows(ctx, 'users', `phone = '${body.phone}'`)).toBe(0);
  });

  it('writes nothing when a consent purpose turns out invalid at the very end (the use case, below the HTTP edge)', async () => {
    const reviewer = await sessionFor(ctx, 'reviewer');
    const phone = aPhone();
    const [users, artisans, consents, audit] = await Promise.all(
      ['users', 'artisans', 'consents', 'audit_log'].map((t) => countRows(ctx, t)),
    );
    const input = {
      ...(anOnboarding({ phone }) as unknown as Parameters<typeof onboardArtisan>[2]),
      consents: [
        { purpose: 'platform_terms' as const, granted: true },
        { purpose: 'sell_my_data' as never, granted: true },
      ],
    };
    await expect(
      onboardArtisan(ctx.container.deps, { userId: reviewer.id, role: 'reviewer', mfa: true }, input),
    ).rejects.toMatchObject({
      kind: 'validation',
      messageKey: 'profile.consent_purpose_unknown',
    });
    expect(await countRows(ctx, 'users', `phone = '${phone}'`)).toBe(0);
    expect(
      await Promise.all(['users', 'artisans', 'consents', 'audit_log'].map((t) => countRows(ctx, t))),
    ).toEqual([users, artisans, consents, audit]);
    const outbox = (
      await ctx.app.inject({ method: 'GET', url: `/api/v1/dev/outbox?to=${encodeURIComponent(phone)}` })
    ).json();
    expect(outbox.messages).toEqual([]);
  });

  it('rejects bad input at the edge: unknown consent purpose, unknown craft, hours out of range, unknown fields', async () => {
    const reviewer = await sessionFor(ctx, 'reviewer');
    const cases: [Record<string, unknown>, string][] = [
      [anOnboarding({ consents: [{ purpose: 'sell_my_data', granted: true }] }), 'validation'],
      [
        anOnboarding({ consents: [{ purpose: 'platform_terms', granted: true, channel: 'app' }] }),
        'validation',
      ],
      [anOnboarding({ crafts: [{ craftId: 'moon-weaving', capacityPerWeek: 1 }] }), 'profile-craft-unknown'],
      [anOnboarding({ availability: { days: ['mon'], hoursPerDay: 30 } }), 'validation'],
      [anOnboarding({ phone: '12345' }), 'validation'],
      [anOnboarding({ role: 'admin' }), 'validation'],
    ];
    for (const [payload, type] of cases) {
      const res = await onboard(reviewer.auth, payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 60)).toBe(400);
      expect(res.json().type).toContain(type);
      expect(await countRows(ctx, 'users', `phone = '${payload.phone}'`)).toBe(0);
    }
  });

  it('is for reviewers and admins with MFA only', async () => {
    const body = anOnboarding();
    for (const role of ['artisan', 'buyer'] as const) {
      expect((await onboard((await sessionFor(ctx, role)).auth, body)).statusCode, role).toBe(403);
    }
    const noMfa = await onboard((await sessionFor(ctx, 'reviewer', { mfa: false })).auth, body);
    expect(noMfa.statusCode).toBe(403);
    expect(noMfa.json().type).toContain('mfa-required');
    expect((await onboard({}, body)).statusCode).toBe(401);
    expect(await countRows(ctx, 'users', `phone = '${body.phone}'`)).toBe(0);
    const admin = await onboard((await sessionFor(ctx, 'admin')).auth, body);
    expect(admin.statusCode).toBe(201);
    expect(admin.json().artisan.phone).toBe(body.phone); // admins see phone numbers
  });
});
