import { beforeAll, describe, expect, it } from 'vitest';
import { aPhone, lastCode, signIn, useTestApp } from '../../../test/harness';
import { bearer, createAccount, staffWithMfa } from '../../../test/staff';

const ctx = useTestApp();
let admin: Awaited<ReturnType<typeof staffWithMfa>>;
beforeAll(async () => {
  admin = await staffWithMfa(ctx, 'admin');
});

const api = (
  method: 'GET' | 'POST' | 'PATCH',
  url: string,
  headers: Record<string, string>,
  payload?: object,
) => ctx.app.inject({ method, url: `/api/v1/admin${url}`, headers, payload });

async function auditFor(subjectId: string) {
  const result = (await ctx.container.database.db.execute(
    `select action, actor_id, data from audit_log where subject_id = '${subjectId}' order by seq` as never,
  )) as unknown as { rows?: Record<string, unknown>[] } | Record<string, unknown>[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}

describe('admin user management', () => {
  it('creates accounts with any role, normalising the phone; a taken phone is 409', async () => {
    const national = `0${aPhone().slice(3)}`;
    const created = await api('POST', '/users', admin.auth, {
      phone: national,
      role: 'reviewer',
      displayName: 'Meena Devi',
    });
    expect(created.statusCode).toBe(201);
    const user = created.json();
    expect(user).toMatchObject({
      phone: `+91${national.slice(1)}`,
      role: 'reviewer',
      status: 'active',
      displayName: 'Meena Devi',
      mfaEnabled: false,
    });

    const again = await api('POST', '/users', admin.auth, { phone: user.phone, role: 'buyer' });
    expect(again.statusCode).toBe(409);
    expect(again.headers['content-type']).toContain('application/problem+json');
    expect(again.json().type).toContain('profile-phone-taken');

    const audit = await auditFor(user.id);
    expect(audit).toEqual([
      expect.objectContaining({ action: 'admin.user_created', actor_id: admin.userId }),
    ]);

    // The new reviewer signs in with her phone and must still set up TOTP before staff work.
    const reviewer = await signIn(ctx.app, user.phone);
    expect(reviewer.user).toMatchObject({ id: user.id, role: 'reviewer' });
    const staffOnly = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/recovery-codes',
      headers: reviewer.auth,
    });
    expect(staffOnly.json().type).toContain('mfa-required');
  });

  it('lists accounts by role with paging, phones in full', async () => {
    const phones = [aPhone(), aPhone(), aPhone()];
    for (const phone of phones)
      expect((await api('POST', '/users', admin.auth, { phone, role: 'buyer' })).statusCode).toBe(201);
    const all = await api('GET', '/users?role=buyer&limit=200', admin.auth);
    expect(all.statusCode).toBe(200);
    const listed = all.json().items as { phone: string; role: string }[];
    expect(listed.every((u) => u.role === 'buyer')).toBe(true);
    expect(listed.map((u) => u.phone)).toEqual(expect.arrayContaining(phones));

    const first = (await api('GET', '/users?role=buyer&limit=2', admin.auth)).json();
    const second = (await api('GET', '/users?role=buyer&limit=2&offset=2', admin.auth)).json();
    expect(first).toMatchObject({ limit: 2, offset: 0 });
    expect(first.items).toHaveLength(2);
    const ids = [...first.items, ...second.items].map((u: { id: string }) => u.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(listed.slice(0, ids.length).map((u) => (u as unknown as { id: string }).id));

    for (const query of ['role=superuser', 'limit=0', 'limit=abc', 'offset=-1', 'extra=1']) {
      const res = await api('GET', `/users?${query}`, admin.auth);
      expect(res.statusCode, query).toBe(400);
    }
  });

  it('changes a role, and disabling ends every session at once', async () => {
    const artisan = await signIn(ctx.app);
    const changed = await api('PATCH', `/users/${artisan.user.id}`, admin.auth, { role: 'buyer' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ role: 'buyer', status: 'active' });
    const me = await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: artisan.auth });
    expect(me.json().role).toBe('buyer');

    const disabled = await api('PATCH', `/users/${artisan.user.id}`, admin.auth, { status: 'disabled' });
    expect(disabled.statusCode).toBe(200);
    expect(disabled.json().status).toBe('disabled');
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: artisan.auth })).statusCode,
    ).toBe(401);
    const refresh = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: artisan.refreshToken },
    });
    expect(refresh.statusCode).toBe(401);

    const enabled = await api('PATCH', `/users/${artisan.user.id}`, admin.auth, { status: 'active' });
    expect(enabled.json().status).toBe('active');
    // Her old refresh token stays revoked: she signs in afresh.
    const stillRevoked = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: artisan.refreshToken },
    });
    expect(stillRevoked.statusCode).toBe(401);

    const actions = (await auditFor(artisan.user.id)).map((r) => r.action);
    expect(actions.filter((a) => a === 'admin.user_updated')).toHaveLength(3);
  });

  it('refuses sign-in to a disabled account', async () => {
    const phone = aPhone();
    const created = (await api('POST', '/users', admin.auth, { phone, role: 'artisan' })).json();
    await api('PATCH', `/users/${created.id}`, admin.auth, { status: 'disabled' });
    await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone } });
    const code = await lastCode(ctx.app, phone);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/otp/verify',
      payload: { phone, code },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().type).toContain('account-disabled');
  });

  it('answers bad updates: unknown user 404, own account 403, empty or unknown fields 400', async () => {
    const someone = await createAccount(ctx, 'artisan');
    expect(
      (await api('PATCH', `/users/${crypto.randomUUID()}`, admin.auth, { role: 'buyer' })).statusCode,
    ).toBe(404);
    const self = await api('PATCH', `/users/${admin.userId}`, admin.auth, { status: 'disabled' });
    expect(self.statusCode).toBe(403);
    expect(self.json().type).toContain('admin-self-change');
    for (const body of [
      {},
      { role: 'king' },
      { status: 'deleted' },
      { role: 'buyer', phone: '+919999999999' },
    ]) {
      expect(
        (await api('PATCH', `/users/${someone.userId}`, admin.auth, body)).statusCode,
        JSON.stringify(body),
      ).toBe(400);
    }
    expect((await api('PATCH', '/users/not-a-uuid', admin.auth, { role: 'buyer' })).statusCode).toBe(400);
    expect((await api('POST', '/users', admin.auth, { phone: '+91123', role: 'buyer' })).statusCode).toBe(
      400,
    );
  });
});

describe('authorisation', () => {
  it('lets only admins with a TOTP-verified session in', async () => {
    const artisan = await signIn(ctx.app);
    const buyer = await signIn(ctx.app, aPhone(), { role: 'buyer' });
    const reviewer = await staffWithMfa(ctx, 'reviewer');
    const target = await createAccount(ctx, 'artisan');
    const calls = (headers: Record<string, string>) => [
      api('GET', '/users', headers),
      api('POST', '/users', headers, { phone: aPhone(), role: 'admin' }),
      api('PATCH', `/users/${target.userId}`, headers, { role: 'admin' }),
    ];
    for (const who of [artisan.auth, buyer.auth, reviewer.auth]) {
      for (const res of await Promise.all(calls(who))) {
        expect(res.statusCode).toBe(403);
        expect(res.json().type).toContain('forbidden');
      }
    }
    for (const res of await Promise.all(calls(bearer(admin.firstAccessToken)))) {
      expect(res.statusCode).toBe(403);
      expect(res.json().type).toContain('mfa-required');
    }
    for (const res of await Promise.all(calls({}))) expect(res.statusCode).toBe(401);
    const untouched = await ctx.container.deps.repos.users.findById(target.userId);
    expect(untouched?.role).toBe('artisan');
  });
});
