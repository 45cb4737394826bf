import { describe, expect, it } from 'vitest';
import { aPhone, lastCode, signIn, useTestApp } from '../../../test/harness';

const ctx = useTestApp();

describe('sign-in by one-time code', () => {
  it('signs a new phone in end to end and answers /me', async () => {
    const phone = aPhone();
    const sent = await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone } });
    expect(sent.statusCode).toBe(202);
    const code = await lastCode(ctx.app, phone);
    const verified = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/otp/verify',
      payload: { phone, code },
    });
    expect(verified.statusCode).toBe(200);
    const body = verified.json();
    expect(body).toMatchObject({ tokenType: 'Bearer', user: { role: 'artisan', phone } });
    expect(body.accessToken.split('.')).toHaveLength(3);

    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${body.accessToken}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: body.user.id, phone, role: 'artisan' });
  });

  it('accepts national notation and normalises it to E.164', async () => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/otp',
      payload: { phone: '098765 43111' },
    });
    expect(res.statusCode).toBe(202);
    expect(await lastCode(ctx.app, '+919876543111')).toMatch(/^\d{6}$/);
  });

  it('lets a new phone sign up as a buyer but never as staff', async () => {
    const buyer = await signIn(ctx.app, aPhone(), { role: 'buyer' });
    expect(buyer.user.role).toBe('buyer');
    const phone = aPhone();
    await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone } });
    const code = await lastCode(ctx.app, phone);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/otp/verify',
      payload: { phone, code, role: 'admin' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it('stores codes only hashed', async () => {
    const phone = aPhone();
    await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone } });
    const code = await lastCode(ctx.app, phone);
    const rows = await ctx.container.database.db.execute(
      `select code_hash from otp_requests where phone = '${phone}'` as never,
    );
    const hashes = JSON.stringify(rows);
    expect(hashes).not.toContain(code);
  });

  it('enforces a resend cooldown with Retry-After, in her language', async () => {
    const phone = aPhone();
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone } })).statusCode,
    ).toBe(202);
    const again = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/otp',
      payload: { phone },
      headers: { 'accept-language': 'hi-IN' },
    });
    expect(again.statusCode).toBe(429);
    expect(Number(again.headers['retry-after'])).toBeGreaterThan(0);
    expect(again.json().detail).toContain('सेकंड');
  });

  it('locks a code after five wrong tries, even for the right code', async () => {
    const phone = aPhone();
    await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone } });
    const code = await lastCode(ctx.app, phone);
    const wrong = code === '000000' ? '111111' : '000000';
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      statuses.push(
        (
          await ctx.app.inject({
            method: 'POST',
            url: '/api/v1/auth/otp/verify',
            payload: { phone, code: wrong },
          })
        ).statusCode,
      );
    }
    expect(statuses).toEqual([400, 400, 400, 400, 400]);
    const right = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/otp/verify',
      payload: { phone, code },
    });
    expect(right.statusCode).toBe(429);
    expect(right.json().type).toContain('otp-locked');
  });

  it('uses a code once only', async () => {
    const phone = aPhone();
    await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone } });
    const code = await lastCode(ctx.app, phone);
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { phone, code } }))
        .statusCode,
    ).toBe(200);
    expect(
      (await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { phone, code } }))
        .statusCode,
    ).toBe(400);
  });
});

describe('sessions', () => {
  it('rotates refresh tokens and detects reuse by revoking the family', async () => {
    const s = await signIn(ctx.app);
    const first = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: s.refreshToken },
    });
    expect(first.statusCode).toBe(200);
    const next = first.json();
    expect(next.refreshToken).not.toBe(s.refreshToken);

    const replay = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: s.refreshToken },
    });
    expect(replay.statusCode).toBe(401);
    expect(replay.json().type).toContain('refresh-reused');
    const afterReuse = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: next.refreshToken },
    });
    expect(afterReuse.statusCode).toBe(401);
  });

  it('signs out everywhere', async () => {
    const s = await signIn(ctx.app);
    await new Promise((r) => setTimeout(r, 1100));
    const out = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-out-everywhere',
      headers: s.auth,
    });
    expect(out.statusCode).toBe(204);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: s.auth })).statusCode).toBe(
      401,
    );
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/auth/refresh',
          payload: { refreshToken: s.refreshToken },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('rejects tampered, expired-looking and malformed tokens with problem+json', async () => {
    const s = await signIn(ctx.app);
    const [h, p, sig] = s.accessToken.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString());
    const forged = [
      h,
      Buffer.from(JSON.stringify({ ...payload, role: 'admin' })).toString('base64url'),
      sig,
    ].join('.');
    for (const token of [forged, 'garbage', `${h}.${p}.`]) {
      const res = await ctx.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode).toBe(401);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await ctx.app.inject({ method: 'GET', url: '/api/v1/me' })).statusCode).toBe(401);
  });
});

describe('bad input', () => {
  const post = (payload: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    ctx.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload, headers });

  it('answers malformed JSON, wrong types, unknown fields, bad phones and huge bodies with 4xx problem+json', async () => {
    const cases: [string, number][] = [
      ['{"phone": ', 400],
      ['{"phone": 12345}', 400],
      [JSON.stringify({ phone: aPhone(), admin: true }), 400],
      [JSON.stringify({ phone: '+91123' }), 400],
      [JSON.stringify({ phone: 'x'.repeat(2_000_000) }), 413],
    ];
    for (const [payload, status] of cases) {
      const res = await post(payload);
      expect(res.statusCode, payload.slice(0, 40)).toBe(status);
      const problem = res.json();
      expect(problem).toMatchObject({ status, title: expect.any(String), detail: expect.any(String) });
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const typed = await post(JSON.stringify({ phone: 12345 }));
    expect(typed.json().errors[0].path).toContain('phone');
    expect((await post('phone=1', { 'content-type': 'text/plain' })).statusCode).toBe(415);
    expect((await ctx.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });

  it('writes nothing for a rejected request', async () => {
    const before = await ctx.container.database.db.execute(
      'select count(*)::int as n from otp_requests' as never,
    );
    await post(JSON.stringify({ phone: '+91123' }));
    const after = await ctx.container.database.db.execute(
      'select count(*)::int as n from otp_requests' as never,
    );
    expect(JSON.stringify(after)).toBe(JSON.stringify(before));
  });
});
