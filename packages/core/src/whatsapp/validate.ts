import type { CloudMessage, Interactive, MediaRef } from './types';

/** The Cloud API's limits on what a business may send (checked before a message is queued). */
export const LIMITS = {
  textBody: 4096,
  interactiveBody: 1024,
  headerText: 60,
  footerText: 60,
  maxButtons: 3,
  buttonTitle: 20,
  buttonId: 256,
  listButton: 20,
  maxSections: 10,
  maxRows: 10,
  rowTitle: 24,
  rowDescription: 72,
  rowId: 200,
  sectionTitle: 24,
  caption: 1024,
  templateParam: 1024,
} as const;

export interface LimitProblem {
  path: string;
  message: string;
}

/** An outgoing message breaks a Cloud API limit: a programming error, caught before it is queued. */
export class OutboundLimitError extends Error {
  constructor(readonly problems: LimitProblem[]) {
    super(
      `Outgoing WhatsApp message breaks the Cloud API limits: ${problems.map((p) => `${p.path} ${p.message}`).join('; ')}`,
    );
    this.name = 'OutboundLimitError';
  }
}

/** Characters as WhatsApp counts them (code points, not UTF-16 units). */
export const charCount = (s: string): number => [...s].length;

class Checker {
  readonly problems: LimitProblem[] = [];
  text(path: string, value: unknown, max: number, required = true): void {
    if (typeof value !== 'string' || (required && value.trim().length === 0)) {
      if (required || value !== undefined) this.problems.push({ path, message: 'must be non-empty text' });
      return;
    }
    if (charCount(value) > max)
      this.problems.push({ path, message: `is ${charCount(value)} characters (max ${max})` });
  }
  fail(path: string, message: string): void {
    this.problems.push({ path, message });
  }
}

function checkMedia(c: Checker, path: string, ref: MediaRef & { caption?: string }): void {
  const hasId = typeof ref.id === 'string' && ref.id.length > 0;
  const hasLink = typeof ref.link === 'string' && /^https?:\/\//.test(ref.link);
  if (hasId === hasLink) c.fail(path, 'needs exactly one of id or an http(s) link');
  if (ref.caption !== undefined) c.text(`${path}.caption`, ref.caption, LIMITS.caption);
}

function checkInteractive(c: Checker, i: Interactive): void {
  c.text('interactive.body.text', i.body?.text, LIMITS.interactiveBody);
  if (i.type === 'location_request_message') {
    if (i.action?.name !== 'send_location') c.fail('interactive.action.name', "must be 'send_location'");
    return;
  }
  if (i.header) c.text('interactive.header.text', i.header.text, LIMITS.headerText);
  if (i.footer) c.text('interactive.footer.text', i.footer.text, LIMITS.footerText);
  if (i.type === 'button') {
    const buttons = i.action?.buttons ?? [];
    if (buttons.length < 1 || buttons.length > LIMITS.maxButtons)
      c.fail('interactive.action.buttons', `needs 1 to ${LIMITS.maxButtons} buttons`);
    const ids = new Set<string>();
    const titles = new Set<string>();
    buttons.forEach((b, n) => {
      c.text(`interactive.action.buttons.${n}.reply.title`, b.reply?.title, LIMITS.buttonTitle);
      c.text(`interactive.action.buttons.${n}.reply.id`, b.reply?.id, LIMITS.buttonId);
      if (ids.has(b.reply?.id)) c.fail(`interactive.action.buttons.${n}.reply.id`, 'is not unique');
      if (titles.has(b.reply?.title)) c.fail(`interactive.action.buttons.${n}.reply.title`, 'is not unique');
      ids.add(b.reply?.id);
      titles.add(b.reply?.title);
    });
    return;
  }
  c.text('interactive.action.button', i.action?.button, LIMITS.listButton);
  const sections = i.action?.sections ?? [];
  if (sections.length < 1 || sections.length > LIMITS.maxSections)
    c.fail('interactive.action.sections', `needs 1 to ${LIMITS.maxSections} sections`);
  const rows = sections.flatMap((s) => s.rows ?? []);
  if (rows.length < 1 || rows.length > LIMITS.maxRows)
    c.fail('interactive.action.sections', `needs 1 to ${LIMITS.maxRows} rows in all (has ${rows.length})`);
  if (sections.length > 1 && sections.some((s) => !s.title))
    c.fail('interactive.action.sections', 'every section needs a title when there are several');
  const ids = new Set<string>();
  sections.forEach((s, si) => {
    if (s.title !== undefined)
      c.text(`interactive.action.sections.${si}.title`, s.title, LIMITS.sectionTitle);
    (s.rows ?? []).forEach((r, ri) => {
      const p = `interactive.action.sections.${si}.rows.${ri}`;
      c.text(`${p}.title`, r.title, LIMITS.rowTitle);
      c.text(`${p}.id`, r.id, LIMITS.rowId);
      if (r.description !== undefined) c.text(`${p}.description`, r.description, LIMITS.rowDescription);
      if (ids.has(r.id)) c.fail(`${p}.id`, 'is not unique');
      ids.add(r.id);
    });
  });
}

/** Returns every limit the message breaks (empty when it may be sent). */
export function outboundProblems(message: CloudMessage): LimitProblem[] {
  const c = new Checker();
  if (message.messaging_product !== 'whatsapp') c.fail('messaging_product', "must be 'whatsapp'");
  if (!/^\d{8,15}$/.test(message.to ?? '')) c.fail('to', 'must be a WhatsApp id (8 to 15 digits)');
  switch (message.type) {
    case 'text':
      c.text('text.body', message.text?.body, LIMITS.textBody);
      break;
    case 'interactive':
      checkInteractive(c, message.interactive);
      break;
    case 'image':
      checkMedia(c, 'image', message.image);
      break;
    case 'document':
      checkMedia(c, 'document', message.document);
      break;
    case 'audio':
      checkMedia(c, 'audio', message.audio);
      break;
    case 'template':
      c.text('template.name', message.template?.name, 512);
      c.text('template.language.code', message.template?.language?.code, 16);
      (message.template?.components ?? []).forEach((comp, ci) =>
        comp.parameters.forEach((p, pi) => {
          if (p.type !== 'text') return;
          c.text(`template.components.${ci}.parameters.${pi}.text`, p.text, LIMITS.templateParam);
          // Template parameters may not contain new lines, tabs or more than 4 consecutive spaces.
          if (/[\n\t]| {5,}/.test(p.text))
            c.fail(
              `template.components.${ci}.parameters.${pi}.text`,
              'may not contain new lines, tabs or 5+ spaces',
            );
        }),
      );
      break;
    default:
      c.fail('type', `unknown message type ${String((message as { type?: unknown }).type)}`);
  }
  return c.problems;
}

/** Throws `OutboundLimitError` when the message breaks a limit. */
export function assertSendable(message: CloudMessage): CloudMessage {
  const problems = outboundProblems(message);
  if (problems.length) throw new OutboundLimitError(problems);
  return message;
}
