import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/harness';
import { DEMO, seedDemo } from './demo';

const ctx = useTestApp();
const q = async (text: string) => {
  const r = await ctx.container.database.db.execute(text as never);
  return ((Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as Record<string, unknown>[])[0]!;
};

describe('demo data', () => {
  it('seeds a realistic, flagged demo and re-seeds without duplicating', async () => {
    await seedDemo(ctx.container.database.db);
    await seedDemo(ctx.container.database.db);
    const artisans = await q(
      `select count(*)::int n, count(distinct state)::int states from artisans a join users u on u.id = a.user_id where u.is_demo`,
    );
    expect(artisans.n).toBe(DEMO.artisans);
    expect(Number(artisans.states)).toBeGreaterThanOrEqual(10);
    expect(
      Number((await q(`select count(distinct craft_id)::int n from artisan_crafts`)).n),
    ).toBeGreaterThanOrEqual(15);
    expect(Number((await q(`select count(*)::int n from users where role = 'buyer' and is_demo`)).n)).toBe(
      20,
    );
    expect(
      Number((await q(`select count(*)::int n from users where role in ('reviewer','admin') and is_demo`)).n),
    ).toBe(2);
    expect(
      Number((await q(`select count(*)::int n from opportunities where status = 'open' and is_demo`)).n),
    ).toBeGreaterThanOrEqual(3);
    expect(
      Number((await q(`select count(*)::int n from artisans where bio not like '%(Demo profile)%'`)).n),
    ).toBe(0);
    expect(
      Number(
        (
          await q(
            `select count(*)::int n from groups g where not exists (select 1 from artisans a where a.group_id = g.id)`,
          )
        ).n,
      ),
    ).toBe(0);
  });

  it('lets a demo artisan sign in and see her seeded profile', async () => {
    const phone = DEMO.artisanPhone;
    await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/otp', payload: { phone } });
    const outbox = (
      await ctx.app.inject({ method: 'GET', url: `/api/v1/dev/outbox?to=${encodeURIComponent(phone)}` })
    ).json();
    const code = /(\d{6})/.exec(outbox.messages[0].text)![1];
    const session = (
      await ctx.app.inject({ method: 'POST', url: '/api/v1/auth/otp/verify', payload: { phone, code } })
    ).json();
    const me = (
      await ctx.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${session.accessToken}` },
      })
    ).json();
    expect(me.isDemo).toBe(true);
    expect(me.artisan.crafts.length).toBeGreaterThan(0);
  });
});
