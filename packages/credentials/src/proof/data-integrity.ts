import { createHash, createPrivateKey, createPublicKey, sign, verify } from 'node:crypto';
import jsonld from 'jsonld';
import { DATA_INTEGRITY_V2_CONTEXT, offlineDocumentLoader } from '../contexts';
import { isoSeconds } from '../credential/build';
import { base58btcDecode, base58btcEncode } from '../keys/base58';
import { didOfKid } from '../keys/did';
import type { KeyResolver } from '../keys/types';
import type { SigningKey } from '../jwt/sign';
import { fail, pass, type VerificationCheck } from '../jwt/checks';

/** A W3C Data Integrity proof with the eddsa-rdfc-2022 cryptosuite. */
export interface DataIntegrityProof {
  type: 'DataIntegrityProof';
  cryptosuite: 'eddsa-rdfc-2022';
  created: string;
  verificationMethod: string;
  proofPurpose: 'assertionMethod';
  proofValue: string;
}

type JsonLdDocument = Record<string, unknown> & { '@context': unknown[] };

/**
 * RDF Dataset Canonicalization (RDFC-1.0) in safe mode: any term that the (bundled, offline)
 * contexts do not define is an error, so nothing unsigned can hide in the document.
 */
export type DocumentLoader = (
  url: string,
) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;

export async function canonicalize(
  document: Record<string, unknown>,
  documentLoader: DocumentLoader = offlineDocumentLoader,
): Promise<string> {
  const options = { algorithm: 'RDFC-1.0', format: 'application/n-quads', documentLoader, safe: true };
  return (jsonld.canonize as unknown as (doc: unknown, opts: unknown) => Promise<string>)(document, options);
}

async function hashData(
  document: JsonLdDocument,
  proofOptions: Record<string, unknown>,
  loader?: DocumentLoader,
): Promise<Buffer> {
  const proofConfig = { '@context': document['@context'], ...proofOptions };
  const [docCanon, proofCanon] = await Promise.all([
    canonicalize(document, loader),
    canonicalize(proofConfig, loader),
  ]);
  const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return Buffer.concat([sha(proofCanon), sha(docCanon)]);
}

function withDataIntegrityContext<T extends { '@context': unknown[] }>(document: T): T {
  return document['@context'].includes(DATA_INTEGRITY_V2_CONTEXT)
    ? document
    : { ...document, '@context': [...document['@context'], DATA_INTEGRITY_V2_CONTEXT] };
}

/**
 * Adds an embedded eddsa-rdfc-2022 Data Integrity proof (the JSON-LD alternative to VC-JWT),
 * computed entirely offline with the bundled contexts. Adds the data-integrity context if absent.
 */
export async function signDataIntegrity<T extends { '@context': unknown[] }>(
  credential: T,
  key: SigningKey,
  options: { created?: Date; documentLoader?: DocumentLoader } = {},
): Promise<T & { proof: DataIntegrityProof }> {
  const document = withDataIntegrityContext(credential) as unknown as JsonLdDocument;
  const created = options.created ?? new Date();
  const proofOptions = {
    type: 'DataIntegrityProof' as const,
    cryptosuite: 'eddsa-rdfc-2022' as const,
    created: isoSeconds(created),
    verificationMethod: key.kid,
    proofPurpose: 'assertionMethod' as const,
  };
  const data = await hashData(document, proofOptions, options.documentLoader);
  const privateKey = createPrivateKey({ key: { ...key.privateJwk }, format: 'jwk' });
  const proofValue = `z${base58btcEncode(sign(null, data, privateKey))}`;
  return { ...(document as unknown as T), proof: { ...proofOptions, proofValue } };
}

/** Verifies an embedded eddsa-rdfc-2022 proof. Never throws. */
export async function verifyDataIntegrity(
  secured: unknown,
  options: { resolveKey: KeyResolver; expectedIssuer?: string; documentLoader?: DocumentLoader },
): Promise<{ verified: boolean; checks: VerificationCheck[] }> {
  try {
    const doc = secured as Record<string, unknown> & {
      proof?: Record<string, unknown>;
      '@context'?: unknown;
    };
    const proof = doc?.proof;
    if (!proof || typeof proof !== 'object' || !Array.isArray(doc['@context'])) {
      return { verified: false, checks: [fail('format', 'no_proof', 'no embedded proof')] };
    }
    if (proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== 'eddsa-rdfc-2022') {
      return {
        verified: false,
        checks: [fail('format', 'unsupported_proof', 'not an eddsa-rdfc-2022 proof')],
      };
    }
    const { proof: _proof, ...unsecured } = doc;
    const { proofValue, ...proofOptions } = proof;
    const kid = proofOptions.verificationMethod;
    if (typeof proofValue !== 'string' || !proofValue.startsWith('z') || typeof kid !== 'string') {
      return {
        verified: false,
        checks: [fail('format', 'bad_proof', 'proof value or verification method missing')],
      };
    }
    const issuer =
      typeof doc.issuer === 'string' ? doc.issuer : (doc.issuer as { id?: string } | undefined)?.id;
    if (
      didOfKid(kid) !== issuer ||
      (options.expectedIssuer !== undefined && issuer !== options.expectedIssuer)
    ) {
      return {
        verified: false,
        checks: [fail('issuer_key', 'kid_not_issuer', `key ${kid} does not belong to the issuer`)],
      };
    }
    const jwk = await options.resolveKey(kid);
    if (!jwk)
      return {
        verified: false,
        checks: [fail('issuer_key', 'unknown_key', `key ${kid} is not a known issuer key`)],
      };
    const data = await hashData(unsecured as JsonLdDocument, proofOptions, options.documentLoader);
    const publicKey = createPublicKey({ key: { kty: jwk.kty, crv: jwk.crv, x: jwk.x }, format: 'jwk' });
    const ok = verify(null, data, publicKey, base58btcDecode(proofValue.slice(1)));
    return ok
      ? {
          verified: true,
          checks: [
            pass('issuer_key', 'key_known', `signed with ${kid}`),
            pass('signature', 'signature_ok', 'eddsa-rdfc-2022 proof is valid'),
          ],
        }
      : {
          verified: false,
          checks: [fail('signature', 'signature_invalid', 'proof does not match the document')],
        };
  } catch (error) {
    return {
      verified: false,
      checks: [fail('format', 'verifier_error', `could not verify: ${(error as Error).message}`)],
    };
  }
}
