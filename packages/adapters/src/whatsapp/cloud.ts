import { TransportError, type CloudMessage, type WhatsAppTransport } from '@shebalance/core/whatsapp/index';

export interface CloudTransportOptions {
  /** e.g. https://graph.facebook.com/v21.0 */
  graphUrl: string;
  token: string;
  phoneNumberId: string;
  /** Per-request timeout (default 15 s). */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

/** The WhatsApp Business Cloud API over HTTPS (Graph API). */
export class WhatsAppCloudTransport implements WhatsAppTransport {
  readonly kind = 'cloud' as const;
  private readonly base: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: CloudTransportOptions) {
    this.base = options.graphUrl.replace(/\/+$/, '');
    this.fetch = options.fetch ?? fetch;
  }

  private async call(url: string, init: RequestInit): Promise<Response> {
    let response: Response;
    try {
      response = await this.fetch(url, {
        ...init,
        headers: {
          authorization: `Bearer ${this.options.token}`,
          ...(init.headers as Record<string, string> | undefined),
        },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
    } catch (err) {
      // Network errors and timeouts: the message may or may not have left; WhatsApp dedupes nothing, but a
      // retry after a timeout is the lesser harm than a lost message.
      throw new TransportError(`Graph API unreachable: ${(err as Error).message}`, true);
    }
    if (!response.ok) {
      const body = await response.json().catch(() => undefined);
      throw TransportError.fromGraph(response.status, body);
    }
    return response;
  }

  async send(message: CloudMessage): Promise<{ waMessageId: string }> {
    const response = await this.call(`${this.base}/${this.options.phoneNumberId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
    });
    const body = (await response.json()) as { messages?: { id?: string }[] };
    const id = body.messages?.[0]?.id;
    if (!id)
      throw new TransportError('Graph API answered without a message id', false, undefined, response.status);
    return { waMessageId: id };
  }

  async uploadMedia(bytes: Uint8Array, mimeType: string, filename: string): Promise<{ id: string }> {
    const form = new FormData();
    form.set('messaging_product', 'whatsapp');
    form.set('type', mimeType);
    form.set('file', new Blob([bytes], { type: mimeType }), filename);
    const response = await this.call(`${this.base}/${this.options.phoneNumberId}/media`, {
      method: 'POST',
      body: form,
    });
    const body = (await response.json()) as { id?: string };
    if (!body.id) throw new TransportError('media upload answered without an id', false);
    return { id: body.id };
  }

  async mediaInfo(id: string): Promise<{ url: string; mimeType: string; size: number; sha256?: string }> {
    const response = await this.call(`${this.base}/${encodeURIComponent(id)}`, { method: 'GET' });
    const body = (await response.json()) as {
      url?: string;
      mime_type?: string;
      file_size?: number;
      sha256?: string;
    };
    if (!body.url) throw new TransportError('media lookup answered without a url', false);
    return {
      url: body.url,
      mimeType: body.mime_type ?? 'application/octet-stream',
      size: Number(body.file_size ?? 0),
      ...(body.sha256 ? { sha256: body.sha256 } : {}),
    };
  }

  async downloadMedia(url: string): Promise<Uint8Array> {
    const response = await this.call(url, { method: 'GET' });
    return new Uint8Array(await response.arrayBuffer());
  }
}
