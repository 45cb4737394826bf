import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for AWS KMS that speaks its JSON protocol (awsJson1_1, `X-Amz-Target:
 * TrentService.<Op>`) for GenerateDataKey and Decrypt, with real AES-GCM wrapping and encryption
 * contexts. For tests and local development only; it listens on 127.0.0.1.
 */
export interface FakeKms {
  endpoint: string;
  keyArn: string;
  calls: { target: string; authorized: boolean }[];
  close(): Promise<void>;
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
  res.end(JSON.stringify(body));
};

const kmsError = (res: ServerResponse, type: string, message: string) =>
  json(res, 400, { __type: type, message });

function contextAad(context: unknown): Buffer {
  const entries = Object.entries((context ?? {}) as Record<string, string>).sort(([a], [b]) =>
    a.localeCompare(b),
  );
  return Buffer.from(JSON.stringify(entries));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startFakeKmsServer(options: { keyId?: string } = {}): Promise<FakeKms> {
  const keyId = options.keyId ?? '1234abcd-12ab-34cd-56ef-1234567890ab';
  const keyArn = `arn:aws:kms:ap-south-1:111122223333:key/${keyId}`;
  const master = randomBytes(32);
  const calls: FakeKms['calls'] = [];
  const knownKey = (id: unknown) => id === keyId || id === keyArn || id === 'alias/shebalance-credentials';

  const server = createServer(async (req, res) => {
    const target = String(req.headers['x-amz-target'] ?? '');
    const authorized = /^AWS4-HMAC-SHA256 Credential=/.test(String(req.headers.authorization ?? ''));
    calls.push({ target, authorized });
    let body: Record<string, unknown>;
    try {
      body = JSON.parse((await readBody(req)) || '{}');
    } catch {
      return kmsError(res, 'SerializationException', 'bad JSON');
    }
    if (req.method !== 'POST' || !authorized)
      return kmsError(res, 'AccessDeniedException', 'unsigned request');
    if (target === 'TrentService.GenerateDataKey') {
      if (!knownKey(body.KeyId)) return kmsError(res, 'NotFoundException', 'key not found');
      if (body.KeySpec !== 'AES_256') return kmsError(res, 'ValidationException', 'KeySpec must be AES_256');
      const plaintext = randomBytes(32);
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', master, iv);
      cipher.setAAD(contextAad(body.EncryptionContext));
      const wrapped = Buffer.concat([cipher.update(plaintext), cipher.final()]);
      const blob = Buffer.concat([iv, cipher.getAuthTag(), wrapped]);
      return json(res, 200, {
        KeyId: keyArn,
        Plaintext: plaintext.toString('base64'),
        CiphertextBlob: blob.toString('base64'),
      });
    }
    if (target === 'TrentService.Decrypt') {
      if (body.KeyId !== undefined && !knownKey(body.KeyId))
        return kmsError(res, 'IncorrectKeyException', 'wrong key');
      try {
        const blob = Buffer.from(String(body.CiphertextBlob), 'base64');
        const decipher = createDecipheriv('aes-256-gcm', master, blob.subarray(0, 12));
        decipher.setAAD(contextAad(body.EncryptionContext));
        decipher.setAuthTag(blob.subarray(12, 28));
        const plaintext = Buffer.concat([decipher.update(blob.subarray(28)), decipher.final()]);
        return json(res, 200, {
          KeyId: keyArn,
          Plaintext: plaintext.toString('base64'),
          EncryptionAlgorithm: 'SYMMETRIC_DEFAULT',
        });
      } catch {
        return kmsError(res, 'InvalidCiphertextException', 'ciphertext or encryption context does not match');
      }
    }
    return kmsError(res, 'UnknownOperationException', `unsupported ${target}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    keyArn,
    calls,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
