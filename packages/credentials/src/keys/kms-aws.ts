import type { KMSClient, KMSClientConfig } from '@aws-sdk/client-kms';
import type { KeyManagement } from './envelope';

export interface AwsKmsOptions {
  /** KMS key id, ARN or alias (`alias/shebalance-credentials`). */
  keyId: string;
  /** Passed to the SDK client (region, endpoint, credentials…). Ignored when `client` is given. */
  clientConfig?: KMSClientConfig;
  client?: KMSClient;
}

/**
 * AWS KMS adapter for the KeyManagement port: GenerateDataKey (AES_256) and Decrypt, with the
 * encryption context bound to both. The SDK is loaded lazily so the local default never loads it.
 */
export class AwsKmsKeyManagement implements KeyManagement {
  readonly name = 'aws-kms';
  readonly #options: AwsKmsOptions;
  #client: KMSClient | undefined;

  constructor(options: AwsKmsOptions) {
    this.#options = options;
    this.#client = options.client;
  }

  async #sdk() {
    const sdk = await import('@aws-sdk/client-kms');
    this.#client ??= new sdk.KMSClient(this.#options.clientConfig ?? {});
    return { sdk, client: this.#client };
  }

  async generateDataKey(context: Record<string, string>) {
    const { sdk, client } = await this.#sdk();
    const out = await client.send(
      new sdk.GenerateDataKeyCommand({
        KeyId: this.#options.keyId,
        KeySpec: 'AES_256',
        EncryptionContext: context,
      }),
    );
    if (!out.Plaintext || !out.CiphertextBlob) throw new Error('KMS GenerateDataKey returned no key');
    return {
      plaintext: out.Plaintext,
      encrypted: out.CiphertextBlob,
      keyId: out.KeyId ?? this.#options.keyId,
    };
  }

  async decryptDataKey(encrypted: Uint8Array, context: Record<string, string>): Promise<Uint8Array> {
    const { sdk, client } = await this.#sdk();
    const out = await client.send(
      new sdk.DecryptCommand({
        CiphertextBlob: encrypted,
        KeyId: this.#options.keyId,
        EncryptionContext: context,
      }),
    );
    if (!out.Plaintext) throw new Error('KMS Decrypt returned no plaintext');
    return out.Plaintext;
  }
}
