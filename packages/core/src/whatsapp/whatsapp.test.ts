import { describe, expect, it } from 'vitest';
import { webhookPayload, wire } from './build';
import { fitToWindow, renderTemplate, windowOpen } from './templates';
import type { CloudMessage } from './types';
import { outboundProblems } from './validate';
import { parseWebhook, statusAdvances, WebhookShapeError } from './webhook';

const PHONE_ID = '1065';
const to = '919800000001';
const envelope = { messaging_product: 'whatsapp' as const, recipient_type: 'individual' as const, to };
const buttons = (titles: string[]): CloudMessage => ({
  ...envelope,
  type: 'interactive',
  interactive: {
    type: 'button',
    body: { text: 'Choose' },
    action: { buttons: titles.map((t, i) => ({ type: 'reply', reply: { id: `b${i}`, title: t } })) },
  },
});
const list = (
  rows: { id: string; title: string; description?: string }[],
  button = 'Menu',
  body = 'Pick one',
): CloudMessage => ({
  ...envelope,
  type: 'interactive',
  interactive: { type: 'list', body: { text: body }, action: { button, sections: [{ rows }] } },
});

describe('webhook parsing', () => {
  it('reads every message shape the Cloud API sends, across entries and changes', () => {
    const a = webhookPayload({
      phoneNumberId: PHONE_ID,
      from: to,
      profileName: 'Sunita',
      messages: [
        { id: 'm1', timestamp: 1, ...wire.text('hello') },
        { id: 'm2', timestamp: 2, ...wire.image('img1', 'image/jpeg', 'my work') },
        { id: 'm3', timestamp: 3, ...wire.audio('aud1', 17_000_000) },
        { id: 'm4', timestamp: 4, ...wire.document('doc1', 'bill.pdf') },
        { id: 'm5', timestamp: 5, ...wire.location(26.85, 80.95, 'Home') },
        { id: 'm6', timestamp: 6, ...wire.button('consent:yes', 'I agree') },
        { id: 'm7', timestamp: 7, ...wire.list('lang:hi', 'हिन्दी', 'Hindi') },
        { id: 'm8', timestamp: 8, ...wire.quickReply('continue', 'Continue') },
        { id: 'm9', timestamp: 9, ...wire.reaction('m1', '👍') },
        { id: 'm10', timestamp: 10, ...wire.unsupported() },
        { id: 'm11', timestamp: 11, type: 'sticker', sticker: { id: 's1', mime_type: 'image/webp' } },
      ],
    }) as { entry: unknown[] };
    const b = webhookPayload({
      phoneNumberId: PHONE_ID,
      from: '919800000002',
      messages: [{ id: 'm12', timestamp: 12, ...wire.text('second entry') }],
    }) as { entry: unknown[] };
    const batch = parseWebhook({ object: 'whatsapp_business_account', entry: [...a.entry, ...b.entry] });
    expect(batch.messages.map((m) => m.content.kind)).toEqual([
      'text',
      'image',
      'audio',
      'document',
      'location',
      'button',
      'list',
      'quick_reply',
      'reaction',
      'unsupported',
      'unsupported',
      'text',
    ]);
    expect(batch.messages[0]).toMatchObject({
      waMessageId: 'm1',
      from: to,
      phoneNumberId: PHONE_ID,
      profileName: 'Sunita',
      at: new Date(1000),
    });
    expect(batch.messages[2]!.content).toEqual({
      kind: 'audio',
      mediaId: 'aud1',
      mimeType: 'audio/ogg; codecs=opus',
      voice: true,
      fileSize: 17_000_000,
      sha256: undefined,
    } as never);
    expect(batch.messages[4]!.content).toEqual({ kind: 'location', lat: 26.85, lng: 80.95, name: 'Home' });
    expect(batch.messages[9]!.content).toEqual({ kind: 'unsupported', type: 'unknown', errorCode: 131051 });
    expect(batch.messages[10]!.content).toEqual({ kind: 'unsupported', type: 'sticker' });
  });

  it('reads statuses with their errors and refuses what is not a WhatsApp notification', () => {
    const batch = parseWebhook(
      webhookPayload({
        phoneNumberId: PHONE_ID,
        statuses: [
          { id: 'w1', status: 'delivered', timestamp: 5, recipient_id: to },
          {
            id: 'w2',
            status: 'failed',
            timestamp: 6,
            recipient_id: to,
            errors: [{ code: 131026, title: 'Undeliverable', error_data: { details: 'not on WhatsApp' } }],
          },
        ],
      }),
    );
    expect(batch.statuses[1]).toMatchObject({
      status: 'failed',
      errors: [{ code: 131026, title: 'Undeliverable', details: 'not on WhatsApp' }],
    });
    expect(() => parseWebhook({ object: 'page', entry: [] })).toThrow(WebhookShapeError);
    expect(() => parseWebhook([1, 2])).toThrow(WebhookShapeError);
  });

  it('statuses only move forward', () => {
    expect(statusAdvances('sent', 'delivered')).toBe(true);
    expect(statusAdvances('read', 'delivered')).toBe(false);
    expect(statusAdvances('delivered', 'sent')).toBe(false);
    expect(statusAdvances('sent', 'failed')).toBe(true);
    expect(statusAdvances('failed', 'read')).toBe(false);
  });
});

