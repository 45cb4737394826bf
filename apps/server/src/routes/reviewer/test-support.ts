import { randomUUID } from 'node:crypto';
import type { Role } from '@shebalance/core';
import { aPhone, type TestContext } from '../../../test/harness';

/** Request headers as the tests pass them. */
export type AuthHeaders = Record<string, string>;

export interface TestSession {
  id: string;
  phone: string;
  role: Role;
  auth: { authorization: string };
}

/**
 * A real user row and a real signed access token for any role, without the OTP round trip (the sign-in
 * flow has its own tests). Staff sessions pass MFA unless `mfa: false`.
 */
export async function sessionFor(
  ctx: TestContext,
  role: Role,
  options: { mfa?: boolean } = {},
): Promise<TestSession> {
  const { repos, tokens } = ctx.container.deps;
  const id = randomUUID();
  const phone = aPhone();
  const staff = role === 'reviewer' || role === 'admin';
  await repos.users.create({
    id,
    phone,
    role,
    status: 'active',
    displayName: null,
    preferredLanguage: 'en',
    mfaEnabled: staff,
    tokensValidAfter: null,
    cognitoSub: null,
    isDemo: false,
    createdAt: new Date(),
  });
  const { token } = await tokens.issueAccessToken({ sub: id, role, mfa: options.mfa ?? staff });
  return { id, phone, role, auth: { authorization: `Bearer ${token}` } };
}

/** A complete, valid artisan profile body. */
export const anArtisanProfile = (overrides: Record<string, unknown> = {}) => ({
  displayName: 'Sunita Devi',
  preferredLanguage: 'hi',
  languages: ['hi', 'en'],
  district: 'Madhubani',
  state: 'Bihar',
  location: { lat: 26.353721, lng: 86.071894 },
  availability: { days: ['mon', 'tue', 'wed', 'thu', 'fri'], hoursPerDay: 5 },
  crafts: [{ craftId: 'madhubani', capacityPerWeek: 4 }],
  bio: 'Madhubani painter from Jitwarpur.',
  ...overrides,
});

/** Counts rows of a table with an optional SQL condition (test-only SQL, never user input). */
export async function countRows(ctx: TestContext, table: string, where = 'true'): Promise<number> {
  const result = (await ctx.container.database.db.execute(
    `select count(*)::int as n from ${table} where ${where}` as never,
  )) as unknown as { rows: { n: number }[] } | { n: number }[];
  const rows = Array.isArray(result) ? result : result.rows;
  return Number(rows[0]!.n);
}
