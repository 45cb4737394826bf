import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';
import { countRows, sessionFor, type AuthHeaders } from '../reviewer/test-support';

const ctx = useTestApp();
const put = (auth: AuthHeaders, payload: object) =>
  ctx.app.inject({ method: 'PUT', url: '/api/v1/me/buyer', headers: auth, payload });
const aBuyer = (o: Record<string, unknown> = {}) => ({
  organisation: 'Rangsutra Crafts',
  type: 'brand',
  gstin: '27aapfu0939f1zv',
  district: 'Pune',
  state: 'Maharashtra',
  location: { lat: 18.520431, lng: 73.856743 },
  ...o,
});

describe('PUT /me/buyer', () => {
  it('creates and replaces her organisation profile, with a normalised GSTIN and a coarse location', async () => {
    const s = await sessionFor(ctx, 'buyer');
    const res = await put(s.auth, aBuyer());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      view: 'full',
      id: s.id,
      phone: s.phone,
      organisation: 'Rangsutra Crafts',
      type: 'brand',
      gstin: '27AAPFU0939F1ZV',
      district: 'Pune',
      state: 'MH',
      stateName: 'Maharashtra',
      location: { lat: 18.52, lng: 73.86 },
    });
    const replaced = await put(s.auth, { organisation: 'Rangsutra', type: 'exporter' });
    expect(replaced.json()).toMatchObject({
      organisation: 'Rangsutra',
      type: 'exporter',
      gstin: null,
      district: null,
      state: null,
      location: null,
    });
    expect(replaced.json().createdAt).toBe(res.json().createdAt);
    const me = (await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: s.auth })).json();
    expect(me.buyer).toMatchObject({ organisation: 'Rangsutra', view: 'full' });
  });

  it('rejects a GSTIN with a wrong check character, bad shape or state code, and other bad input', async () => {
    const s = await sessionFor(ctx, 'buyer');
    const cases: [Record<string, unknown>, string][] = [
      [aBuyer({ gstin: '27AAPFU0939F1ZW' }), 'profile-gstin-invalid'],
      [aBuyer({ gstin: '27AAPFU0939F1Z' }), 'profile-gstin-invalid'],
      [aBuyer({ gstin: '99AAPFU0939F1ZV' }), 'profile-gstin-invalid'],
      [aBuyer({ gstin: '27AAPFU0939FAZV' }), 'profile-gstin-invalid'],
      [aBuyer({ type: 'wholesaler' }), 'validation'],
      [aBuyer({ state: null }), 'validation'],
      [aBuyer({ location: { lat: 23.81, lng: 90.41 } }), 'profile-location-outside-india'],
      [aBuyer({ state: 'Narnia' }), 'profile-state-unknown'],
      [aBuyer({ verified: true }), 'validation'],
    ];
    for (const [payload, type] of cases) {
      const res = await put(s.auth, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().type).toContain(type);
    }
    const checksum = await put(s.auth, aBuyer({ gstin: '27AAPFU0939F1ZW' }));
    expect(checksum.json().errors[0]).toMatchObject({
      path: 'gstin',
      message: expect.stringContaining('does not match'),
    });
    expect(await countRows(ctx, 'buyers', `user_id = '${s.id}'`)).toBe(0);
  });

  it('is for buyers only', async () => {
    const artisan = await sessionFor(ctx, 'artisan');
    expect((await put(artisan.auth, aBuyer())).statusCode).toBe(403);
    expect((await put({}, aBuyer())).statusCode).toBe(401);
  });
});

describe('GET /buyers/:id', () => {
  it('shows the full view to herself and admins, the public view to everyone else', async () => {
    const owner = await sessionFor(ctx, 'buyer');
    await put(owner.auth, aBuyer());
    const url = `/api/v1/buyers/${owner.id}`;
    const viewers = {
      owner: owner.auth,
      admin: (await sessionFor(ctx, 'admin')).auth,
      otherBuyer: (await sessionFor(ctx, 'buyer')).auth,
      artisan: (await sessionFor(ctx, 'artisan')).auth,
      reviewer: (await sessionFor(ctx, 'reviewer')).auth,
      adminWithoutMfa: (await sessionFor(ctx, 'admin', { mfa: false })).auth,
      anonymous: {},
    };
    const views: Record<string, string> = {};
    for (const [who, auth] of Object.entries(viewers)) {
      const res = await ctx.app.inject({ method: 'GET', url, headers: auth });
      expect(res.statusCode, who).toBe(200);
      const body = res.json();
      views[who] = body.view;
      if (body.view === 'public') {
        expect(Object.keys(body).sort(), who).toEqual([
          'district',
          'id',
          'organisation',
          'state',
          'stateName',
          'type',
          'view',
        ]);
        expect(JSON.stringify(body)).not.toContain(owner.phone.slice(-6));
      } else {
        expect(body).toMatchObject({ phone: owner.phone, gstin: '27AAPFU0939F1ZV' });
      }
    }
    expect(views).toEqual({
      owner: 'full',
      admin: 'full',
      otherBuyer: 'public',
      artisan: 'public',
      reviewer: 'public',
      adminWithoutMfa: 'public',
      anonymous: 'public',
    });
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/buyers/00000000-0000-4000-8000-000000000000' }))
        .statusCode,
    ).toBe(404);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/buyers/not-a-uuid' })).statusCode).toBe(400);
  });
});
