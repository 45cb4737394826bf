import { compactVerify, decodeProtectedHeader, importJWK } from 'jose';
import { didOfKid } from '../keys/did';
import type { KeyResolver, PublicJwk } from '../keys/types';
import type { SchemaValidation } from '../schema';
import { checkValidity, fail, pass, secondsOf, type VerificationCheck } from './checks';
import { issuerIdOf } from './sign';

export interface CoreVerifyOptions {
  resolveKey: KeyResolver;
  now?: Date;
  /** Allowed clock skew for nbf/exp, in seconds (default 60). */
  clockToleranceSeconds?: number;
  validate: (vc: unknown) => SchemaValidation;
}

export interface CoreVerifyResult {
  checks: VerificationCheck[];
  /** Set only when the signature verified: the signed `vc` claim. */
  credential?: Record<string, unknown>;
  issuer?: string;
  kid?: string;
}

const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const MAX_JWT_LENGTH = 1_000_000;

type Payload = Record<string, unknown> & { vc: Record<string, unknown> };

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function decodeJson(segment: string): unknown {
  return JSON.parse(Buffer.from(segment, 'base64url').toString('utf8'));
}

function subjectId(vc: Record<string, unknown>): unknown {
  const s = vc.credentialSubject;
  return isObject(s) ? s.id : undefined;
}

/** Structural checks; returns the header kid and payload, or a failed check. */
function checkFormat(jwt: unknown): { kid: string; payload: Payload } | VerificationCheck {
  if (typeof jwt !== 'string') return fail('format', 'not_a_string', 'credential is not a string');
  const text = jwt.trim();
  if (text.length > MAX_JWT_LENGTH) return fail('format', 'too_large', 'credential is too large');
  let header: ReturnType<typeof decodeProtectedHeader>;
  try {
    header = decodeProtectedHeader(text);
  } catch {
    return fail('format', 'not_a_jwt', 'not a compact JWS (VC-JWT)');
  }
  if (header.alg !== 'EdDSA')
    return fail('format', 'alg_not_allowed', `algorithm ${String(header.alg)} is not allowed`);
  if (!COMPACT_JWS.test(text)) return fail('format', 'not_a_jwt', 'not a compact JWS (VC-JWT)');
  if (typeof header.kid !== 'string' || !header.kid.startsWith('did:')) {
    return fail('format', 'missing_kid', 'header has no DID key id (kid)');
  }
  let payload: unknown;
  try {
    payload = decodeJson(text.split('.')[1]!);
  } catch {
    return fail('format', 'bad_payload', 'payload is not JSON');
  }
  if (!isObject(payload) || !isObject(payload.vc))
    return fail('format', 'missing_vc', 'payload has no vc claim');
  const vc = payload.vc;
  if (typeof payload.iss !== 'string' || payload.iss !== issuerIdOf(vc)) {
    return fail('format', 'iss_mismatch', 'iss claim does not match the credential issuer');
  }
  if (payload.jti !== undefined && payload.jti !== vc.id) {
    return fail('format', 'jti_mismatch', 'jti claim does not match the credential id');
  }
  if (payload.sub !== undefined && payload.sub !== subjectId(vc)) {
    return fail('format', 'sub_mismatch', 'sub claim does not match the credential subject');
  }
  if (payload.nbf !== undefined && payload.nbf !== secondsOf(vc.issuanceDate)) {
    return fail('format', 'nbf_mismatch', 'nbf claim does not match issuanceDate');
  }
  if (payload.exp !== undefined && payload.exp !== secondsOf(vc.expirationDate)) {
    return fail('format', 'exp_mismatch', 'exp claim does not match expirationDate');
  }
  return { kid: header.kid, payload: payload as Payload };
}

async function resolve(resolveKey: KeyResolver, kid: string): Promise<PublicJwk | VerificationCheck> {
  let jwk: PublicJwk | undefined;
  try {
    jwk = await resolveKey(kid);
  } catch (error) {
    return fail('issuer_key', 'key_resolver_error', `could not resolve ${kid}: ${(error as Error).message}`);
  }
  if (!jwk) return fail('issuer_key', 'unknown_key', `key ${kid} is not a known issuer key`);
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') {
    return fail('issuer_key', 'bad_key', `key ${kid} is not an Ed25519 public key`);
  }
  return jwk;
}

function checkDates(payload: Payload, now: Date, tolerance: number): VerificationCheck {
  const nbf = typeof payload.nbf === 'number' ? payload.nbf : secondsOf(payload.vc.issuanceDate);
  const exp = typeof payload.exp === 'number' ? payload.exp : secondsOf(payload.vc.expirationDate);
  return checkValidity(nbf, exp, now, tolerance);
}

/**
 * Verifies a VC-JWT step by step: format → issuer key → signature → schema → dates.
 * Never throws; stops after a failed format, key or signature check (the content is untrusted).
 */
export async function verifyVcJwtCore(jwt: unknown, options: CoreVerifyOptions): Promise<CoreVerifyResult> {
  const checks: VerificationCheck[] = [];
  try {
    const format = checkFormat(jwt);
    if ('check' in format) return { checks: [format] };
    checks.push(pass('format', 'format_ok', 'well-formed VC-JWT (EdDSA)'));
    const { kid, payload } = format;
    const issuer = payload.iss as string;
    if (didOfKid(kid) !== issuer) {
      checks.push(fail('issuer_key', 'kid_not_issuer', `key ${kid} does not belong to issuer ${issuer}`));
      return { checks, issuer, kid };
    }
    const jwk = await resolve(options.resolveKey, kid);
    if ('check' in jwk) return { checks: [...checks, jwk], issuer, kid };
    checks.push(pass('issuer_key', 'key_known', `signed with issuer key ${kid}`));
    try {
      const key = await importJWK({ kty: jwk.kty, crv: jwk.crv, x: jwk.x }, 'EdDSA');
      await compactVerify((jwt as string).trim(), key, { algorithms: ['EdDSA'] });
    } catch {
      checks.push(
        fail(
          'signature',
          'signature_invalid',
          'signature does not match: the credential was altered or signed by another key',
        ),
      );
      return { checks, issuer, kid };
    }
    checks.push(pass('signature', 'signature_ok', 'Ed25519 signature is valid'));
    const schema = options.validate(payload.vc);
    checks.push(
      schema.valid
        ? pass('schema', 'schema_ok', 'matches the credential schema')
        : fail('schema', 'schema_invalid', `schema errors: ${schema.errors.slice(0, 3).join('; ')}`),
    );
    checks.push(checkDates(payload, options.now ?? new Date(), options.clockToleranceSeconds ?? 60));
    return { checks, credential: payload.vc, issuer, kid };
  } catch (error) {
    checks.push(fail('format', 'verifier_error', `could not verify: ${(error as Error).message}`));
    return { checks };
  }
}
