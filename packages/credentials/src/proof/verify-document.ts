import { checkValidity, fail, pass, secondsOf } from '../jwt/checks';
import { issuerIdOf } from '../jwt/sign';
import {
  checkStatus,
  verifyCredentialJwt,
  type StatusEntry,
  type VerificationResult,
  type VerifyOptions,
} from '../jwt/verify';
import { validateAchievementCredential } from '../schema';
import { verifyDataIntegrity, type DocumentLoader } from './data-integrity';

/**
 * Verifies a JSON-LD credential with an embedded eddsa-rdfc-2022 proof: proof (issuer key and
 * signature), schema, dates and status, like verifyCredentialJwt does for VC-JWT. Never throws.
 */
export async function verifyCredentialDocument(
  document: unknown,
  options: VerifyOptions & { documentLoader?: DocumentLoader },
): Promise<VerificationResult> {
  try {
    const proofResult = await verifyDataIntegrity(document, options);
    if (!proofResult.verified) return { verified: false, checks: proofResult.checks };
    const vc = document as Record<string, unknown>;
    const checks = [
      pass('format', 'format_ok', 'JSON-LD credential with an eddsa-rdfc-2022 proof'),
      ...proofResult.checks,
    ];
    const schema = validateAchievementCredential(vc);
    checks.push(
      schema.valid
        ? pass('schema', 'schema_ok', 'matches the credential schema')
        : fail('schema', 'schema_invalid', `schema errors: ${schema.errors.slice(0, 3).join('; ')}`),
    );
    const now = options.now ?? new Date();
    checks.push(
      checkValidity(
        secondsOf(vc.issuanceDate),
        secondsOf(vc.expirationDate),
        now,
        options.clockToleranceSeconds ?? 60,
      ),
    );
    checks.push(await checkStatus(vc.credentialStatus as StatusEntry | undefined, issuerIdOf(vc), options));
    return { verified: checks.every((c) => c.ok), checks, credential: vc };
  } catch (error) {
    return {
      verified: false,
      checks: [fail('format', 'verifier_error', `could not verify: ${(error as Error).message}`)],
    };
  }
}

/** Verifies either form a wallet may hold: a VC-JWT string, or a JSON-LD credential with an embedded proof. */
export async function verifyCredential(
  credential: unknown,
  options: VerifyOptions & { documentLoader?: DocumentLoader },
): Promise<VerificationResult> {
  if (credential && typeof credential === 'object' && 'proof' in credential) {
    return verifyCredentialDocument(credential, options);
  }
  return verifyCredentialJwt(credential, options);
}
