import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_CONTEXT_URLS,
  DATA_INTEGRITY_V2_CONTEXT,
  OB_V3_CONTEXT,
  STATUS_LIST_V1_CONTEXT,
  VC_V1_CONTEXT,
  loadBundledContext,
  offlineDocumentLoader,
} from './contexts';
import { achievementCredentialSchema } from './schema';

const canonicalSha = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('bundled schema and contexts', () => {
  it('the schema is the 1EdTech file, content unchanged', () => {
    const schema = achievementCredentialSchema();
    expect(schema.$schema).toBe('https://json-schema.org/draft/2019-09/schema#');
    expect(canonicalSha(schema)).toBe('0db03555d19951a308ebcc337c46e2512464250f3336cc9086555f6b24b4f682');
    expect(JSON.stringify(schema)).not.toMatch(/"\$ref":"(?!#)/); // no external references
  });

  it('the OB 3.0.3 context is the 1EdTech file, content unchanged', () => {
    const text = readFileSync(new URL('../contexts/ob-context-3.0.3.json', import.meta.url), 'utf8');
    expect(canonicalSha(JSON.parse(text))).toBe(
      'cd6b64fa5ec380924df5bd147de653a7bd9ec5fcd08ea1e2ef4968f69b473d57',
    );
  });

  it('serves every referenced context offline and refuses anything else', async () => {
    for (const url of [VC_V1_CONTEXT, OB_V3_CONTEXT, STATUS_LIST_V1_CONTEXT, DATA_INTEGRITY_V2_CONTEXT]) {
      expect(BUNDLED_CONTEXT_URLS).toContain(url);
      const doc = (await offlineDocumentLoader(url)).document as { '@context': unknown };
      expect(doc['@context']).toBeTruthy();
    }
    expect(loadBundledContext('https://example.com/context.json')).toBeUndefined();
    await expect(offlineDocumentLoader('https://example.com/context.json')).rejects.toThrow(/not bundled/);
  });
});
