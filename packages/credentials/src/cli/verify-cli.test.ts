import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoCredentialInput } from '../credential/fixtures';
import { issueAchievementCredential } from '../credential/issue';
import { signCredential } from '../jwt/sign';
import { KeyRing } from '../keys/keyring';
import { createStatusList, encodeStatusList, setRevoked } from '../status/bitstring';
import { buildStatusListCredential } from '../status/credential';
import { signDataIntegrity } from '../proof/data-integrity';
import { buildAchievementCredential } from '../credential/build';
import { runVerifyCli } from './verify-cli';

const dir = mkdtempSync(join(tmpdir(), 'sb-verify-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const NOW = '2025-06-01T00:00:00Z';
let paths: Record<string, string>;

async function run(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runVerifyCli(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

beforeAll(async () => {
  const ring = KeyRing.create('did:web:shebalance.example');
  const input = demoCredentialInput();
  const { jwt } = await issueAchievementCredential(input, ring.current);
  const statusJwt = async (revoked: boolean) => {
    const list = revoked ? setRevoked(createStatusList(), input.status.statusListIndex) : createStatusList();
    const vc = buildStatusListCredential({
      id: input.status.statusListCredential,
      issuer: ring.did,
      encodedList: encodeStatusList(list),
      issuedAt: new Date('2025-05-01T00:00:00Z'),
    });
    return (await signCredential(vc, ring.current)).jwt;
  };
  const [h, p, s] = jwt.split('.');
  const tampered = JSON.parse(Buffer.from(p!, 'base64url').toString());
  tampered.vc.credentialSubject.identifier[0].identityHash = 'Someone Else';
  const { kid: _kid, ...bareKey } = ring.current.publicJwk;
  paths = {
    jwt: file('credential.jwt', `${jwt}\n`),
    json: file('credential.json', JSON.stringify({ credential: {}, jwt })),
    tampered: file(
      'tampered.jwt',
      [h, Buffer.from(JSON.stringify(tampered)).toString('base64url'), s].join('.'),
    ),
    garbage: file('garbage.jwt', 'this is not a credential'),
    key: file('issuer-public.jwk', JSON.stringify(ring.current.publicJwk)),
    bareKey: file('bare.jwk', JSON.stringify(bareKey)),
    didDoc: file('did.json', JSON.stringify(ring.didDocument())),
    otherKey: file('other.jwk', JSON.stringify(KeyRing.create(ring.did).current.publicJwk)),
    statusOk: file('status-ok.jwt', await statusJwt(false)),
    statusRevoked: file('status-revoked.jwt', await statusJwt(true)),
    dataIntegrity: file(
      'credential-di.json',
      JSON.stringify(
        await signDataIntegrity(buildAchievementCredential(input), ring.current, { created: new Date(NOW) }),
      ),
    ),
  };
});

describe('offline command-line verifier', () => {
  it('verifies with a JWK, a bare JWK or a DID document, and with a clean status list', async () => {
    for (const key of [paths.key!, paths.bareKey!, paths.didDoc!]) {
      const r = await run([paths.jwt!, '--key', key, '--now', NOW]);
      expect(r.code, r.out + r.err).toBe(0);
      expect(r.out).toContain('VERIFIED');
      expect(r.out).toContain('Hand embroidery — Level 4 (Advanced)');
    }
    const withStatus = await run([
      paths.json!,
      '--key',
      paths.key!,
      '--status',
      paths.statusOk!,
      '--now',
      NOW,
    ]);
    expect(withStatus.code).toBe(0);
    expect(withStatus.out).toMatch(/✓ status\s+not revoked/);
  });

  it('verifies a JSON-LD credential with an embedded eddsa-rdfc-2022 proof', async () => {
    const ok = await run([
      paths.dataIntegrity!,
      '--key',
      paths.key!,
      '--status',
      paths.statusOk!,
      '--now',
      NOW,
    ]);
    expect(ok.code, ok.out + ok.err).toBe(0);
    expect(ok.out).toMatch(/✓ signature\s+eddsa-rdfc-2022 proof is valid/);
    const revoked = await run([
      paths.dataIntegrity!,
      '--key',
      paths.key!,
      '--status',
      paths.statusRevoked!,
      '--now',
      NOW,
    ]);
    expect(revoked.code).toBe(1);
    expect(revoked.out).toMatch(/✗ status/);
  });

  it('exits 1 with the reason for revoked, tampered, wrong-key and garbage input', async () => {
    const cases: [string[], RegExp][] = [
      [
        [paths.jwt!, '--key', paths.key!, '--status', paths.statusRevoked!, '--now', NOW],
        /✗ status\s+the issuer has revoked/,
      ],
      [[paths.tampered!, '--key', paths.key!, '--now', NOW], /✗ signature/],
      [[paths.jwt!, '--key', paths.otherKey!, '--now', NOW], /✗ signature/],
      [[paths.garbage!, '--key', paths.key!], /✗ format/],
      [[paths.jwt!, '--key', paths.key!, '--now', '2030-01-01T00:00:00Z', '--json'], /"verified": true/],
    ];
    for (const [argv, pattern] of cases.slice(0, 4)) {
      const r = await run(argv);
      expect(r.code).toBe(1);
      expect(r.out).toMatch(pattern);
      expect(r.out).toContain('NOT VERIFIED');
    }
    const json = await run(cases[4]![0]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out).checks.length).toBe(6);
  });

  it('reports usage errors and unreadable files', async () => {
    expect((await run([])).code).toBe(1);
    expect((await run([paths.jwt!])).err).toContain('--key');
    expect((await run([join(dir, 'missing.jwt'), '--key', paths.key!])).err).toContain('cannot verify');
  });

  it('runs as a real process with no server', () => {
    const script = fileURLToPath(new URL('./verify.ts', import.meta.url));
    const ok = spawnSync(
      process.execPath,
      ['--import', 'tsx', script, paths.jwt!, '--key', paths.key!, '--now', NOW],
      {
        encoding: 'utf8',
      },
    );
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('VERIFIED');
    const bad = spawnSync(
      process.execPath,
      ['--import', 'tsx', script, paths.tampered!, '--key', paths.key!],
      {
        encoding: 'utf8',
      },
    );
    expect(bad.status).toBe(1);
  });
});
