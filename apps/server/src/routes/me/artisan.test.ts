import { describe, expect, it } from 'vitest';
import { signIn, useTestApp } from '../../../test/harness';
import { anArtisanProfile, countRows, sessionFor, type AuthHeaders } from '../reviewer/test-support';

const ctx = useTestApp();
const put = (auth: AuthHeaders, payload: unknown) =>
  ctx.app.inject({ method: 'PUT', url: '/api/v1/me/artisan', headers: auth, payload: payload as object });
const patch = (auth: AuthHeaders, payload: unknown) =>
  ctx.app.inject({ method: 'PATCH', url: '/api/v1/me/artisan', headers: auth, payload: payload as object });

describe('PUT /me/artisan', () => {
  it('creates her profile through a real sign-in, with a handle, official place names and a coarsened location', async () => {
    const s = await signIn(ctx.app);
    const res = await put(s.auth, anArtisanProfile({ state: 'bihar', district: 'madhubani district' }));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      view: 'full',
      id: s.user.id,
      phone: s.phone,
      displayName: 'Sunita Devi',
      state: 'BR',
      stateName: 'Bihar',
      district: 'Madhubani',
      location: { lat: 26.35, lng: 86.07 },
      availability: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], hoursPerDay: 5 },
      crafts: [{ craftId: 'madhubani', capacityPerWeek: 4 }],
      isGroupLead: false,
      portfolioPublic: false,
    });
    expect(body.handle).toMatch(/^sunita-devi-[0-9a-f]{4}$/);

    const rows = await countRows(ctx, 'artisans', `user_id = '${s.user.id}' and lat = 26.35 and lng = 86.07`);
    expect(rows).toBe(1); // only the coarse point is stored

    const me = (await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: s.auth })).json();
    expect(me).toMatchObject({
      id: s.user.id,
      preferredLanguage: 'hi',
      displayName: 'Sunita Devi',
      artisan: { handle: body.handle, view: 'full' },
    });
  });

  it('keeps her handle when she replaces the profile, and accepts a district it does not know as typed', async () => {
    const s = await sessionFor(ctx, 'artisan');
    const first = (await put(s.auth, anArtisanProfile())).json();
    const again = await put(
      s.auth,
      anArtisanProfile({
        displayName: 'Sunita Kumari',
        district: 'Jitwarpur Block',
        location: null,
        bio: null,
      }),
    );
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({
      handle: first.handle,
      displayName: 'Sunita Kumari',
      district: 'Jitwarpur Block',
      location: null,
      bio: null,
    });
    expect(again.json().createdAt).toBe(first.createdAt);
  });

  it('gives two artisans with the same name different handles and romanises Indic names', async () => {
    const a = await sessionFor(ctx, 'artisan');
    const b = await sessionFor(ctx, 'artisan');
    const ha = (await put(a.auth, anArtisanProfile({ displayName: 'लक्ष्मी देवी' }))).json().handle;
    const hb = (await put(b.auth, anArtisanProfile({ displayName: 'लक्ष्मी देवी' }))).json().handle;
    expect(ha).toMatch(/^lakshmi-devi-[0-9a-f]{4}$/);
    expect(hb).toMatch(/^lakshmi-devi-[0-9a-f]{4}$/);
    expect(ha).not.toBe(hb);
  });

  it('answers bad input with 400 problem+json that names the problem, in her language', async () => {
    const s = await sessionFor(ctx, 'artisan');
    const cases: [Record<string, unknown>, string, string?][] = [
      [
        anArtisanProfile({ crafts: [{ craftId: 'underwater-basket-weaving', capacityPerWeek: 2 }] }),
        'profile-craft-unknown',
      ],
      [
        anArtisanProfile({ availability: { days: ['mon'], hoursPerDay: 30 } }),
        'validation',
        'body.availability.hoursPerDay',
      ],
      [anArtisanProfile({ location: { lat: 51.5, lng: -0.12 } }), 'profile-location-outside-india'],
      [anArtisanProfile({ location: { lat: 27.71, lng: 85.32 } }), 'profile-location-outside-india'],
      [anArtisanProfile({ location: { lat: 123, lng: 77 } }), 'validation'],
      [anArtisanProfile({ isGroupLead: true }), 'validation'],
      [anArtisanProfile({ phone: '+919999999999' }), 'validation'],
      [anArtisanProfile({ state: 'Atlantis' }), 'profile-state-unknown'],
      [anArtisanProfile({ groupId: '00000000-0000-4000-8000-000000000000' }), 'profile-group-unknown'],
      [anArtisanProfile({ crafts: [] }), 'validation'],
      [
        anArtisanProfile({
          crafts: [
            { craftId: 'warli', capacityPerWeek: 1 },
            { craftId: 'warli', capacityPerWeek: 2 },
          ],
        }),
        'validation',
      ],
      [anArtisanProfile({ portfolioPublic: true }), 'profile-portfolio-needs-consent'],
    ];
    for (const [payload, type, path] of cases) {
      const res = await put({ ...s.auth, 'accept-language': 'en' }, payload);
      expect(res.statusCode, JSON.stringify(payload).slice(0, 80)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json().type).toContain(type);
      if (path) expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const unknown = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/me/artisan?lang=hi',
      headers: s.auth,
      payload: anArtisanProfile({ crafts: [{ craftId: 'glass-blowing-x', capacityPerWeek: 1 }] }),
    });
    expect(unknown.json().detail).toContain('glass-blowing-x');
    expect(unknown.json().detail).toContain('शिल्प');
    expect(await countRows(ctx, 'artisans', `user_id = '${s.id}'`)).toBe(0);
  });

  it('is for artisans only: a buyer gets 403, anonymous 401', async () => {
    const buyer = await sessionFor(ctx, 'buyer');
    const res = await put(buyer.auth, anArtisanProfile());
    expect(res.statusCode).toBe(403);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect((await put({}, anArtisanProfile())).statusCode).toBe(401);
    const reviewer = await sessionFor(ctx, 'reviewer');
    expect((await put(reviewer.auth, { nonsense: true })).statusCode).toBe(403);
  });
});

