import { STATUS_LIST_V1_CONTEXT, VC_V1_CONTEXT } from '../contexts';
import { isoSeconds } from '../credential/build';
import { fail, pass, type VerificationCheck } from '../jwt/checks';
import { issuerIdOf } from '../jwt/sign';
import { verifyVcJwtCore } from '../jwt/verify-core';
import type { KeyResolver } from '../keys/types';
import type { SchemaValidation } from '../schema';
import { decodeStatusList } from './bitstring';

export interface BitstringStatusListCredential {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'BitstringStatusListCredential'];
  issuer: string | { id: string; [k: string]: unknown };
  issuanceDate: string;
  expirationDate?: string;
  credentialSubject: {
    id: string;
    type: 'BitstringStatusList';
    statusPurpose: 'revocation' | 'suspension';
    encodedList: string;
  };
}

export interface StatusListCredentialInput {
  /** The URL the list is published at (what credentials name as `statusListCredential`). */
  id: string;
  issuer: string | { id: string; [k: string]: unknown };
  encodedList: string;
  issuedAt: Date;
  /** Optional: verifiers should refetch after this (VC 1.1 `expirationDate`). */
  expiresAt?: Date;
  statusPurpose?: 'revocation' | 'suspension';
}

/** A BitstringStatusListCredential (VC data model 1.1), ready for signCredential. */
export function buildStatusListCredential(input: StatusListCredentialInput): BitstringStatusListCredential {
  decodeStatusList(input.encodedList);
  return {
    '@context': [VC_V1_CONTEXT, STATUS_LIST_V1_CONTEXT],
    id: input.id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: input.issuer,
    issuanceDate: isoSeconds(input.issuedAt),
    ...(input.expiresAt ? { expirationDate: isoSeconds(input.expiresAt) } : {}),
    credentialSubject: {
      id: `${input.id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: input.statusPurpose ?? 'revocation',
      encodedList: input.encodedList,
    },
  };
}

/** Structural validation of a status list credential (there is no 1EdTech schema for it). */
export function validateStatusListCredential(vc: unknown): SchemaValidation {
  const errors: string[] = [];
  const c = vc as Partial<BitstringStatusListCredential> | null;
  if (!c || typeof c !== 'object') return { valid: false, errors: ['not an object'] };
  if (!Array.isArray(c.type) || !c.type.includes('BitstringStatusListCredential'))
    errors.push('/type is not BitstringStatusListCredential');
  if (typeof c.id !== 'string') errors.push('/id is missing');
  if (!issuerIdOf(c)) errors.push('/issuer is missing');
  const s = c.credentialSubject;
  if (!s || s.type !== 'BitstringStatusList')
    errors.push('/credentialSubject/type is not BitstringStatusList');
  if (!s || (s.statusPurpose !== 'revocation' && s.statusPurpose !== 'suspension'))
    errors.push('/credentialSubject/statusPurpose is invalid');
  if (!s || typeof s.encodedList !== 'string') errors.push('/credentialSubject/encodedList is missing');
  else {
    try {
      decodeStatusList(s.encodedList);
    } catch (error) {
      errors.push(`/credentialSubject/encodedList: ${(error as Error).message}`);
    }
  }
  return { valid: errors.length === 0, errors };
}

export interface StatusListVerification {
  verified: boolean;
  checks: VerificationCheck[];
  credential?: BitstringStatusListCredential;
  encodedList?: string;
}

/** Verifies a signed status list (VC-JWT); optionally that it is the expected list of the expected issuer. */
export async function verifyStatusListJwt(
  jwt: unknown,
  options: { resolveKey: KeyResolver; now?: Date; expectedId?: string; expectedIssuer?: string },
): Promise<StatusListVerification> {
  const core = await verifyVcJwtCore(jwt, { ...options, validate: validateStatusListCredential });
  const checks = [...core.checks];
  const vc = core.credential as BitstringStatusListCredential | undefined;
  if (vc && options.expectedId !== undefined && vc.id !== options.expectedId) {
    checks.push(
      fail('status', 'status_list_mismatch', `status list is ${vc.id}, expected ${options.expectedId}`),
    );
  }
  if (vc && options.expectedIssuer !== undefined && core.issuer !== options.expectedIssuer) {
    checks.push(fail('status', 'status_list_wrong_issuer', 'status list was issued by someone else'));
  }
  const verified = Boolean(vc) && checks.every((c) => c.ok);
  if (verified) checks.push(pass('status', 'status_list_ok', 'status list is authentic'));
  return verified && vc
    ? { verified, checks, credential: vc, encodedList: vc.credentialSubject.encodedList }
    : { verified: false, checks };
}
