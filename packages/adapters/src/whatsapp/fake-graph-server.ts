/* eslint-disable @typescript-eslint/no-explicit-any -- a test double reading arbitrary JSON */
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Graph API (tests only): checks every request the Cloud API would check —
 * bearer token, path, JSON shape per message type, the published limits — answers like Graph does,
 * and can be told to fail (e.g. 130429, 5xx) to exercise retries.
 */
export interface FakeGraphRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  body: unknown;
  status: number;
}

export interface ScriptedFailure {
  status: number;
  code: number;
  message?: string;
}

interface StoredMedia {
  bytes: Buffer;
  mimeType: string;
  /** Reported size (a test may claim a size larger than the bytes it stores). */
  size: number;
}

const len = (s: unknown) => (typeof s === 'string' ? [...s].length : -1);

/** Independent re-statement of the Cloud API message rules; returns what is wrong. */
export function graphMessageProblems(body: unknown): string[] {
  const p: string[] = [];
  const m = body as Record<string, any>;
  if (!m || typeof m !== 'object') return ['body is not an object'];
  if (m.messaging_product !== 'whatsapp') p.push('messaging_product');
  if (!/^\d{8,15}$/.test(String(m.to ?? ''))) p.push('to');
  const text = (v: unknown, max: number, name: string) => {
    const n = len(v);
    if (n < 1 || n > max) p.push(`${name} length ${n} (1..${max})`);
  };
  const media = (o: any, name: string) => {
    if (!o || (typeof o.id === 'string') === (typeof o.link === 'string')) p.push(`${name} needs id or link`);
  };
  switch (m.type) {
    case 'text':
      text(m.text?.body, 4096, 'text.body');
      break;
    case 'image':
    case 'audio':
    case 'document':
      media(m[m.type], m.type);
      break;
    case 'template':
      text(m.template?.name, 512, 'template.name');
      text(m.template?.language?.code, 16, 'template.language.code');
      break;
    case 'interactive': {
      const i = m.interactive ?? {};
      text(i.body?.text, 1024, 'interactive.body.text');
      if (i.type === 'button') {
        const buttons: any[] = i.action?.buttons ?? [];
        if (buttons.length < 1 || buttons.length > 3) p.push(`buttons count ${buttons.length}`);
        for (const b of buttons) {
          if (b.type !== 'reply') p.push('button type');
          text(b.reply?.title, 20, 'button title');
          text(b.reply?.id, 256, 'button id');
        }
      } else if (i.type === 'list') {
        text(i.action?.button, 20, 'list button');
        const rows: any[] = (i.action?.sections ?? []).flatMap((s: any) => s.rows ?? []);
        if (rows.length < 1 || rows.length > 10) p.push(`rows count ${rows.length}`);
        for (const r of rows) {
          text(r.title, 24, 'row title');
          text(r.id, 200, 'row id');
          if (r.description !== undefined) text(r.description, 72, 'row description');
        }
      } else if (i.type === 'location_request_message') {
        if (i.action?.name !== 'send_location') p.push('location request action');
      } else p.push(`interactive type ${String(i.type)}`);
      break;
    }
    default:
      p.push(`type ${String(m.type)}`);
  }
  return p;
}

export class FakeGraphServer {
  readonly requests: FakeGraphRequest[] = [];
  /** Accepted message bodies, in order. */
  readonly messages: Record<string, any>[] = [];
  readonly media = new Map<string, StoredMedia>();
  private failures: ScriptedFailure[] = [];
  private server: Server | undefined;
  private base = '';

  constructor(
    readonly token: string,
    readonly phoneNumberId: string,
    readonly version = 'v21.0',
  ) {}

