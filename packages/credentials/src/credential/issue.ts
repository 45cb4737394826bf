import { signCredential, type SigningKey } from '../jwt/sign';
import { validateAchievementCredential } from '../schema';
import { buildAchievementCredential } from './build';
import type { AchievementCredentialInput, OpenBadgeCredential } from './types';

export class CredentialSchemaError extends Error {
  constructor(readonly errors: string[]) {
    super(`credential does not match the Open Badges 3.0 schema: ${errors.join('; ')}`);
    this.name = 'CredentialSchemaError';
  }
}

/** Builds, schema-checks and signs a credential: what the "assessment confirmed" job calls. */
export async function issueAchievementCredential(
  input: AchievementCredentialInput,
  key: SigningKey,
): Promise<{ credential: OpenBadgeCredential; jwt: string }> {
  const credential = buildAchievementCredential(input);
  const validation = validateAchievementCredential(credential);
  if (!validation.valid) throw new CredentialSchemaError(validation.errors);
  const { jwt } = await signCredential(credential, key);
  return { credential, jwt };
}
