import { describe, expect, it } from 'vitest';
import { offlineDocumentLoader, VC_V2_CONTEXT } from '../contexts';
import { buildAchievementCredential } from '../credential/build';
import { demoCredentialInput } from '../credential/fixtures';
import { base58btcDecode } from '../keys/base58';
import { KeyRing } from '../keys/keyring';
import type { PrivateJwk } from '../keys/types';
import { validateAchievementCredential } from '../schema';
import { canonicalize, signDataIntegrity, verifyDataIntegrity, type DocumentLoader } from './data-integrity';

// W3C vc-di-eddsa test vector (TestVectors/keyPair.json and eddsa-rdfc-2022/signedDataInt.json).
const VECTOR_KEYS = {
  publicKeyMultibase: 'z6MkrJVnaZkeFzdQyMZu1cgjg7k1pZZ6pvBQ7XJPt4swbTQ2',
  privateKeyMultibase: 'z3u2en7t5LR2WtQH5PfFqMqwVHBeXouLzo6haApm8XHqvjxq',
};
const VECTOR_UNSIGNED = {
  '@context': [VC_V2_CONTEXT, 'https://www.w3.org/ns/credentials/examples/v2'],
  id: 'urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc33',
  type: ['VerifiableCredential', 'AlumniCredential'],
  name: 'Alumni Credential',
  description: 'A minimum viable example of an Alumni Credential.',
  issuer: 'https://vc.example/issuers/5678',
  validFrom: '2023-01-01T00:00:00Z',
  credentialSubject: { id: 'did:example:abcdefgh', alumniOf: 'The School of Examples' },
};
const VECTOR_PROOF_VALUE =
  'z21EVs3eXERqTn4acNHT9viboqgzUaQ3kTmhPT3eA8qrVPE7CrQq78WkzctnMX5W4CrzcKnHw8V6dvy5pgWYCU5e9';
// The examples context (w3c/vc-data-model contexts/credentials/examples/v2), only for this vector.
const vectorLoader: DocumentLoader = async (url) =>
  url === 'https://www.w3.org/ns/credentials/examples/v2'
    ? {
        contextUrl: null,
        documentUrl: url,
        document: { '@context': { '@vocab': 'https://www.w3.org/ns/credentials/examples#' } },
      }
    : offlineDocumentLoader(url);

function vectorKey(): PrivateJwk {
  const pub = base58btcDecode(VECTOR_KEYS.publicKeyMultibase.slice(1)).slice(2);
  const priv = base58btcDecode(VECTOR_KEYS.privateKeyMultibase.slice(1)).slice(2);
  return {
    kty: 'OKP',
    crv: 'Ed25519',
    x: Buffer.from(pub).toString('base64url'),
    d: Buffer.from(priv).toString('base64url'),
  };
}

describe('Data Integrity eddsa-rdfc-2022 (offline, bundled contexts)', () => {
  it('reproduces the W3C test vector byte for byte', async () => {
    const kid = `https://vc.example/issuers/5678#${VECTOR_KEYS.publicKeyMultibase}`;
    const signed = await signDataIntegrity(
      VECTOR_UNSIGNED,
      { kid, privateJwk: vectorKey() },
      {
        created: new Date('2023-02-24T23:36:38Z'),
        documentLoader: vectorLoader,
      },
    );
    expect(signed.proof.proofValue).toBe(VECTOR_PROOF_VALUE);
  });

  it('signs an Open Badges credential that still validates and verifies, and detects tampering', async () => {
    const ring = KeyRing.create('did:web:shebalance.example');
    const signed = await signDataIntegrity(buildAchievementCredential(demoCredentialInput()), ring.current);
    expect(validateAchievementCredential(signed).valid).toBe(true);
    expect(signed.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' });
    expect((await verifyDataIntegrity(signed, { resolveKey: ring.resolveKey })).verified).toBe(true);

    const tampered = structuredClone(signed);
    tampered.credentialSubject.result[3]!.value = '99';
    const bad = await verifyDataIntegrity(tampered, { resolveKey: ring.resolveKey });
    expect(bad.checks.map((c) => c.code)).toEqual(['signature_invalid']);
    const stranger = KeyRing.create('did:web:shebalance.example');
    expect((await verifyDataIntegrity(signed, { resolveKey: stranger.resolveKey })).verified).toBe(false);
    for (const garbage of [
      null,
      'x',
      {},
      { proof: {} },
      { ...signed, proof: { ...signed.proof, proofValue: 'zzz' } },
    ]) {
      expect((await verifyDataIntegrity(garbage, { resolveKey: ring.resolveKey })).verified).toBe(false);
    }
  });

  it('refuses to canonicalize terms no bundled context defines (they would go unsigned)', async () => {
    const credential = { ...buildAchievementCredential(demoCredentialInput()), undefinedTerm: 'not signed' };
    await expect(canonicalize(credential)).rejects.toThrow(/[Ss]afe mode/);
  });
});
