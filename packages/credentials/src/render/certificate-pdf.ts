import PDFDocument from 'pdfkit';
import { certificateText, COLORS, type CertificateInput } from './certificate-text';
import { fontData, splitRuns, type Script, type Weight } from './fonts';
import { qrModules } from './qr';

type Doc = PDFKit.PDFDocument;
const SCRIPTS: Script[] = ['latin', 'devanagari', 'bengali', 'tamil'];
const WEIGHTS: Weight[] = [400, 700];
const fontName = (script: Script, weight: Weight) => `${script}-${weight}`;

interface LineStyle {
  size: number;
  weight?: Weight;
  color: string;
  align?: 'left' | 'center' | 'right';
  maxWidth?: number;
}

function measure(doc: Doc, text: string, size: number, weight: Weight): number {
  return splitRuns(text, weight).reduce((w, run) => {
    doc.font(fontName(run.script, weight)).fontSize(size);
    return w + doc.widthOfString(run.text);
  }, 0);
}

/** Draws one line as font runs sharing a baseline at y; shrinks it to fit maxWidth. */
function drawLine(doc: Doc, text: string, x: number, y: number, style: LineStyle): void {
  const weight = style.weight ?? 400;
  let size = style.size;
  let width = measure(doc, text, size, weight);
  if (style.maxWidth && width > style.maxWidth) {
    size = Math.max(7, Math.floor(((size * style.maxWidth) / width) * 10) / 10);
    width = measure(doc, text, size, weight);
  }
  let cx = style.align === 'center' ? x - width / 2 : style.align === 'right' ? x - width : x;
  doc.fillColor(style.color);
  for (const run of splitRuns(text, weight)) {
    doc.font(fontName(run.script, weight)).fontSize(size);
    doc.text(run.text, cx, y, { lineBreak: false, baseline: 'alphabetic' });
    cx += doc.widthOfString(run.text);
  }
}

function drawQr(doc: Doc, url: string, x: number, y: number, size: number): void {
  const { size: n, isDark } = qrModules(url);
  const cell = size / (n + 4);
  doc.rect(x, y, size, size).fill('#FFFFFF');
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++)
      if (isDark(r, c)) doc.rect(x + (c + 2) * cell, y + (r + 2) * cell, cell, cell);
  }
  doc.fill(COLORS.ink);
}

/**
 * The certificate as an A4 landscape PDF in her language (English underneath), with fonts embedded
 * and Indic text shaped by fontkit, and a vector QR code to the verification page.
 */
export async function renderCertificatePdf(input: CertificateInput): Promise<Buffer> {
  const text = certificateText(input);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    info: {
      Title: `${text.title} — ${input.name}`,
      Author: 'SheBalance',
      Subject: text.craftLineEn ?? text.craftLine,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  for (const s of SCRIPTS) for (const w of WEIGHTS) doc.registerFont(fontName(s, w), fontData(s, w));

  const W = doc.page.width;
  const H = doc.page.height;
  const cx = W / 2;
  doc.rect(0, 0, W, H).fill(COLORS.paper);
  doc
    .lineWidth(4)
    .rect(20, 20, W - 40, H - 40)
    .stroke(COLORS.maroon);
  doc
    .lineWidth(1.2)
    .rect(30, 30, W - 60, H - 60)
    .stroke(COLORS.gold);

  drawLine(doc, 'SheBalance', cx, 62, { size: 13, weight: 700, color: COLORS.gold, align: 'center' });
  drawLine(doc, text.title, cx, 102, {
    size: 30,
    weight: 700,
    color: COLORS.maroon,
    align: 'center',
    maxWidth: W - 120,
  });
  if (text.titleEn) drawLine(doc, text.titleEn, cx, 128, { size: 12, color: COLORS.grey, align: 'center' });
  drawLine(doc, text.awardedTo, cx, 162, { size: 14, color: COLORS.ink, align: 'center', maxWidth: W - 160 });
  if (text.awardedToEn)
    drawLine(doc, text.awardedToEn, cx, 178, { size: 10, color: COLORS.grey, align: 'center' });
  drawLine(doc, text.name, cx, 222, {
    size: 32,
    weight: 700,
    color: COLORS.ink,
    align: 'center',
    maxWidth: W - 160,
  });
  drawLine(doc, text.craftLine, cx, 262, {
    size: 19,
    weight: 700,
    color: COLORS.maroon,
    align: 'center',
    maxWidth: W - 160,
  });
  if (text.craftLineEn)
    drawLine(doc, text.craftLineEn, cx, 280, { size: 11, color: COLORS.grey, align: 'center' });
  drawLine(doc, text.forSkill, cx, 306, { size: 13, color: COLORS.ink, align: 'center', maxWidth: W - 160 });

  const boxW = 160;
  const gap = 16;
  const left = cx - (text.scores.length * boxW + (text.scores.length - 1) * gap) / 2;
  text.scores.forEach((cell, i) => {
    const x = left + i * (boxW + gap);
    doc.roundedRect(x, 330, boxW, 78, 8).fill(COLORS.box);
    const mid = x + boxW / 2;
    drawLine(doc, cell.label, mid, 354, {
      size: 12,
      weight: 700,
      color: COLORS.ink,
      align: 'center',
      maxWidth: boxW - 12,
    });
    if (cell.labelEn)
      drawLine(doc, cell.labelEn, mid, 368, {
        size: 8,
        color: COLORS.grey,
        align: 'center',
        maxWidth: boxW - 12,
      });
    drawLine(doc, cell.value, mid, 396, { size: 20, weight: 700, color: COLORS.maroon, align: 'center' });
  });

  const qrSize = 118;
  const qrX = W - 60 - qrSize;
  const qrY = H - 60 - qrSize;
  drawQr(doc, text.verifyUrl, qrX, qrY, qrSize);
  drawLine(doc, text.date, 64, H - 110, { size: 13, color: COLORS.ink, maxWidth: 330 });
  drawLine(doc, text.issuedBy, 64, H - 88, { size: 13, weight: 700, color: COLORS.maroon, maxWidth: 330 });
  drawLine(doc, text.scanToVerify, qrX - 14, H - 110, {
    size: 12,
    color: COLORS.ink,
    align: 'right',
    maxWidth: 300,
  });
  drawLine(doc, text.verifyUrl, qrX - 14, H - 92, {
    size: 8,
    color: COLORS.grey,
    align: 'right',
    maxWidth: 300,
  });
  doc.end();
  return done;
}