  /** Base URL to configure as WHATSAPP_GRAPH_URL. */
  get url(): string {
    return `${this.base}/${this.version}`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** The next `times` message sends fail with this answer. */
  failNext(failure: ScriptedFailure, times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push(failure);
  }

  /** Media she "sent", downloadable through GET /{id} then the URL. */
  addMedia(bytes: Buffer, mimeType: string, size = bytes.length): string {
    const id = String(Math.floor(1e15 + Math.random() * 9e15));
    this.media.set(id, { bytes, mimeType, size });
    return id;
  }

  messagesTo(waId: string): Record<string, any>[] {
    return this.messages.filter((m) => m.to === waId);
  }

  private send(res: ServerResponse, status: number, body: unknown, record: FakeGraphRequest): void {
    record.status = status;
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const path = (req.url ?? '').split('?')[0]!;
    const record: FakeGraphRequest = {
      method: req.method ?? '',
      path,
      authorization: req.headers.authorization,
      body: undefined,
      status: 0,
    };
    this.requests.push(record);
    const error = (status: number, code: number, message: string) =>
      this.send(
        res,
        status,
        { error: { message, type: 'OAuthException', code, fbtrace_id: 'fake' } },
        record,
      );
    if (req.headers.authorization !== `Bearer ${this.token}`)
      return error(401, 190, 'Invalid OAuth access token');

    const bytesMatch = /^\/media-bytes\/(\w+)$/.exec(path);
    if (req.method === 'GET' && bytesMatch) {
      const m = this.media.get(bytesMatch[1]!);
      if (!m) return error(404, 100, 'unknown media');
      record.status = 200;
      res.writeHead(200, { 'content-type': m.mimeType });
      return void res.end(m.bytes);
    }
    const prefix = `/${this.version}/`;
    if (!path.startsWith(prefix)) return error(404, 100, 'Unknown path');
    const [first, second] = path.slice(prefix.length).split('/');

    if (req.method === 'POST' && first === this.phoneNumberId && second === 'messages') {
      if (!String(req.headers['content-type']).startsWith('application/json'))
        return error(400, 100, 'JSON expected');
      let body: unknown;
      try {
        body = JSON.parse(raw.toString('utf8'));
      } catch {
        return error(400, 100, 'Malformed JSON');
      }
      record.body = body;
      const problems = graphMessageProblems(body);
      if (problems.length) return error(400, 100, `(#100) Invalid parameter: ${problems.join('; ')}`);
      const failure = this.failures.shift();
      if (failure)
        return error(failure.status, failure.code, failure.message ?? `scripted failure ${failure.code}`);
      this.messages.push(body as Record<string, any>);
      const id = `wamid.FAKE${randomUUID().replace(/-/g, '')}`;
      return this.send(
        res,
        200,
        {
          messaging_product: 'whatsapp',
          contacts: [{ input: (body as any).to, wa_id: (body as any).to }],
          messages: [{ id }],
        },
        record,
      );
    }
    if (req.method === 'POST' && first === this.phoneNumberId && second === 'media') {
      const type = String(req.headers['content-type'] ?? '');
      const boundary = /boundary=(.+)$/.exec(type)?.[1];
      if (!boundary) return error(400, 100, 'multipart/form-data expected');
      const text = raw.toString('latin1');
      if (!text.includes('name="messaging_product"') || !text.includes('name="file"'))
        return error(400, 100, 'messaging_product and file are required');
      const filePart = text.split(`--${boundary}`).find((part) => part.includes('name="file"'))!;
      const headerEnd = filePart.indexOf('\r\n\r\n');
      const mime =
        /content-type:\s*([^\r\n]+)/i.exec(filePart.slice(0, headerEnd))?.[1] ?? 'application/octet-stream';
      const bytes = Buffer.from(filePart.slice(headerEnd + 4, filePart.length - 2), 'latin1');
      const id = this.addMedia(bytes, mime);
      return this.send(res, 200, { id }, record);
    }
    if (req.method === 'GET' && first && !second) {
      const m = this.media.get(first);
      if (!m) return error(404, 100, 'Unsupported get request');
      return this.send(
        res,
        200,
        {
          messaging_product: 'whatsapp',
          url: `${this.base}/media-bytes/${first}`,
          mime_type: m.mimeType,
          sha256: createHash('sha256').update(m.bytes).digest('hex'),
          file_size: m.size,
          id: first,
        },
        record,
      );
    }
    return error(404, 100, 'Unknown path');
  }
}
