import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { JWK } from 'jose';
import { generateSigningKey, type SigningKeyPair } from '@shebalance/adapters/identity/jwt';
import type { Config } from './index';

export interface Secrets {
  jwtKey: SigningKeyPair;
  previousPublicJwks: JWK[];
  pepper: string;
  dataKey: Buffer;
}

/**
 * Secrets come from the environment. Outside production, anything missing is generated once and kept
 * in DATA_DIR/secrets/dev-secrets.json (mode 0600) so sessions survive restarts. Production refuses to
 * start without them (see loadConfig).
 */
export async function loadSecrets(config: Config): Promise<Secrets> {
  const file = join(config.DATA_DIR, 'secrets', 'dev-secrets.json');
  let dev: { jwk?: JWK; pepper?: string; dataKey?: string } = {};
  const needDev = !config.JWT_PRIVATE_JWK || !config.AUTH_PEPPER || !config.DATA_ENCRYPTION_KEY;
  if (needDev) {
    if (config.isProduction) throw new Error('Secrets missing in production');
    if (existsSync(file)) dev = JSON.parse(readFileSync(file, 'utf8'));
    let changed = false;
    if (!dev.jwk) {
      dev.jwk = (await generateSigningKey()).privateJwk;
      changed = true;
    }
    if (!dev.pepper) {
      dev.pepper = randomBytes(32).toString('base64url');
      changed = true;
    }
    if (!dev.dataKey) {
      dev.dataKey = randomBytes(32).toString('base64');
      changed = true;
    }
    if (changed) {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(dev, null, 2), { mode: 0o600 });
    }
  }
  const privateJwk: JWK = config.JWT_PRIVATE_JWK ? JSON.parse(config.JWT_PRIVATE_JWK) : dev.jwk!;
  const kid = privateJwk.kid ?? 'default';
  const { d: _d, ...publicJwk } = privateJwk;
  return {
    jwtKey: {
      kid,
      privateJwk: { ...privateJwk, kid },
      publicJwk: { ...publicJwk, kid, alg: 'EdDSA', use: 'sig' },
    },
    previousPublicJwks: config.JWT_PREVIOUS_PUBLIC_JWKS
      ? (JSON.parse(config.JWT_PREVIOUS_PUBLIC_JWKS) as JWK[])
      : [],
    pepper: config.AUTH_PEPPER ?? dev.pepper!,
    dataKey: Buffer.from(config.DATA_ENCRYPTION_KEY ?? dev.dataKey!, 'base64'),
  };
}
