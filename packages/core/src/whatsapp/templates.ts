import type { Lang } from '../i18n/lang';
import type { CloudMessage, Template } from './types';

/**
 * Message templates (pre-approved with Meta) for anything sent outside the 24-hour customer-service
 * window. Each has a variant per language; `{{1}}` … are the body parameters.
 */
export const TEMPLATE_NAMES = ['sb_otp', 'sb_update', 'sb_offer_new', 'sb_update_media'] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** WhatsApp's language codes for our languages. */
export const TEMPLATE_LANGUAGE: Record<Lang, string> = { en: 'en', hi: 'hi', ta: 'ta', bn: 'bn', mr: 'mr' };

/** The approved body text per template and language (what the simulator renders). */
export const TEMPLATE_BODIES: Record<TemplateName, Record<Lang, string>> = {
  sb_otp: {
    en: '{{1}} is your SheBalance code. Never share it with anyone.',
    hi: '{{1}} आपका SheBalance कोड है। इसे किसी के साथ साझा न करें।',
    ta: '{{1}} உங்கள் SheBalance குறியீடு. இதை யாரிடமும் பகிர வேண்டாம்.',
    bn: '{{1}} আপনার SheBalance কোড। এটি কারও সাথে শেয়ার করবেন না।',
    mr: '{{1}} हा तुमचा SheBalance कोड आहे. तो कोणालाही सांगू नका.',
  },
  sb_update: {
    en: 'SheBalance: {{1}} Reply to continue.',
    hi: 'SheBalance: {{1}} आगे बढ़ने के लिए जवाब दें।',
    ta: 'SheBalance: {{1}} தொடர பதில் அனுப்புங்கள்.',
    bn: 'SheBalance: {{1}} চালিয়ে যেতে উত্তর দিন।',
    mr: 'SheBalance: {{1}} पुढे जाण्यासाठी उत्तर द्या.',
  },
  /** Like sb_update, with the picture or file (e.g. her certificate) as the header. */
  sb_update_media: {
    en: 'SheBalance: {{1}} Reply to continue.',
    hi: 'SheBalance: {{1}} आगे बढ़ने के लिए जवाब दें।',
    ta: 'SheBalance: {{1}} தொடர பதில் அனுப்புங்கள்.',
    bn: 'SheBalance: {{1}} চালিয়ে যেতে উত্তর দিন।',
    mr: 'SheBalance: {{1}} पुढे जाण्यासाठी उत्तर द्या.',
  },
  sb_offer_new: {
    en: 'New work for you on SheBalance: {{1}}. Reply to see the details.',
    hi: 'SheBalance पर आपके लिए नया काम: {{1}}। विवरण देखने के लिए जवाब दें।',
    ta: 'SheBalance-இல் உங்களுக்குப் புதிய வேலை: {{1}}. விவரங்களைப் பார்க்க பதில் அனுப்புங்கள்.',
    bn: 'SheBalance-এ আপনার জন্য নতুন কাজ: {{1}}। বিস্তারিত দেখতে উত্তর দিন।',
    mr: 'SheBalance वर तुमच्यासाठी नवीन काम: {{1}}. तपशील पाहण्यासाठी उत्तर द्या.',
  },
};

/** Template parameters may not hold new lines, tabs or runs of 5+ spaces; at most 1024 characters. */
export function templateParam(text: string): string {
  const flat = text
    .replace(/[\t\r]+/g, ' ')
    .replace(/\n+/g, ' · ')
    .replace(/ {4,}/g, '   ')
    .trim();
  const chars = [...flat];
  return chars.length <= 1000 ? flat : `${chars.slice(0, 999).join('')}…`;
}

export function template(name: TemplateName, lang: Lang, params: string[]): Template {
  return {
    name,
    language: { code: TEMPLATE_LANGUAGE[lang] },
    components: [{ type: 'body', parameters: params.map((p) => ({ type: 'text', text: templateParam(p) })) }],
  };
}

/** The template's text as she will read it (for the simulator and the dev outbox). */
export function renderTemplate(t: Template): string {
  const lang = (Object.entries(TEMPLATE_LANGUAGE).find(([, code]) => code === t.language.code)?.[0] ??
    'en') as Lang;
  const body = TEMPLATE_BODIES[t.name as TemplateName]?.[lang] ?? t.name;
  const params = t.components?.find((c) => c.type === 'body')?.parameters ?? [];
  return body.replace(/\{\{(\d+)\}\}/g, (_, n: string) => {
    const p = params[Number(n) - 1];
    return p && p.type === 'text' ? p.text : '';
  });
}

/** The customer-service window: free-form messages may be sent within 24 h of her last message. */
export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

export function windowOpen(lastInboundAt: Date | null | undefined, now: Date): boolean {
  return !!lastInboundAt && now.getTime() - lastInboundAt.getTime() < SERVICE_WINDOW_MS;
}

/** The plain text a message shows (to turn it into a template outside the window, or to log it). */
export function messageText(m: CloudMessage): string {
  switch (m.type) {
    case 'text':
      return m.text.body;
    case 'interactive': {
      const i = m.interactive;
      const options =
        i.type === 'button'
          ? i.action.buttons.map((b) => b.reply.title)
          : i.type === 'list'
            ? i.action.sections.flatMap((s) => s.rows.map((r) => r.title))
            : [];
      return [i.body.text, ...options.map((o) => `[${o}]`)].join('\n');
    }
    case 'image':
      return m.image.caption ?? '[image]';
    case 'document':
      return m.document.caption ?? m.document.filename ?? '[document]';
    case 'audio':
      return '[audio]';
    case 'template':
      return renderTemplate(m.template);
  }
}

/**
 * What may actually be sent now: inside the window, the message itself; outside it, the `sb_update`
 * template carrying the message's text (she replies, the window opens, the journey continues).
 */
export function fitToWindow(m: CloudMessage, lang: Lang, open: boolean): CloudMessage {
  if (open || m.type === 'template') return m;
  if ((m.type === 'image' && m.image.id) || (m.type === 'document' && m.document.id)) {
    // A picture or file keeps its media as the template's header (e.g. a certificate sent days later).
    const t = template('sb_update_media', lang, [messageText(m)]);
    const header =
      m.type === 'image'
        ? { type: 'image' as const, image: { id: m.image.id! } }
        : {
            type: 'document' as const,
            document: {
              id: m.document.id!,
              ...(m.document.filename ? { filename: m.document.filename } : {}),
            },
          };
    return {
      messaging_product: 'whatsapp',
      recipient_type: 'individual',
      to: m.to,
      type: 'template',
      template: { ...t, components: [{ type: 'header', parameters: [header] }, ...(t.components ?? [])] },
    };
  }
  return {
    messaging_product: 'whatsapp',
    recipient_type: 'individual',
    to: m.to,
    type: 'template',
    template: template('sb_update', lang, [messageText(m)]),
  };
}
