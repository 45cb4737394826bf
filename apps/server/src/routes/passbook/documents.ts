import { fontData, splitRuns, type Script } from '@shebalance/credentials/render/fonts';
import type { Lang } from '@shebalance/core';
import type { PassbookView } from '@shebalance/core/usecases/earn/index';
import PDFDocument from 'pdfkit';
import { passbookLabels, rupees } from './labels';

const day = (d: Date) => d.toISOString().slice(0, 10);
const csvCell = (v: string | number) => {
  const s = String(v);
  // Quote always; neutralise spreadsheet formulas (CSV injection).
  return `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replace(/"/g, '""')}"`;
};

/** The passbook as CSV (one row per order and per payout, amounts in rupees with paise). */
export function passbookCsv(book: PassbookView): string {
  const rows: (string | number)[][] = [
    ['type', 'date', 'reference', 'craft', 'quantity', 'gross_inr', 'fee_inr', 'net_inr', 'status'],
  ];
  for (const o of book.orders)
    rows.push([
      'order',
      day(o.at),
      o.orderId,
      o.order?.craftId ?? '',
      o.order?.quantity ?? '',
      rupees(o.grossPaise),
      rupees(o.feePaise),
      rupees(o.netPaise),
      'paid',
    ]);
  for (const p of book.payouts)
    rows.push(['payout', day(p.startedAt), p.payoutId, '', '', '', '', rupees(p.amountPaise), p.status]);
  rows.push(['total_earned', '', '', '', '', '', '', rupees(book.earnedPaise), '']);
  rows.push(['pending', '', '', '', '', '', '', rupees(book.pendingPaise), '']);
  rows.push(['paid_out', '', '', '', '', '', '', rupees(book.paidOutPaise), '']);
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

const SCRIPTS: Script[] = ['latin', 'devanagari', 'bengali', 'tamil'];

/** Writes mixed-script text as font runs (Noto Sans per script, shaped by fontkit). */
function write(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  size: number,
  weight: 400 | 700 = 400,
) {
  let cx = x;
  for (const run of splitRuns(text, weight)) {
    doc.font(`${run.script}-${weight}`).fontSize(size);
    doc.text(run.text, cx, y, { lineBreak: false });
    cx += doc.widthOfString(run.text);
  }
}

/** The passbook as an A4 PDF in her language (Noto fonts embedded: Devanagari, Bengali, Tamil). */
export async function passbookPdf(
  book: PassbookView,
  info: { name: string; lang: Lang; now: Date },
): Promise<Buffer> {
  const L = passbookLabels(info.lang);
  const doc = new PDFDocument({ size: 'A4', margin: 40, info: { Title: L.title, Author: 'SheBalance' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const s of SCRIPTS) for (const w of [400, 700] as const) doc.registerFont(`${s}-${w}`, fontData(s, w));
  let y = 40;
  write(doc, L.title, 40, y, 18, 700);
  y += 30;
  write(doc, `${L.name}: ${info.name}`, 40, y, 11);
  write(doc, `${L.generated}: ${day(info.now)}`, 330, y, 11);
  y += 26;
  for (const [label, value] of [
    [L.earned, book.earnedPaise],
    [L.pending, book.pendingPaise],
    [L.paidOut, book.paidOutPaise],
  ] as const) {
    write(doc, label, 40, y, 12);
    write(doc, `₹ ${rupees(value)}`, 330, y, 12, 700);
    y += 20;
  }
  y += 12;
  write(doc, L.orders, 40, y, 14, 700);
  y += 22;
  const cols = [40, 120, 300, 390, 470];
  [L.date, L.order, L.gross, L.fee, L.net].forEach((h, i) => write(doc, h, cols[i]!, y, 9, 700));
  y += 16;
  if (!book.orders.length) {
    write(doc, L.none, 40, y, 10);
    y += 16;
  }
  for (const o of book.orders) {
    if (y > 760) {
      doc.addPage();
      y = 40;
    }
    [day(o.at), o.orderId.slice(0, 8), rupees(o.grossPaise), rupees(o.feePaise), rupees(o.netPaise)].forEach(
      (v, i) => write(doc, v, cols[i]!, y, 9),
    );
    y += 14;
  }
  y += 14;
  write(doc, L.payouts, 40, y, 14, 700);
  y += 22;
  if (!book.payouts.length) {
    write(doc, L.none, 40, y, 10);
    y += 16;
  }
  for (const p of book.payouts) {
    if (y > 760) {
      doc.addPage();
      y = 40;
    }
    [day(p.startedAt), p.payoutId.slice(0, 8), rupees(p.amountPaise), p.status].forEach((v, i) =>
      write(doc, v, cols[i]!, y, 9),
    );
    y += 14;
  }
  write(doc, L.footer, 40, Math.max(y + 20, 780), 8);
  doc.end();
  return done;
}
