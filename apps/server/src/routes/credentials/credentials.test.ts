import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { KeyRing, signCredential, validateAchievementCredential } from '@shebalance/credentials';
import { credentialsSchema } from '@shebalance/db';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { staffWithMfa } from '../../../test/staff';
import { drainJobs, useTestApp } from '../../../test/harness';
import { enqueueCredentialIssue } from '../../handlers/credentials';
import { credentialsOf } from '../../wiring/credentials';
import { aConfirmedAssessment, anArtisan } from './test-support';

const run = promisify(execFile);
const ctx = useTestApp({ env: { PUBLIC_URL: 'http://localhost:3000' } });
const dir = mkdtempSync(join(tmpdir(), 'sb-cred-'));

type Artisan = Awaited<ReturnType<typeof anArtisan>>;
let artisan: Artisan;
let admin: Awaited<ReturnType<typeof staffWithMfa>>;
let assessment: { id: string; photoIds: string[] };
let credentialId: string;
let jwt: string;

const get = (url: string, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'GET', url, headers });
const verifyJwtOnServer = (token: unknown) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/credentials/verify', payload: { jwt: token } });

/** The offline command-line verifier, as a child process with only the public key file. */
async function cli(args: string[]): Promise<{
  code: number;
  out: { verified: boolean; checks: { check: string; ok: boolean; code: string }[] };
}> {
  const script = join(process.cwd(), 'packages/credentials/src/cli/verify.ts');
  const tsx = join(process.cwd(), 'node_modules/.bin/tsx');
  try {
    const { stdout } = await run(tsx, [script, ...args, '--json'], { env: { PATH: process.env.PATH ?? '' } });
    return { code: 0, out: JSON.parse(stdout) };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, out: JSON.parse(err.stdout) };
  }
}

beforeAll(async () => {
  artisan = await anArtisan(ctx);
  admin = await staffWithMfa(ctx, 'admin');
  assessment = await aConfirmedAssessment(ctx, artisan.userId);
  await enqueueCredentialIssue(ctx.container.jobs.queue, assessment.id);
  await enqueueCredentialIssue(ctx.container.jobs.queue, assessment.id);
  await drainJobs(ctx);
  const list = await get(`/api/v1/artisans/${artisan.userId}/credentials`, artisan.auth);
  credentialId = list.json().credentials[0].id;
  jwt = (await get(`/api/v1/credentials/${credentialId}`)).json().jwt;
});

describe('issuing', () => {
  it('issues exactly one credential for a confirmed assessment, valid against the bundled OB 3.0 schema', async () => {
    const rows = await ctx.container.database.db.select().from(credentialsSchema.credentials);
    expect(rows.filter((r) => r.assessmentId === assessment.id)).toHaveLength(1);
    const res = await get(`/api/v1/credentials/${credentialId}`);
    expect(res.statusCode).toBe(200);
    const { credential } = res.json();
    expect(validateAchievementCredential(credential)).toEqual({ valid: true, errors: [] });
    expect(credential.issuer.id).toBe('did:web:localhost%3A3000');
    const achievement = credential.credentialSubject.achievement;
    expect(achievement.alignment[0].targetName).toMatch(/Chikankari/i);
    expect(achievement.alignment[0].targetFramework).toMatch(/NSQF/);
    expect(credential.evidence.map((e: { id: string }) => e.id)).toEqual(
      assessment.photoIds.map((id) => `http://localhost:3000/api/v1/public/works/${id}`),
    );
    expect(credential.credentialStatus.statusListCredential).toBe(
      'http://localhost:3000/api/v1/credentials/status/1',
    );
    expect(new Date(credential.expirationDate).getTime() - new Date(credential.issuanceDate).getTime()).toBe(
      1095 * 86_400_000,
    );
    const text = JSON.stringify(credential);
    expect(text).toContain('चिकनकारी');
    expect(text).not.toContain(artisan.phone.slice(3));
    expect(text).not.toContain('26.85');
  });

  it('skips an assessment that is not confirmed', async () => {
    const pending = await aConfirmedAssessment(ctx, artisan.userId, { status: 'needs_review', photos: 1 });
    await enqueueCredentialIssue(ctx.container.jobs.queue, pending.id);
    await drainJobs(ctx);
    const list = await get(`/api/v1/artisans/${artisan.userId}/credentials`, artisan.auth);
    expect(list.json().credentials).toHaveLength(1);
  });

  it('serves the did:web document and the evidence photos publicly', async () => {
    const did = await get('/.well-known/did.json');
    expect(did.statusCode).toBe(200);
    expect(did.json().id).toBe('did:web:localhost%3A3000');
    const photo = await get(`/api/v1/public/works/${assessment.photoIds[0]}`);
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
  });
});

