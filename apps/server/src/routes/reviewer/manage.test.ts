import { describe, expect, it } from 'vitest';
import { aPhone, useTestApp } from '../../../test/harness';
import { anArtisanProfile, countRows, sessionFor, type TestSession, type AuthHeaders } from './test-support';

const ctx = useTestApp();

async function onboarded(reviewer: TestSession, o: Record<string, unknown> = {}) {
  const res = await ctx.app.inject({
    method: 'POST',
    url: '/api/v1/reviewer/artisans',
    headers: reviewer.auth,
    payload: {
      phone: aPhone(),
      ...anArtisanProfile({ bio: undefined }),
      consents: [{ purpose: 'platform_terms', granted: true }],
      ...o,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().artisan as { id: string; phone: string; handle: string };
}
const patch = (auth: AuthHeaders, id: string, payload: object) =>
  ctx.app.inject({ method: 'PATCH', url: `/api/v1/reviewer/artisans/${id}`, headers: auth, payload });
const list = (auth: AuthHeaders, query = '') =>
  ctx.app.inject({ method: 'GET', url: `/api/v1/reviewer/artisans${query}`, headers: auth });

describe('managing onboarded artisans', () => {
  it('lets the reviewer who onboarded her (and admins) update her; other reviewers get 403', async () => {
    const mine = await sessionFor(ctx, 'reviewer');
    const other = await sessionFor(ctx, 'reviewer');
    const admin = await sessionFor(ctx, 'admin');
    const artisan = await onboarded(mine);

    const ok = await patch(mine.auth, artisan.id, {
      crafts: [
        { craftId: 'kantha', capacityPerWeek: 2 },
        { craftId: 'madhubani', capacityPerWeek: 3 },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().crafts).toEqual([
      { craftId: 'kantha', capacityPerWeek: 2 },
      { craftId: 'madhubani', capacityPerWeek: 3 },
    ]);
    const denied = await patch(other.auth, artisan.id, { bio: 'not yours' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().type).toContain('profile-not-managed');
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: `/api/v1/reviewer/artisans/${artisan.id}`,
          headers: other.auth,
        })
      ).statusCode,
    ).toBe(403);

    const byAdmin = await patch(admin.auth, artisan.id, { preferredLanguage: 'mr', bio: 'Set by admin' });
    expect(byAdmin.statusCode).toBe(200);
    expect(byAdmin.json()).toMatchObject({ preferredLanguage: 'mr', bio: 'Set by admin', view: 'managed' });
    expect(byAdmin.json().phone).not.toContain('*');
    expect(
      await countRows(
        ctx,
        'audit_log',
        `subject_id = '${artisan.id}' and action = 'artisan.profile_updated'`,
      ),
    ).toBe(2);

    const detail = (
      await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/reviewer/artisans/${artisan.id}`,
        headers: mine.auth,
      })
    ).json();
    expect(detail).toMatchObject({ preferredLanguage: 'mr', view: 'managed' });
    expect(detail.phone).toContain('******');
    expect(detail.consents.find((c: { purpose: string }) => c.purpose === 'platform_terms')).toMatchObject({
      status: 'granted',
      channel: 'reviewer',
    });
  });

  it('lists the artisans she onboarded (createdBy=me); only admins may list other reviewers’ or everyone’s', async () => {
    const r1 = await sessionFor(ctx, 'reviewer');
    const r2 = await sessionFor(ctx, 'reviewer');
    const admin = await sessionFor(ctx, 'admin');
    const a1 = await onboarded(r1);
    const a2 = await onboarded(r1, { displayName: 'Second' });
    const b1 = await onboarded(r2);

    const own = await list(r1.auth, '?createdBy=me');
    expect(own.statusCode).toBe(200);
    expect(
      own
        .json()
        .items.map((i: { id: string }) => i.id)
        .sort(),
    ).toEqual([a1.id, a2.id].sort());
    expect(own.json().items.every((i: { phone: string }) => i.phone.includes('*'))).toBe(true);
    expect((await list(r1.auth)).json().items).toHaveLength(2);
    expect((await list(r1.auth, '?limit=1')).json().items).toHaveLength(1);
    expect((await list(r1.auth, `?createdBy=${r2.id}`)).statusCode).toBe(403);
    expect((await list(r1.auth, '?createdBy=someone')).statusCode).toBe(400);
    expect((await list(r1.auth, '?limit=1000')).statusCode).toBe(400);

    const theirs = await list(admin.auth, `?createdBy=${r2.id}`);
    expect(theirs.json().items.map((i: { id: string }) => i.id)).toEqual([b1.id]);
    expect(theirs.json().items[0].phone).not.toContain('*');
    expect((await list((await sessionFor(ctx, 'artisan')).auth, '?createdBy=me')).statusCode).toBe(403);
  });
});

describe('self-help groups', () => {
  it('registers a group, adds members and makes exactly one of them the lead', async () => {
    const reviewer = await sessionFor(ctx, 'reviewer');
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/reviewer/groups',
      headers: reviewer.auth,
      payload: { name: '  Jitwarpur   Mahila SHG ', kind: 'shg', district: 'Madhubani', state: 'बिहार' },
    });
    expect(created.statusCode).toBe(201);
    const group = created.json();
    expect(group).toMatchObject({
      name: 'Jitwarpur Mahila SHG',
      kind: 'shg',
      state: 'BR',
      stateName: 'Bihar',
      district: 'Madhubani',
      createdBy: reviewer.id,
    });

    const a = await onboarded(reviewer, { groupId: group.id, isGroupLead: true });
    const b = await onboarded(reviewer, { displayName: 'Rani' });
    const noGroup = await patch(reviewer.auth, b.id, { isGroupLead: true });
    expect(noGroup.statusCode).toBe(400);
    expect(noGroup.json().type).toContain('profile-group-lead-needs-group');

    const lead = await patch(reviewer.auth, b.id, { groupId: group.id, isGroupLead: true });
    expect(lead.json()).toMatchObject({ groupId: group.id, isGroupLead: true });
    const detail = (
      await ctx.app.inject({
        method: 'GET',
        url: `/api/v1/reviewer/groups/${group.id}`,
        headers: reviewer.auth,
      })
    ).json();
    expect(detail.members.map((m: { id: string; isGroupLead: boolean }) => [m.id, m.isGroupLead])).toEqual([
      [b.id, true],
      [a.id, false],
    ]);

    // Leaving the group ends the lead role.
    const left = await patch(reviewer.auth, b.id, { groupId: null });
    expect(left.json()).toMatchObject({ groupId: null, isGroupLead: false });

    const listed = (
      await ctx.app.inject({
        method: 'GET',
        url: '/api/v1/reviewer/groups?state=Bihar',
        headers: reviewer.auth,
      })
    ).json();
    expect(listed.items.map((g: { id: string }) => g.id)).toContain(group.id);
    const elsewhere = (
      await ctx.app.inject({ method: 'GET', url: '/api/v1/reviewer/groups?state=KL', headers: reviewer.auth })
    ).json();
    expect(elsewhere.items.map((g: { id: string }) => g.id)).not.toContain(group.id);
  });

  it('lets an artisan join a group herself but not make herself its lead', async () => {
    const reviewer = await sessionFor(ctx, 'reviewer');
    const group = (
      await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/reviewer/groups',
        headers: reviewer.auth,
        payload: { name: 'Warli Co-op', kind: 'cooperative', district: 'Palghar', state: 'MH' },
      })
    ).json();
    const artisan = await sessionFor(ctx, 'artisan');
    const joined = await ctx.app.inject({
      method: 'PUT',
      url: '/api/v1/me/artisan',
      headers: artisan.auth,
      payload: anArtisanProfile({ groupId: group.id }),
    });
    expect(joined.json()).toMatchObject({ groupId: group.id, isGroupLead: false });
    const selfLead = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/me/artisan',
      headers: artisan.auth,
      payload: { isGroupLead: true },
    });
    expect(selfLead.statusCode).toBe(400);
  });

  it('rejects bad groups and non-staff callers', async () => {
    const reviewer = await sessionFor(ctx, 'reviewer');
    const post = (auth: AuthHeaders, payload: object) =>
      ctx.app.inject({ method: 'POST', url: '/api/v1/reviewer/groups', headers: auth, payload });
    expect(
      (await post(reviewer.auth, { name: 'X', kind: 'club', district: 'Pune', state: 'MH' })).statusCode,
    ).toBe(400);
    expect(
      (await post(reviewer.auth, { name: 'X', kind: 'shg', district: 'Pune', state: 'Gondor' })).json().type,
    ).toContain('state-unknown');
    expect(
      (
        await post((await sessionFor(ctx, 'buyer')).auth, {
          name: 'X',
          kind: 'shg',
          district: 'Pune',
          state: 'MH',
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: '/api/v1/reviewer/groups/00000000-0000-4000-8000-000000000000',
          headers: reviewer.auth,
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('API documentation', () => {
  it('publishes the profile routes and their schemas in the OpenAPI document', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/docs/json' })).json();
    for (const path of [
      '/api/v1/me/artisan',
      '/api/v1/me/consents',
      '/api/v1/me/buyer',
      '/api/v1/buyers/{id}',
      '/api/v1/reviewer/artisans',
      '/api/v1/reviewer/artisans/{id}',
      '/api/v1/reviewer/groups',
    ]) {
      expect(doc.paths, path).toHaveProperty([path]);
    }
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['ArtisanPublic', 'ArtisanFull', 'BuyerPublic', 'ConsentOverview']),
    );
  });
});
