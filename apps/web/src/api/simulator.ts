import type { ApiClient } from './client';

/**
 * The WhatsApp simulator's JSON API (built by the WhatsApp work; shapes assumed from the Cloud API
 * wire format in packages/core/src/whatsapp/types.ts). `toBubble` turns any stored message into
 * what the chat screen draws, so a shape change touches this file only.
 */
export interface SimMessage {
  id: string;
  direction: 'in' | 'out';
  at?: string;
  /** Outbound: the Cloud API message body SheBalance sent. Inbound: what she sent. */
  message?: Record<string, unknown>;
  /** Link to media (image/audio) the simulator stored. */
  mediaUrl?: string;
  /** Template text as she reads it. */
  text?: string;
}

export type Bubble =
  | { id: string; from: 'her' | 'bot'; kind: 'text'; text: string }
  | {
      id: string;
      from: 'her' | 'bot';
      kind: 'buttons';
      text: string;
      buttons: { id: string; title: string }[];
    }
  | {
      id: string;
      from: 'her' | 'bot';
      kind: 'list';
      text: string;
      button: string;
      rows: { id: string; title: string; description?: string }[];
    }
  | { id: string; from: 'her' | 'bot'; kind: 'image'; url: string; caption?: string }
  | { id: string; from: 'her' | 'bot'; kind: 'audio'; url: string }
  | { id: string; from: 'her' | 'bot'; kind: 'location'; lat: number; lng: number };

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (typeof v === 'object' && v !== null ? (v as Obj) : {});
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** What she sent (the server's normalised inbound content) as a bubble. */
function inbound(m: SimMessage): Bubble {
  const c = obj(obj(m.message).content);
  const base = { id: m.id, from: 'her' as const };
  switch (c.kind) {
    case 'button':
    case 'list':
      return { ...base, kind: 'text', text: str(c.title) || str(c.id) };
    case 'quick_reply':
      return { ...base, kind: 'text', text: str(c.text) };
    case 'location':
      return { ...base, kind: 'location', lat: Number(c.lat), lng: Number(c.lng) };
    case 'image':
      return { ...base, kind: 'image', url: m.mediaUrl ?? '', caption: str(c.caption) || undefined };
    case 'audio':
      return { ...base, kind: 'audio', url: m.mediaUrl ?? '' };
    default:
      return { ...base, kind: 'text', text: str(c.text) };
  }
}

export function toBubble(m: SimMessage): Bubble {
  if (m.direction === 'in' && obj(m.message).content) return inbound(m);
  const from = m.direction === 'in' ? 'her' : 'bot';
  if (m.text) return { id: m.id, from, kind: 'text', text: m.text };
  const msg = obj(m.message);
  const type = str(msg.type);
  const media = obj(msg[type]);
  const url = m.mediaUrl ?? str(media.link);
  if (type === 'image')
    return { id: m.id, from, kind: 'image', url, caption: str(media.caption) || undefined };
  if (type === 'audio') return { id: m.id, from, kind: 'audio', url };
  if (type === 'location') {
    const loc = obj(msg.location);
    return { id: m.id, from, kind: 'location', lat: Number(loc.latitude), lng: Number(loc.longitude) };
  }
  if (type === 'interactive') {
    const i = obj(msg.interactive);
    const text = str(obj(i.body).text);
    const action = obj(i.action);
    if (i.type === 'button') {
      const buttons = (Array.isArray(action.buttons) ? action.buttons : []).map((b) => obj(obj(b).reply));
      return {
        id: m.id,
        from,
        kind: 'buttons',
        text,
        buttons: buttons.map((r) => ({ id: str(r.id), title: str(r.title) })),
      };
    }
    if (i.type === 'list') {
      const rows = (Array.isArray(action.sections) ? action.sections : []).flatMap((s) => {
        const r = obj(s).rows;
        return Array.isArray(r) ? r.map(obj) : [];
      });
      return {
        id: m.id,
        from,
        kind: 'list',
        text,
        button: str(action.button),
        rows: rows.map((r) => ({
          id: str(r.id),
          title: str(r.title),
          description: str(r.description) || undefined,
        })),
      };
    }
    const reply = obj(i.button_reply ?? i.list_reply);
    if (reply.title) return { id: m.id, from, kind: 'text', text: str(reply.title) };
    return { id: m.id, from, kind: 'text', text };
  }
  return { id: m.id, from, kind: 'text', text: str(obj(msg.text).body) || str(msg.body) };
}

/** What the composer sends (POST /api/v1/simulator/send `message`). */
export type Outgoing =
  | { type: 'text'; text: string }
  | { type: 'button'; id: string; title: string }
  | { type: 'list'; id: string; title: string }
  | { type: 'location'; latitude: number; longitude: number }
  | { type: 'image'; mediaId: string }
  | { type: 'audio'; mediaId: string };

/** A file name the server's media upload accepts for a recording of this type (WebM/Opus, OGG/Opus…). */
export function voiceFileName(mimeType: string): string {
  const type = mimeType.split(';')[0]!.trim();
  if (type === 'audio/ogg') return 'voice.ogg';
  if (type === 'audio/mp4') return 'voice.m4a';
  if (type === 'audio/mpeg') return 'voice.mp3';
  return 'voice.webm';
}

export function simulatorApi(client: ApiClient) {
  const send = (phone: string, message: Outgoing) =>
    client.request<{ messageId: string }>('POST', '/api/v1/simulator/send', {
      json: { from: phone, message },
      anonymous: true,
    });
  return {
    messages: (phone: string, signal?: AbortSignal) =>
      client.get<{ messages: SimMessage[] }>(
        `/api/v1/simulator/messages?phone=${encodeURIComponent(phone)}`,
        signal ? { signal, anonymous: true } : { anonymous: true },
      ),
    send,
    /** Uploads the photo (multipart `file`), then sends it as an image message. */
    sendPhoto: async (phone: string, photo: Blob) => {
      const form = new FormData();
      form.append('file', photo, 'photo.jpg');
      const media = await client.request<{ mediaId: string }>('POST', '/api/v1/simulator/media', {
        form,
        anonymous: true,
      });
      return send(phone, { type: 'image', mediaId: media.mediaId });
    },
    /**
     * A voice note recorded in the browser (MediaRecorder: WebM/Opus in Chromium, OGG/Opus in Firefox):
     * uploaded, then sent as a WhatsApp audio message. The server transcribes it constrained to her
     * conversation's step and answers in text and speech (an audio message drawn as a player).
     */
    sendVoice: async (phone: string, recording: Blob) => {
      const type = recording.type || 'audio/webm';
      const form = new FormData();
      form.append('file', new Blob([recording], { type }), voiceFileName(type));
      const media = await client.request<{ mediaId: string }>('POST', '/api/v1/simulator/media', {
        form,
        anonymous: true,
      });
      return send(phone, { type: 'audio', mediaId: media.mediaId });
    },
  };
}