describe('outbound limits', () => {
  it('accepts messages within the limits', () => {
    expect(outboundProblems(buttons(['Yes', 'No', 'Later']))).toEqual([]);
    expect(
      outboundProblems(
        list(
          Array.from({ length: 10 }, (_, i) => ({
            id: `r${i}`,
            title: `Row ${i}`,
            description: 'x'.repeat(72),
          })),
        ),
      ),
    ).toEqual([]);
    expect(outboundProblems({ ...envelope, type: 'image', image: { id: '123', caption: 'hi' } })).toEqual([]);
  });

  it('names every broken limit', () => {
    expect(outboundProblems(buttons(['a', 'b', 'c', 'd']))).toEqual([
      { path: 'interactive.action.buttons', message: 'needs 1 to 3 buttons' },
    ]);
    expect(outboundProblems(buttons(['x'.repeat(21)]))[0]!.path).toBe(
      'interactive.action.buttons.0.reply.title',
    );
    expect(outboundProblems(buttons(['सहमत', 'सहमत']))[0]!.message).toBe('is not unique');
    expect(
      outboundProblems(list(Array.from({ length: 11 }, (_, i) => ({ id: `r${i}`, title: `Row ${i}` }))))[0]!
        .message,
    ).toContain('1 to 10 rows');
    expect(outboundProblems(list([{ id: 'r', title: 'x'.repeat(25) }]))[0]!.path).toBe(
      'interactive.action.sections.0.rows.0.title',
    );
    expect(outboundProblems(list([{ id: 'r', title: 't', description: 'x'.repeat(73) }]))[0]!.path).toContain(
      'description',
    );
    expect(outboundProblems(list([{ id: 'r', title: 't' }], 'x'.repeat(21)))[0]!.path).toBe(
      'interactive.action.button',
    );
    expect(outboundProblems(list([{ id: 'r', title: 't' }], 'Menu', 'x'.repeat(1025)))[0]!.path).toBe(
      'interactive.body.text',
    );
    expect(outboundProblems({ ...envelope, type: 'text', text: { body: 'x'.repeat(4097) } })[0]!.path).toBe(
      'text.body',
    );
    expect(
      outboundProblems({ ...envelope, type: 'image', image: { link: 'file:///etc/passwd' } as never })[0]!
        .path,
    ).toBe('image');
    expect(outboundProblems({ ...envelope, to: '+91 98' } as CloudMessage)[0]!.path).toBe('to');
  });

  it('counts characters as WhatsApp does (code points): a 20-letter Devanagari title fits', () => {
    expect(outboundProblems(buttons(['सिर्फ़ छुट्टी के दिन']))).toEqual([]);
  });
});

describe('customer-service window', () => {
  const now = new Date('2026-06-01T10:00:00Z');
  it('is open for 24 hours after her last message', () => {
    expect(windowOpen(new Date(now.getTime() - 23 * 3600_000), now)).toBe(true);
    expect(windowOpen(new Date(now.getTime() - 25 * 3600_000), now)).toBe(false);
    expect(windowOpen(null, now)).toBe(false);
  });
  it('outside it, a message becomes the sb_update template in her language', () => {
    const m = fitToWindow({ ...envelope, type: 'text', text: { body: 'नया काम\nआया है' } }, 'hi', false);
    expect(m.type).toBe('template');
    expect(outboundProblems(m)).toEqual([]);
    expect(renderTemplate((m as Extract<CloudMessage, { type: 'template' }>).template)).toBe(
      'SheBalance: नया काम · आया है आगे बढ़ने के लिए जवाब दें।',
    );
    expect(fitToWindow(buttons(['a']), 'hi', true).type).toBe('interactive');
  });

  it('outside it, a picture or file keeps its media as the header of the sb_update_media template', () => {
    const image: CloudMessage = {
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: '919800000001',
      type: 'image',
      image: { id: 'media-1', caption: 'प्रमाणपत्र तैयार है' },
    };
    const m = fitToWindow(image, 'hi', false) as Extract<CloudMessage, { type: 'template' }>;
    expect(m.template.name).toBe('sb_update_media');
    expect(outboundProblems(m)).toEqual([]);
    expect(m.template.components![0]).toEqual({
      type: 'header',
      parameters: [{ type: 'image', image: { id: 'media-1' } }],
    });
    expect(renderTemplate(m.template)).toBe('SheBalance: प्रमाणपत्र तैयार है आगे बढ़ने के लिए जवाब दें।');
    expect(fitToWindow(image, 'hi', true)).toBe(image);
  });
});
