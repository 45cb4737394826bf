import type { User, UserRepository } from '@shebalance/core';
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../client';
import { users } from '../schema';

type Row = typeof users.$inferSelect;

export const toUser = (r: Row): User => ({
  id: r.id,
  phone: r.phone,
  role: r.role as User['role'],
  status: r.status as User['status'],
  displayName: r.displayName,
  preferredLanguage: r.preferredLanguage as User['preferredLanguage'],
  mfaEnabled: r.mfaEnabled,
  tokensValidAfter: r.tokensValidAfter,
  cognitoSub: r.cognitoSub,
  isDemo: r.isDemo,
  createdAt: r.createdAt,
});

export function userRepository(db: Database): UserRepository {
  const one = async (where: ReturnType<typeof eq>) => {
    const [row] = await db.select().from(users).where(where).limit(1);
    return row ? toUser(row) : undefined;
  };
  return {
    findById: (id) => one(eq(users.id, id)),
    findByPhone: (phone) => one(eq(users.phone, phone)),
    findByCognitoSub: (sub) => one(eq(users.cognitoSub, sub)),
    async create(user) {
      const [row] = await db.insert(users).values(user).returning();
      return toUser(row!);
    },
    async update(id, patch) {
      await db.update(users).set(patch).where(eq(users.id, id));
    },
    async list({ role, limit, offset }) {
      const rows = await db
        .select()
        .from(users)
        .where(role ? eq(users.role, role) : undefined)
        .orderBy(asc(users.createdAt), asc(users.id))
        .limit(limit)
        .offset(offset);
      return rows.map(toUser);
    },
  };
}
