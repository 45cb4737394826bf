import { createServer, type IncomingMessage } from 'node:http';
import {
  createServer as createH2Server,
  type Http2ServerRequest,
  type Http2ServerResponse,
} from 'node:http2';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server standing in for an AWS endpoint in tests; records every request it gets.
 * `http2: true` speaks cleartext HTTP/2, as the Polly and Bedrock Runtime clients use HTTP/2.
 */
export interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'] | Http2ServerRequest['headers'];
  readonly body: Buffer;
}

export interface FakeReply {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body: Buffer | string | object;
}

export interface FakeServer {
  readonly url: string;
  readonly seen: SeenRequest[];
  close(): Promise<void>;
}

export async function startFakeServer(
  handle: (req: SeenRequest, base: string) => FakeReply,
  options: { http2?: boolean } = {},
): Promise<FakeServer> {
  const seen: SeenRequest[] = [];
  let base = '';
  const onRequest = (
    req: IncomingMessage | Http2ServerRequest,
    res: {
      writeHead(status: number, headers: Record<string, string>): unknown;
      end(body: Buffer | string): unknown;
    },
  ) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks),
      };
      seen.push(request);
      const reply = handle(request, base);
      const body =
        Buffer.isBuffer(reply.body) || typeof reply.body === 'string'
          ? reply.body
          : JSON.stringify(reply.body);
      res.writeHead(reply.status ?? 200, reply.headers ?? { 'content-type': 'application/json' });
      res.end(body);
    });
  };
  const server = options.http2
    ? createH2Server((req: Http2ServerRequest, res: Http2ServerResponse) => onRequest(req, res))
    : createServer((req, res) => onRequest(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: base,
    seen,
    close: () =>
      new Promise((resolve) => {
        if ('closeAllConnections' in server) server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const testCredentials = { accessKeyId: 'AKIDTEST', secretAccessKey: 'secret-test' };
