import { readFileSync } from 'node:fs';

/** JSON-LD context URLs the credentials reference. All are bundled in `packages/credentials/contexts/`. */
export const VC_V1_CONTEXT = 'https://www.w3.org/2018/credentials/v1';
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const STATUS_LIST_V1_CONTEXT = 'https://www.w3.org/ns/credentials/status/v1';
export const DATA_INTEGRITY_V2_CONTEXT = 'https://w3id.org/security/data-integrity/v2';

/** The 1EdTech JSON schema id, named in `credentialSchema` of every credential we issue. */
export const OB_V3_SCHEMA_ID =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json';

const CONTEXT_FILES: Record<string, string> = {
  [VC_V1_CONTEXT]: 'credentials-v1.jsonld',
  [VC_V2_CONTEXT]: 'credentials-v2.jsonld',
  [OB_V3_CONTEXT]: 'ob-context-3.0.3.json',
  [STATUS_LIST_V1_CONTEXT]: 'bitstring-status-list-v1.jsonld',
  [DATA_INTEGRITY_V2_CONTEXT]: 'data-integrity-v2.jsonld',
};

export const BUNDLED_CONTEXT_URLS: readonly string[] = Object.keys(CONTEXT_FILES);

const cache = new Map<string, unknown>();

/** Returns the bundled JSON-LD context document for a URL, or undefined: nothing is ever fetched. */
export function loadBundledContext(url: string): unknown {
  const file = CONTEXT_FILES[url];
  if (!file) return undefined;
  if (!cache.has(url)) {
    const path = new URL(`../contexts/${file}`, import.meta.url);
    cache.set(url, JSON.parse(readFileSync(path, 'utf8')));
  }
  return cache.get(url);
}

/**
 * A jsonld.js-compatible document loader that serves ONLY the bundled contexts and refuses every
 * other URL, so JSON-LD processing can never reach the network.
 */
export async function offlineDocumentLoader(url: string): Promise<{
  contextUrl: null;
  documentUrl: string;
  document: unknown;
}> {
  const document = loadBundledContext(url);
  if (document === undefined) throw new Error(`context not bundled (offline only): ${url}`);
  return { contextUrl: null, documentUrl: url, document };
}
