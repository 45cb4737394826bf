import { ROLES, type Role } from '@shebalance/core';
import { phoneSchema } from '@shebalance/contracts';
import { createContainer } from '../container';
import { seedDemo } from '../seed/demo';
import type { Command } from './registry';

const withContainer = async <T>(
  ctx: Parameters<Command['run']>[0],
  work: (c: Awaited<ReturnType<typeof createContainer>>) => Promise<T>,
) => {
  const container = await createContainer(ctx.config);
  try {
    return await work(container);
  } finally {
    await container.close();
  }
};

export const foundationCommands: Command[] = [
  {
    name: 'db migrate',
    usage: 'db migrate',
    description: 'Apply committed database migrations (also done at every start).',
    run: (ctx) =>
      withContainer(ctx, async (c) => {
        ctx.out(`Migrations applied (${c.database.kind}).`);
      }),
  },
  {
    name: 'db seed',
    usage: 'db seed',
    description: 'Replace the demo data (records flagged is_demo) with a fresh demo.',
    run: (ctx) =>
      withContainer(ctx, async (c) => {
        const s = await seedDemo(c.database.db);
        ctx.out(
          `Seeded ${s.artisans} artisans (${s.states} states, ${s.crafts} crafts), ${s.buyers} buyers, ${s.opportunities} open requests.`,
        );
      }),
  },
  {
    name: 'user create',
    usage: 'user create --phone +919876543210 --role admin|reviewer|buyer|artisan [--name "Priya"]',
    description: 'Create a user with a role.',
    run: (ctx) =>
      withContainer(ctx, async (c) => {
        const phone = phoneSchema.safeParse(ctx.flags.phone);
        const role = String(ctx.flags.role ?? '');
        if (!phone.success || !(ROLES as readonly string[]).includes(role)) {
          ctx.out(
            'Usage: user create --phone +919876543210 --role admin|reviewer|buyer|artisan [--name "Priya"]',
          );
          return 2;
        }
        const existing = await c.deps.repos.users.findByPhone(phone.data);
        if (existing) {
          ctx.out(`A user with this phone already exists: ${existing.id} (${existing.role}).`);
          return 1;
        }
        const user = await c.deps.repos.users.create({
          id: c.deps.ids.uuid(),
          phone: phone.data,
          role: role as Role,
          status: 'active',
          displayName: typeof ctx.flags.name === 'string' ? ctx.flags.name : null,
          preferredLanguage: 'en',
          mfaEnabled: false,
          tokensValidAfter: null,
          cognitoSub: null,
          isDemo: false,
          createdAt: c.deps.clock.now(),
        });
        await c.deps.repos.audit.append({
          actorId: null,
          action: 'user.created_by_cli',
          subjectType: 'user',
          subjectId: user.id,
          data: { role },
        });
        ctx.out(`Created ${role} ${user.id}.`);
      }),
  },
  {
    name: 'token mint',
    usage: 'token mint --phone +919876543210 | --user <id> [--mfa]',
    description: 'Mint an access token for a user (development mode only).',
    run: (ctx) => {
      if (ctx.config.isProduction) {
        ctx.out('token mint is disabled in production mode.');
        return Promise.resolve(1);
      }
      return withContainer(ctx, async (c) => {
        const repos = c.deps.repos;
        const phone = phoneSchema.safeParse(ctx.flags.phone);
        const user =
          typeof ctx.flags.user === 'string'
            ? await repos.users.findById(ctx.flags.user)
            : phone.success
              ? await repos.users.findByPhone(phone.data)
              : undefined;
        if (!user) {
          ctx.out('No such user. Usage: token mint --phone +919876543210 | --user <id> [--mfa]');
          return 1;
        }
        const { token } = await c.deps.tokens.issueAccessToken({
          sub: user.id,
          role: user.role,
          mfa: ctx.flags.mfa === true,
        });
        ctx.out(token);
      });
    },
  },
];
