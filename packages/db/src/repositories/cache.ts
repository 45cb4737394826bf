import type { ArtisanProfile, Repositories, User } from '@shebalance/core';

/**
 * A small in-process read cache (L1) for the hottest reads: the user behind every bearer token and her
 * profile. Entries live `ttlMs` at most, so another instance's write is seen within that bound;
 * `onInvalidate` lets a bus (Redis pub/sub when configured) carry invalidations to other instances.
 */
export interface EntityCache {
  get<T>(key: string): T | undefined;
  set(key: string, value: unknown): void;
  invalidate(key: string, broadcast?: boolean): void;
  onInvalidate?: (key: string) => void;
  clear(): void;
}

export function createEntityCache(options: { ttlMs: number; maxEntries: number }): EntityCache {
  const entries = new Map<string, { value: unknown; expires: number }>();
  const cache: EntityCache = {
    get<T>(key: string) {
      const hit = entries.get(key);
      if (!hit) return undefined;
      if (hit.expires <= Date.now()) {
        entries.delete(key);
        return undefined;
      }
      return hit.value as T;
    },
    set(key, value) {
      if (entries.size >= options.maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, { value, expires: Date.now() + options.ttlMs });
    },
    invalidate(key, broadcast = true) {
      entries.delete(key);
      if (broadcast) cache.onInvalidate?.(key);
    },
    clear: () => entries.clear(),
  };
  return cache;
}

const userKey = (id: string) => `user:${id}`;
const artisanKey = (id: string) => `artisan:${id}`;

/**
 * Wraps repositories so that reads of users and artisan profiles by id go through the cache and every
 * write through them invalidates it. `touched` collects keys written inside a transaction so the unit
 * of work can invalidate them again after commit (closing the read-before-commit race).
 */
export function withEntityCache(
  repos: Repositories,
  cache: EntityCache,
  touched?: Set<string>,
): Repositories {
  const drop = (key: string) => {
    cache.invalidate(key);
    touched?.add(key);
  };
  const users = repos.users;
  const artisans = repos.artisans;
  return {
    ...repos,
    users: {
      ...users,
      async findById(id) {
        const hit = cache.get<User>(userKey(id));
        if (hit) return hit;
        const user = await users.findById(id);
        if (user && !touched) cache.set(userKey(id), user);
        return user;
      },
      async create(user) {
        drop(userKey(user.id));
        return users.create(user);
      },
      async update(id, patch) {
        drop(userKey(id));
        await users.update(id, patch);
      },
    },
    artisans: {
      ...artisans,
      async get(id) {
        const hit = cache.get<ArtisanProfile>(artisanKey(id));
        if (hit) return hit;
        const profile = await artisans.get(id);
        if (profile && !touched) cache.set(artisanKey(id), profile);
        return profile;
      },
      async save(profile) {
        drop(artisanKey(profile.userId));
        await artisans.save(profile);
      },
    },
  };
}
