import { readFile } from 'node:fs/promises';
import { resolverFromDidDocument, type DidDocument } from '../keys/did';
import type { KeyResolver, PublicJwk } from '../keys/types';
import type { VerificationResult } from '../jwt/verify';
import { verifyCredential } from '../proof/verify-document';

export const USAGE = `Usage: verify <credential.jwt | credential.json> --key <issuer-public.jwk | jwks.json | did.json>
              [--status <status-list.jwt>] [--now <ISO date>] [--json]

Checks a SheBalance / Open Badges 3.0 credential (VC-JWT, or JSON-LD with an eddsa-rdfc-2022
proof) offline with only the issuer's public key.
Exit code 0 when verified, 1 otherwise.`;

interface Args {
  credential?: string;
  key?: string;
  status?: string;
  now?: string;
  json: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--key' || a === '--status' || a === '--now') {
      const value = argv[++i];
      if (value === undefined) throw new Error(`${a} needs a value`);
      args[a.slice(2) as 'key' | 'status' | 'now'] = value;
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else if (args.credential === undefined) args.credential = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  return args;
}

/** Accepts a JWK, a JWKS (`{keys: [...]}`) or a DID document. A lone JWK without kid is trusted for any kid. */
export function keyResolverFromText(text: string): KeyResolver {
  const parsed = JSON.parse(text) as Record<string, unknown>;
  if (Array.isArray(parsed.verificationMethod))
    return resolverFromDidDocument(parsed as unknown as DidDocument);
  const keys = (Array.isArray(parsed.keys) ? parsed.keys : [parsed]) as PublicJwk[];
  if (keys.some((k) => typeof k?.x !== 'string'))
    throw new Error('key file is not an Ed25519 JWK, JWKS or DID document');
  const pub = (k: PublicJwk): PublicJwk => ({ kty: k.kty, crv: k.crv, x: k.x });
  if (keys.length === 1 && !keys[0]!.kid) return () => pub(keys[0]!);
  return (kid) => {
    const k = keys.find((key) => key.kid === kid || (key.kid && kid.endsWith(`#${key.kid}`)));
    return k ? pub(k) : undefined;
  };
}

/**
 * A credential file holds the compact VC-JWT, JSON with a `jwt` field (as the API returns it), or a
 * JSON-LD credential with an embedded Data Integrity `proof`.
 */
export function credentialFromText(text: string): string | Record<string, unknown> {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{')) return trimmed;
  const parsed = JSON.parse(trimmed) as Record<string, unknown>;
  if (typeof parsed.jwt === 'string') return parsed.jwt;
  if (parsed.proof) return parsed;
  throw new Error('JSON credential file has neither a "jwt" field nor an embedded "proof"');
}

function report(result: VerificationResult): string {
  const lines = result.checks.map(
    (c) => `${c.skipped ? '-' : c.ok ? '✓' : '✗'} ${c.check.padEnd(10)} ${c.message}`,
  );
  const vc = result.credential as
    | {
        name?: string;
        issuer?: { id?: string; name?: string };
        issuanceDate?: string;
        credentialSubject?: { identifier?: { identityHash?: string }[] };
      }
    | undefined;
  if (vc) {
    lines.unshift(
      `credential: ${vc.name ?? '?'}`,
      `awarded to: ${vc.credentialSubject?.identifier?.[0]?.identityHash ?? '?'}`,
      `issuer:     ${vc.issuer?.name ?? '?'} (${vc.issuer?.id ?? '?'})`,
      `issued:     ${vc.issuanceDate ?? '?'}`,
      '',
    );
  }
  lines.push('', result.verified ? 'VERIFIED' : 'NOT VERIFIED');
  return lines.join('\n');
}

/** Runs the verifier; returns the process exit code (0 verified, 1 not verified or bad usage). */
export async function runVerifyCli(
  argv: string[],
  io: { out: (text: string) => void; err: (text: string) => void } = {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
  },
): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
    if (!args.credential || !args.key) throw new Error('a credential file and --key are required');
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 1;
  }
  try {
    const resolveKey = keyResolverFromText(await readFile(args.key, 'utf8'));
    const credential = credentialFromText(await readFile(args.credential, 'utf8'));
    const statusJwt = args.status ? (await readFile(args.status, 'utf8')).trim() : undefined;
    const now = args.now ? new Date(args.now) : new Date();
    if (Number.isNaN(now.getTime())) throw new Error(`invalid --now ${args.now}`);
    const result = await verifyCredential(credential, {
      resolveKey,
      now,
      ...(statusJwt ? { statusLookup: () => statusJwt } : {}),
    });
    io.out(
      args.json
        ? JSON.stringify({ verified: result.verified, checks: result.checks }, null, 2)
        : report(result),
    );
    return result.verified ? 0 : 1;
  } catch (error) {
    io.err(`cannot verify: ${(error as Error).message}`);
    return 1;
  }
}
