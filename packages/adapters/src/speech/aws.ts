/** Connection settings shared by the AWS speech and language adapters. */
export interface AwsClientOptions {
  readonly region: string;
  /** A different endpoint (VPC endpoint, or a local fake in tests). */
  readonly endpoint?: string;
  /** Leave unset on AWS to use the default provider chain (task role, env, profile). */
  readonly credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

export const clientConfig = (o: AwsClientOptions) => ({
  region: o.region,
  ...(o.endpoint ? { endpoint: o.endpoint } : {}),
  ...(o.credentials ? { credentials: o.credentials } : {}),
  maxAttempts: 2,
});
