import { z } from 'zod';
import { envSchema, type Env } from './schema';

export interface Config extends Env {
  isProduction: boolean;
  devRoutes: boolean;
  corsOrigins: string[];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Reads and validates the environment once. Fails fast naming every bad variable. Production mode
 * refuses insecure defaults and turns development-only routes off.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const c = parsed.data;
  const isProduction = c.NODE_ENV === 'production';
  const problems: string[] = [];
  if (isProduction) {
    if (!c.JWT_PRIVATE_JWK) problems.push('JWT_PRIVATE_JWK: required in production (an Ed25519 private JWK)');
    if (!c.AUTH_PEPPER) problems.push('AUTH_PEPPER: required in production (at least 32 random characters)');
    if (!c.DATA_ENCRYPTION_KEY)
      problems.push('DATA_ENCRYPTION_KEY: required in production (32 bytes, base64)');
    if (c.ENABLE_DEV_ROUTES)
      problems.push('ENABLE_DEV_ROUTES: development routes cannot be enabled in production');
    if (c.PUBLIC_URL.startsWith('http://') && !/localhost|127\.0\.0\.1/.test(c.PUBLIC_URL)) {
      problems.push('PUBLIC_URL: must be https:// in production');
    }
  }
  if (c.JWT_PRIVATE_JWK) {
    const jwk = z
      .object({ kty: z.literal('OKP'), crv: z.literal('Ed25519'), d: z.string(), x: z.string() })
      .safeParse(safeJson(c.JWT_PRIVATE_JWK));
    if (!jwk.success) problems.push('JWT_PRIVATE_JWK: must be an Ed25519 private key in JWK JSON form');
  }
  if (c.DATA_ENCRYPTION_KEY && Buffer.from(c.DATA_ENCRYPTION_KEY, 'base64').length !== 32) {
    problems.push('DATA_ENCRYPTION_KEY: must decode (base64) to exactly 32 bytes');
  }
  if (c.STORAGE_DRIVER === 's3' && !c.S3_BUCKET) problems.push('S3_BUCKET: required when STORAGE_DRIVER=s3');
  if (problems.length) throw new ConfigError(problems);
  return {
    ...c,
    isProduction,
    devRoutes: !isProduction && (c.ENABLE_DEV_ROUTES ?? true),
    corsOrigins: c.CORS_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export { envSchema };
