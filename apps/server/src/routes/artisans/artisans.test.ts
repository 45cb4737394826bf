import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { anArtisanProfile, sessionFor } from '../reviewer/test-support';

const ctx = useTestApp();

const PUBLIC_KEYS = [
  'bio',
  'crafts',
  'displayName',
  'district',
  'handle',
  'id',
  'languages',
  'portfolioPublic',
  'state',
  'stateName',
  'view',
];

describe('GET /artisans/:id — object-level authorisation', () => {
  it('gives the full view to herself and admins, and only the public view to everyone else', async () => {
    const owner = await sessionFor(ctx, 'artisan');
    const created = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/me/artisan',
      headers: owner.auth,
      payload: anArtisanProfile(),
    });
    expect(created.statusCode).toBe(200);
    const viewers = {
      herself: owner.auth,
      admin: (await sessionFor(ctx, 'admin')).auth,
      anotherArtisan: (await sessionFor(ctx, 'artisan')).auth,
      buyer: (await sessionFor(ctx, 'buyer')).auth,
      reviewer: (await sessionFor(ctx, 'reviewer')).auth,
      adminWithoutMfa: (await sessionFor(ctx, 'admin', { mfa: false })).auth,
      anonymous: {},
    };
    const seen: Record<string, string> = {};
    for (const [who, auth] of Object.entries(viewers)) {
      const res = await ctx.app.inject({ method: 'GET', url: `/api/v1/artisans/${owner.id}`, headers: auth });
      expect(res.statusCode, who).toBe(200);
      const body = res.json();
      seen[who] = body.view;
      const raw = res.body;
      if (body.view === 'public') {
        expect(Object.keys(body).sort(), who).toEqual(PUBLIC_KEYS);
        expect(raw, who).not.toContain(owner.phone.slice(-6)); // no phone, masked or not
        expect(raw, who).not.toContain('26.35'); // not even the coarse location
        expect(raw, who).not.toMatch(/hoursPerDay|availability|consent|capacityPerWeek|location/);
      } else {
        expect(body, who).toMatchObject({
          phone: owner.phone,
          location: { lat: 26.35, lng: 86.07 },
          availability: { hoursPerDay: 5 },
        });
      }
    }
    expect(seen).toEqual({
      herself: 'full',
      admin: 'full',
      anotherArtisan: 'public',
      buyer: 'public',
      reviewer: 'public',
      adminWithoutMfa: 'public',
      anonymous: 'public',
    });
  });

  it('finds her by handle with the same rules, and answers 404 and 400 for unknown and malformed ids', async () => {
    const owner = await sessionFor(ctx, 'artisan');
    const { handle } = (
      await ctx.app.inject({
        method: 'PUT',
        url: '/api/v1/me/artisan',
        headers: owner.auth,
        payload: anArtisanProfile(),
      })
    ).json();
    const anon = await ctx.app.inject({ method: 'GET', url: `/api/v1/artisans/by-handle/${handle}` });
    expect(anon.json()).toMatchObject({ view: 'public', id: owner.id, handle });
    const self = await ctx.app.inject({
      method: 'GET',
      url: `/api/v1/artisans/by-handle/${handle}`,
      headers: owner.auth,
    });
    expect(self.json()).toMatchObject({ view: 'full', phone: owner.phone });
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/artisans/by-handle/nobody-0000' })).statusCode,
    ).toBe(404);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/artisans/by-handle/Bad%20Handle' })).statusCode,
    ).toBe(400);
    const missing = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/artisans/00000000-0000-4000-8000-000000000000',
    });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['content-type']).toContain('application/problem+json');
  });

  it('lets an artisan edit only her own profile: there is no route that takes another artisan’s id', async () => {
    const a = await sessionFor(ctx, 'artisan');
    const b = await sessionFor(ctx, 'artisan');
    await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/me/artisan',
      headers: a.auth,
      payload: anArtisanProfile(),
    });
    await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/me/artisan',
      headers: b.auth,
      payload: anArtisanProfile({ displayName: 'Meena' }),
    });
    // b's PATCH changes b, never a
    await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/artisan',
      headers: b.auth,
      payload: { bio: 'b only' },
    });
    expect((await ctx.app.inject({ method: 'GET', url: `/api/v1/artisans/${a.id}` })).json().bio).not.toBe(
      'b only',
    );
    // the managed-artisan routes are for staff only
    const viaReviewerRoute = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/v1/reviewer/artisans/${a.id}`,
      headers: b.auth,
      payload: { bio: 'x' },
    });
    expect(viaReviewerRoute.statusCode).toBe(403);
  });
});
