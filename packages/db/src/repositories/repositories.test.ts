import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArtisanProfile, User } from '@shebalance/core';
import { openTestDatabase, type TestDatabase } from '../../../../test/db';
import { createRepositories, createUnitOfWork, findArtisansNear, verifyAuditChain } from './index';
import { createEntityCache } from './cache';

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(async () => t?.dispose());

let n = 0;
const aUser = (over: Partial<User> = {}): User => ({
  id: randomUUID(),
  phone: `+9197${String(Date.now() % 1e6).padStart(6, '0')}${String(++n).padStart(2, '0')}`,
  role: 'artisan',
  status: 'active',
  displayName: null,
  preferredLanguage: 'hi',
  mfaEnabled: false,
  tokensValidAfter: null,
  cognitoSub: null,
  isDemo: false,
  createdAt: new Date(),
  ...over,
});
const anArtisan = (userId: string, over: Partial<ArtisanProfile> = {}): ArtisanProfile => ({
  userId,
  handle: `artisan-${userId.slice(0, 8)}`,
  displayName: 'Sunita Devi',
  preferredLanguage: 'hi',
  languages: ['hi'],
  district: 'Lucknow',
  state: 'UP',
  location: { lat: 26.85, lng: 80.95 },
  availability: { days: ['mon', 'tue'], hoursPerDay: 4 },
  crafts: [{ craftId: 'chikankari', capacityPerWeek: 2 }],
  groupId: null,
  isGroupLead: false,
  bio: null,
  portfolioPublic: false,
  createdBy: null,
  createdAt: new Date(),
  updatedAt: new Date(),
  ...over,
});

describe(`repositories on ${process.env.TEST_DB ?? 'pglite'}`, () => {
  it('round-trips users and artisan profiles with their crafts', async () => {
    const repos = createRepositories(t.handle.db);
    const user = await repos.users.create(aUser());
    await repos.artisans.save(
      anArtisan(user.id, {
        crafts: [
          { craftId: 'chikankari', capacityPerWeek: 3 },
          { craftId: 'zardozi', capacityPerWeek: 1 },
        ],
      }),
    );
    const back = await repos.artisans.get(user.id);
    expect(back?.crafts).toEqual([
      { craftId: 'chikankari', capacityPerWeek: 3 },
      { craftId: 'zardozi', capacityPerWeek: 1 },
    ]);
    expect(back?.location).toEqual({ lat: 26.85, lng: 80.95 });
    expect(await repos.users.findByPhone(user.phone)).toMatchObject({ id: user.id });
  });

  it('finds artisans by great-circle distance with earthdistance', async () => {
    const repos = createRepositories(t.handle.db);
    const places = {
      lucknow: { lat: 26.85, lng: 80.95 },
      kanpur: { lat: 26.45, lng: 80.33 },
      jaipur: { lat: 26.91, lng: 75.79 },
    };
    const ids: Record<string, string> = {};
    for (const [name, location] of Object.entries(places)) {
      const u = await repos.users.create(aUser());
      ids[name] = u.id;
      await repos.artisans.save(
        anArtisan(u.id, {
          location,
          crafts: [{ craftId: name === 'kanpur' ? 'zardozi' : 'chikankari', capacityPerWeek: 2 }],
        }),
      );
    }
    const near = await findArtisansNear(t.handle.db, places.lucknow, 100);
    const mine = near.filter((a) => Object.values(ids).includes(a.userId));
    expect(mine.map((a) => a.userId)).toEqual([ids.lucknow, ids.kanpur]);
    expect(mine[1]!.distanceKm).toBeGreaterThan(70);
    expect(mine[1]!.distanceKm).toBeLessThan(80);
    const chikan = await findArtisansNear(t.handle.db, places.lucknow, 600, { craftId: 'chikankari' });
    expect(chikan.map((a) => a.userId)).toEqual(expect.arrayContaining([ids.lucknow, ids.jaipur]));
    expect(chikan.map((a) => a.userId)).not.toContain(ids.kanpur);
  });

  it('rolls a unit of work back completely on failure', async () => {
    const uow = createUnitOfWork(t.handle.db);
    const user = aUser();
    await expect(
      uow.run(async (repos) => {
        await repos.users.create(user);
        await repos.artisans.save(anArtisan(user.id));
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const repos = createRepositories(t.handle.db);
    expect(await repos.users.findById(user.id)).toBeUndefined();
    expect(await repos.artisans.get(user.id)).toBeUndefined();
  });

  it('keeps the read cache consistent with writes made in a transaction', async () => {
    const cache = createEntityCache({ ttlMs: 60_000, maxEntries: 100 });
    const { createCachedRepositories } = await import('./index');
    const repos = createCachedRepositories(t.handle.db, cache);
    const user = await repos.users.create(aUser());
    expect((await repos.users.findById(user.id))?.status).toBe('active');
    await createUnitOfWork(t.handle.db, cache).run((tx) => tx.users.update(user.id, { status: 'disabled' }));
    expect((await repos.users.findById(user.id))?.status).toBe('disabled');
  });

  it('chains the audit log so tampering is detected', async () => {
    const repos = createRepositories(t.handle.db);
    await repos.audit.append({
      actorId: null,
      action: 'test.one',
      subjectType: 'x',
      subjectId: '1',
      data: { b: 1, a: [1, { z: 2, y: 3 }] },
    });
    await repos.audit.append({ actorId: null, action: 'test.two', subjectType: 'x', subjectId: '2' });
    expect(await verifyAuditChain(t.handle.db)).toBeNull();
    await t.handle.db.execute(
      `update audit_log set action = 'test.forged' where action = 'test.one'` as never,
    );
    expect(await verifyAuditChain(t.handle.db)).not.toBeNull();
  });
});