describe('verification', () => {
  it('verifies on the server with every check passing', async () => {
    const res = await get(`/api/v1/credentials/${credentialId}/verify`);
    const body = res.json();
    expect(body.verified).toBe(true);
    expect(body.result).toBe('verified');
    expect(body.checks.map((c: { check: string }) => c.check)).toEqual(
      expect.arrayContaining(['signature', 'issuer_key', 'schema', 'status', 'dates']),
    );
    expect(body.checks.every((c: { ok: boolean; skipped?: boolean }) => c.ok && !c.skipped)).toBe(true);
  });

  it('verifies in the command-line verifier with only the public key file, offline', async () => {
    writeFileSync(
      join(dir, 'credential.jwt'),
      (await get(`/api/v1/credentials/${credentialId}/credential.jwt`)).body,
    );
    writeFileSync(join(dir, 'did.json'), (await get('/.well-known/did.json')).body);
    const ok = await cli([join(dir, 'credential.jwt'), '--key', join(dir, 'did.json')]);
    expect(ok.code).toBe(0);
    expect(ok.out.verified).toBe(true);
    const later = await cli([
      join(dir, 'credential.jwt'),
      '--key',
      join(dir, 'did.json'),
      '--now',
      '2035-01-01T00:00:00Z',
    ]);
    expect(later.code).toBe(1);
    expect(later.out.checks.find((c) => c.check === 'dates')?.code).toBe('expired');
  });

  it('rejects tampering, unknown keys and garbage with reasons, without crashing', async () => {
    const [h, p, s] = jwt.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
    claims.vc.credentialSubject.achievement.name = 'Master of everything';
    const tampered = `${h}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${s}`;
    const t = (await verifyJwtOnServer(tampered)).json();
    expect(t.verified).toBe(false);
    expect(t.result).toBe('tampered');
    expect(t.checks.find((c: { check: string }) => c.check === 'signature').ok).toBe(false);

    const stranger = KeyRing.create('did:web:localhost%3A3000');
    const forged = await signCredential(claims.vc, {
      ...stranger.current,
      kid: 'did:web:localhost%3A3000#key-99',
    });
    const f = (await verifyJwtOnServer(forged.jwt)).json();
    expect(f.verified).toBe(false);
    expect(f.checks.find((c: { check: string }) => c.check === 'issuer_key').ok).toBe(false);

    for (const garbage of ['garbage', 'a.b.c', '{}', '...']) {
      const g = await verifyJwtOnServer(garbage);
      expect(g.statusCode).toBe(200);
      expect(g.json().verified).toBe(false);
      expect(g.json().checks.some((c: { ok: boolean }) => !c.ok)).toBe(true);
    }
  });

  it('renders the public verification page in her language with her work and no private data', async () => {
    const res = await get(`/verify/${credentialId}?lang=hi`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    const html = res.body;
    expect(html).toContain('<html lang="hi">');
    expect(html).toContain('property="og:title"');
    expect(html).toContain('सुनीता देवी');
    expect(html).toContain('सत्यापित');
    expect(html).toContain(`/api/v1/public/works/${assessment.photoIds[0]}`);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain(artisan.phone.slice(3));
    expect(html).not.toContain('Lucknow');
    const en = await get(`/verify/${credentialId}`, { 'accept-language': 'ta-IN,ta;q=0.9' });
    expect(en.body).toContain('<html lang="ta">');
    expect((await get('/verify/00000000-0000-4000-8000-000000000000')).statusCode).toBe(404);
  });
});

describe('delivery', () => {
  it('gives her a PDF and a WhatsApp-sized PNG, and anyone a QR that opens the verify page', async () => {
    const pdf = await get(`/api/v1/credentials/${credentialId}/certificate.pdf?lang=hi`, artisan.auth);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const png = await get(`/api/v1/credentials/${credentialId}/certificate.png`, artisan.auth);
    expect(png.statusCode).toBe(200);
    const meta = await sharp(png.rawPayload).metadata();
    expect([meta.width, meta.height]).toEqual([1080, 1350]);
    const other = await anArtisan(ctx);
    expect((await get(`/api/v1/credentials/${credentialId}/certificate.pdf`, other.auth)).statusCode).toBe(
      403,
    );
    expect((await get(`/api/v1/credentials/${credentialId}/certificate.png`)).statusCode).toBe(401);

    const qr = await get(`/api/v1/credentials/${credentialId}/qr.png`);
    const { data, info } = await sharp(qr.rawPayload)
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    const decoded = jsQR(new Uint8ClampedArray(data), info.width, info.height);
    expect(decoded?.data).toBe(`http://localhost:3000/verify/${credentialId}`);
    const json = await get(`/api/v1/credentials/${credentialId}/credential.json`);
    expect(json.json().jwt).toBe(jwt);
  });
});

describe('key rotation and revocation', () => {
  it('keeps old credentials verifying after a key rotation and signs new ones with the new key', async () => {
    const rotated = await credentialsOf(ctx.container).rotate();
    expect(rotated.kid).toBe('did:web:localhost%3A3000#key-2');
    expect((await get(`/api/v1/credentials/${credentialId}/verify`)).json().verified).toBe(true);
    const second = await aConfirmedAssessment(ctx, artisan.userId, { photos: 1, reviewed: true });
    await enqueueCredentialIssue(ctx.container.jobs.queue, second.id);
    await drainJobs(ctx);
    const list = (await get(`/api/v1/artisans/${artisan.userId}/credentials`)).json().credentials;
    expect(list).toHaveLength(2);
    const newest = list.find((c: { id: string }) => c.id !== credentialId);
    const res = (await get(`/api/v1/credentials/${newest.id}`)).json();
    expect(JSON.parse(Buffer.from(res.jwt.split('.')[0], 'base64url').toString()).kid).toMatch(/#key-2$/);
    expect((await get(`/api/v1/credentials/${newest.id}/verify`)).json().verified).toBe(true);
    const did = (await get('/.well-known/did.json')).json();
    expect(did.verificationMethod).toHaveLength(2);
  });

  it('an admin revokes with a reason (audited); the status list shows it to every verifier', async () => {
    const url = `/api/v1/admin/credentials/${credentialId}/revoke`;
    expect(
      (await ctx.app.inject({ method: 'POST', url, headers: artisan.auth, payload: { reason: 'fraud' } }))
        .statusCode,
    ).toBe(403);
    const res = await ctx.app.inject({
      method: 'POST',
      url,
      headers: admin.auth,
      payload: { reason: 'Photos were not her own work' },
    });
    expect(res.statusCode).toBe(200);
    expect(
      (await ctx.app.inject({ method: 'POST', url, headers: admin.auth, payload: { reason: 'again' } }))
        .statusCode,
    ).toBe(409);

    const v = (await get(`/api/v1/credentials/${credentialId}/verify`)).json();
    expect(v.verified).toBe(false);
    expect(v.result).toBe('revoked');
    const page = await get(`/verify/${credentialId}?lang=en`);
    expect(page.body).toContain('Revoked');

    const status = await get('/api/v1/credentials/status/1');
    expect(status.headers['content-type']).toMatch(/application\/vc\+jwt/);
    writeFileSync(join(dir, 'status.jwt'), status.body);
    const offline = await cli([
      join(dir, 'credential.jwt'),
      '--key',
      join(dir, 'did.json'),
      '--status',
      join(dir, 'status.jwt'),
    ]);
    expect(offline.code).toBe(1);
    expect(offline.out.checks.find((c) => c.check === 'status')?.ok).toBe(false);

    const publicList = (await get(`/api/v1/artisans/${artisan.userId}/credentials`)).json().credentials;
    expect(publicList.map((c: { id: string }) => c.id)).not.toContain(credentialId);
    const own = (await get(`/api/v1/artisans/${artisan.userId}/credentials`, artisan.auth)).json()
      .credentials;
    expect(own.find((c: { id: string }) => c.id === credentialId).revokedReason).toBe(
      'Photos were not her own work',
    );
    const audited = await ctx.container.deps.repos.audit.countSince(
      { action: 'credential.revoke', subjectType: 'credential', subjectId: credentialId },
      new Date(0),
    );
    expect(audited).toBe(1);
  });
});
