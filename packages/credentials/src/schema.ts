import { readFileSync } from 'node:fs';
import { Ajv2019 } from 'ajv/dist/2019';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2019';

export interface SchemaValidation {
  valid: boolean;
  errors: string[];
}

// ajv-formats is CommonJS; under ESM interop the callable may sit on `.default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv2019) => Ajv2019;

let validator: ValidateFunction | undefined;

/** The bundled 1EdTech Open Badges 3.0 AchievementCredential JSON schema (draft 2019-09). */
export function achievementCredentialSchema(): Record<string, unknown> {
  const path = new URL('../schema/achievementcredential.json', import.meta.url);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

function compiled(): ValidateFunction {
  if (!validator) {
    const ajv = new Ajv2019({ allErrors: true, strict: false });
    addFormats(ajv);
    validator = ajv.compile(achievementCredentialSchema());
  }
  return validator;
}

function describe(error: ErrorObject): string {
  return `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`;
}

/** Validates a credential (the `vc` object, not the JWT) against the bundled Open Badges 3.0 schema. */
export function validateAchievementCredential(credential: unknown): SchemaValidation {
  const validate = compiled();
  const valid = validate(credential) === true;
  return { valid, errors: valid ? [] : (validate.errors ?? []).map(describe) };
}