describe('PATCH /me/artisan', () => {
  it('changes only what she sends and keeps her account language in step', async () => {
    const s = await sessionFor(ctx, 'artisan');
    const created = (await put(s.auth, anArtisanProfile())).json();
    const res = await patch(s.auth, {
      preferredLanguage: 'bn',
      availability: { days: ['sun', 'sat', 'mon'], hoursPerDay: 0 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      preferredLanguage: 'bn',
      languages: ['bn', 'hi', 'en'],
      availability: { days: ['mon', 'sat', 'sun'], hoursPerDay: 0 },
      crafts: created.crafts,
      district: created.district,
      handle: created.handle,
    });
    const me = (await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: s.auth })).json();
    expect(me.preferredLanguage).toBe('bn');

    const moved = (
      await patch(s.auth, { state: 'UP', district: 'Lucknow', location: { lat: 26.8467, lng: 80.9462 } })
    ).json();
    expect(moved).toMatchObject({ state: 'UP', district: 'Lucknow', location: { lat: 26.85, lng: 80.95 } });
  });

  it('needs an existing profile, at least one field, and no unknown fields', async () => {
    const s = await sessionFor(ctx, 'artisan');
    const before = await patch(s.auth, { bio: 'hello' });
    expect(before.statusCode).toBe(404);
    expect(before.json().type).toContain('profile-create-first');
    await put(s.auth, anArtisanProfile());
    expect((await patch(s.auth, {})).statusCode).toBe(400);
    expect((await patch(s.auth, { handle: 'i-choose-my-own' })).statusCode).toBe(400);
    expect((await patch(s.auth, { availability: { days: ['mon'], hoursPerDay: 17 } })).statusCode).toBe(400);
    expect((await patch(s.auth, { location: { lat: 6.93, lng: 79.85 } })).json().type).toContain(
      'outside-india',
    );
  });
});
