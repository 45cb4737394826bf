import { join } from 'node:path';
import {
  DEFAULT_STATUS_LIST_SIZE,
  KeyRing,
  LocalKeyManagement,
  buildStatusListCredential,
  createStatusList,
  decodeStatusList,
  didWebFromDomain,
  encodeStatusList,
  issueAchievementCredential,
  setRevoked,
  signCredential,
  verifyCredentialJwt,
  type KeyManagement,
  type SealedKeyRing,
} from '@shebalance/credentials';
import type { CredentialSigner, IssueDeps, PortfolioDeps } from '@shebalance/core/usecases/credentials/index';
import { credentialStore, keyRingStore } from '@shebalance/db/credentials/index';
import type { Config } from '../config';
import type { Container } from '../container';

/** How long an instance trusts its cached key ring before re-reading it (rotation by another process). */
const RING_TTL_MS = 60_000;

/** did:web of the deployment: `https://example.org` → `did:web:example.org`, a port is %3A-encoded. */
export function issuerDidFor(publicUrl: string): string {
  const url = new URL(publicUrl);
  const path = url.pathname.replace(/\/+$/, '');
  return didWebFromDomain(`${url.host}${path}`);
}

/** The KeyManagement port: AWS KMS when KMS_KEY_ID is set (SDK loaded lazily), else a local key file. */
export async function keyManagementFor(config: Config): Promise<KeyManagement> {
  if (config.KMS_KEY_ID) {
    const { AwsKmsKeyManagement } = await import('@shebalance/credentials/keys/kms-aws');
    return new AwsKmsKeyManagement({
      keyId: config.KMS_KEY_ID,
      clientConfig: {
        region: config.S3_REGION,
        ...(config.KMS_ENDPOINT ? { endpoint: config.KMS_ENDPOINT } : {}),
      },
    });
  }
  return LocalKeyManagement.fromKeyFile(join(config.DATA_DIR, 'keys', 'credentials.kek'));
}

export interface CredentialsService {
  did: string;
  publicUrl: string;
  /** Loads (or on first start creates and stores) the issuer key ring. */
  ring(options?: { fresh?: boolean }): Promise<KeyRing>;
  /** Rotates the signing key; old credentials keep verifying with the retired public key. */
  rotate(): Promise<{ kid: string; retired: string[] }>;
  signer: CredentialSigner;
  deps: IssueDeps & PortfolioDeps;
}

function createService(container: Container): CredentialsService {
  const { config, database, deps: core } = container;
  const publicUrl = config.PUBLIC_URL.replace(/\/+$/, '');
  const did = issuerDidFor(publicUrl);
  const rings = keyRingStore(database.db);
  let km: Promise<KeyManagement> | undefined;
  let cached: { ring: KeyRing; at: number } | undefined;
  let loading: Promise<KeyRing> | undefined;
  const kmOnce = () => (km ??= keyManagementFor(config));

  async function load(): Promise<KeyRing> {
    const keys = await kmOnce();
    let stored = await rings.load(did);
    if (!stored) {
      const created = await KeyRing.create(did, core.clock.now()).seal(keys);
      if (!(await rings.create(did, created as unknown as Record<string, unknown>, core.clock.now())))
        stored = await rings.load(did);
      else stored = created as unknown as Record<string, unknown>;
    }
    return KeyRing.open(stored as unknown as SealedKeyRing, keys);
  }

  async function ring(options: { fresh?: boolean } = {}): Promise<KeyRing> {
    const now = Date.now();
    if (!options.fresh && cached && now - cached.at < RING_TTL_MS) return cached.ring;
    loading ??= load()
      .then((r) => {
        cached = { ring: r, at: Date.now() };
        return r;
      })
      .finally(() => {
        loading = undefined;
      });
    return loading;
  }

  const signer: CredentialSigner = {
    issuerDid: did,
    async issue(draft) {
      const key = (await ring()).current;
      const { credential, jwt } = await issueAchievementCredential(draft, key);
      return { credential: credential as unknown as Record<string, unknown>, jwt, kid: key.kid };
    },
    emptyStatusList: (size) => encodeStatusList(createStatusList(size)),
    revokeInList(encoded, index) {
      return encodeStatusList(setRevoked(decodeStatusList(encoded), index, true));
    },
    async signStatusList(listUrl, encodedList, issuedAt) {
      const key = (await ring()).current;
      const vc = buildStatusListCredential({ id: listUrl, issuer: did, encodedList, issuedAt });
      return (await signCredential(vc, key)).jwt;
    },
    async verify(jwt, lookupStatus, now) {
      let r = await ring();
      // A key rotated by another process: re-read the ring once before calling the key unknown.
      const kid = kidOf(jwt);
      if (kid && kid.startsWith(`${did}#`) && !r.resolveKey(kid)) r = await ring({ fresh: true });
      const result = await verifyCredentialJwt(jwt, {
        resolveKey: r.resolveKey,
        // The list comes from our own database (trusted), so the bits are read directly.
        statusLookup: async (url) => {
          const encodedList = await lookupStatus(url);
          return encodedList === undefined ? undefined : { encodedList };
        },
        now,
      });
      return {
        verified: result.verified,
        checks: result.checks.map((c) => ({ ...c })),
        ...(result.credential ? { credential: result.credential as unknown as Record<string, unknown> } : {}),
      };
    },
  };

  return {
    did,
    publicUrl,
    ring,
    async rotate() {
      const current = await ring({ fresh: true });
      const next = current.rotate(core.clock.now());
      await rings.save(
        did,
        (await current.seal(await kmOnce())) as unknown as Record<string, unknown>,
        core.clock.now(),
      );
      cached = { ring: current, at: Date.now() };
      return {
        kid: next.kid,
        retired: current.entries.filter((e) => e.status === 'retired').map((e) => e.kid),
      };
    },
    signer,
    deps: {
      store: credentialStore(database.db),
      signer,
      audit: core.repos.audit,
      clock: core.clock,
      ids: core.ids,
      artisans: core.repos.artisans,
      consents: core.repos.consents,
      settings: {
        publicUrl,
        issuerName: config.CREDENTIAL_ISSUER_NAME,
        validityDays: config.CREDENTIAL_VALIDITY_DAYS,
        statusListSize: DEFAULT_STATUS_LIST_SIZE,
      },
    },
  };
}

function kidOf(jwt: unknown): string | undefined {
  if (typeof jwt !== 'string') return undefined;
  try {
    const header = JSON.parse(Buffer.from(jwt.split('.')[0] ?? '', 'base64url').toString('utf8')) as {
      kid?: unknown;
    };
    return typeof header.kid === 'string' ? header.kid : undefined;
  } catch {
    return undefined;
  }
}

const services = new WeakMap<Container, CredentialsService>();

/** The credentials service of a container (one per container; no module-level state). */
export function credentialsOf(container: Container): CredentialsService {
  let service = services.get(container);
  if (!service) {
    service = createService(container);
    services.set(container, service);
  }
  return service;
}
