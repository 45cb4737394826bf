import { writeFile } from 'node:fs/promises';
import { createContainer } from '../container';
import { enqueueCredentialIssue } from '../handlers/credentials';
import { credentialsOf } from '../wiring/credentials';
import type { Command, CliContext } from './registry';

const withService = async <T>(
  ctx: CliContext,
  work: (s: ReturnType<typeof credentialsOf>, c: Awaited<ReturnType<typeof createContainer>>) => Promise<T>,
) => {
  const container = await createContainer(ctx.config);
  try {
    return await work(credentialsOf(container), container);
  } finally {
    await container.close();
  }
};

/** Operator tools for verifiable credentials (issue 7). */
export const credentialCommands: Command[] = [
  {
    name: 'credentials rotate-key',
    usage: 'credentials rotate-key',
    description: 'Rotate the credential signing key (old credentials keep verifying).',
    run: (ctx) =>
      withService(ctx, async (s) => {
        const { kid, retired } = await s.rotate();
        ctx.out(`New signing key ${kid}; retired (still verifying): ${retired.join(', ') || 'none'}.`);
      }),
  },
  {
    name: 'credentials export-keys',
    usage: 'credentials export-keys [--out did.json]',
    description: "Print (or write) the issuer's DID document: the public keys the offline verifier needs.",
    run: (ctx) =>
      withService(ctx, async (s) => {
        const doc = JSON.stringify((await s.ring()).didDocument(), null, 2);
        if (typeof ctx.flags.out === 'string') {
          await writeFile(ctx.flags.out, `${doc}\n`);
          ctx.out(`Wrote ${ctx.flags.out} (${s.did}).`);
        } else ctx.out(doc);
      }),
  },
  {
    name: 'credentials issue',
    usage: 'credentials issue --assessment <uuid>',
    description: 'Queue the credential of a confirmed assessment (idempotent).',
    run: (ctx) =>
      withService(ctx, async (_s, c) => {
        const id = String(ctx.flags.assessment ?? '');
        if (!/^[0-9a-f-]{36}$/i.test(id)) {
          ctx.out('Usage: credentials issue --assessment <uuid>');
          return 2;
        }
        const job = await enqueueCredentialIssue(c.jobs.queue, id);
        ctx.out(`Queued ${job.id}${job.created ? '' : ' (already queued)'}.`);
      }),
  },
];
