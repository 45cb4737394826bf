import sharp from 'sharp';
import { certificateText, COLORS, type CertificateInput } from './certificate-text';
import { qrSvgPath, qrModules } from './qr';
import { fitSize, svgTextPath } from './text-svg';
import type { Weight } from './fonts';

export const WHATSAPP_CERTIFICATE_SIZE = { width: 1080, height: 1350 } as const;

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The certificate as SVG whose text is glyph outlines: renders identically anywhere, no fonts needed. */
export function renderCertificateSvg(input: CertificateInput): string {
  const text = certificateText(input);
  const { width: W, height: H } = WHATSAPP_CERTIFICATE_SIZE;
  const cx = W / 2;
  const parts: string[] = [];
  const line = (
    s: string,
    x: number,
    y: number,
    size: number,
    fill: string,
    opts: { weight?: Weight; align?: 'left' | 'center' | 'right'; maxWidth?: number } = {},
  ) => {
    const weight = opts.weight ?? 400;
    const fitted = opts.maxWidth ? fitSize(s, size, opts.maxWidth, weight) : size;
    parts.push(svgTextPath(s, { x, y, size: fitted, weight, fill, align: opts.align ?? 'center' }));
  };

  parts.push(`<rect width="${W}" height="${H}" fill="${COLORS.paper}"/>`);
  parts.push(
    `<rect x="30" y="30" width="${W - 60}" height="${H - 60}" fill="none" stroke="${COLORS.maroon}" stroke-width="10"/>`,
  );
  parts.push(
    `<rect x="50" y="50" width="${W - 100}" height="${H - 100}" fill="none" stroke="${COLORS.gold}" stroke-width="3"/>`,
  );
  line('SheBalance', cx, 130, 34, COLORS.gold, { weight: 700 });
  line(text.title, cx, 225, 58, COLORS.maroon, { weight: 700, maxWidth: 920 });
  if (text.titleEn) line(text.titleEn, cx, 272, 28, COLORS.grey, { maxWidth: 920 });
  line(text.awardedTo, cx, 360, 32, COLORS.ink, { maxWidth: 920 });
  if (text.awardedToEn) line(text.awardedToEn, cx, 396, 22, COLORS.grey, { maxWidth: 920 });
  line(text.name, cx, 482, 66, COLORS.ink, { weight: 700, maxWidth: 940 });
  line(text.craftLine, cx, 565, 38, COLORS.maroon, { weight: 700, maxWidth: 940 });
  if (text.craftLineEn) line(text.craftLineEn, cx, 604, 24, COLORS.grey, { maxWidth: 940 });
  line(text.forSkill, cx, 660, 28, COLORS.ink, { maxWidth: 940 });

  text.scores.forEach((cell, i) => {
    const x = i % 2 === 0 ? 90 : 560;
    const y = i < 2 ? 700 : 850;
    parts.push(`<rect x="${x}" y="${y}" width="430" height="130" rx="16" fill="${COLORS.box}"/>`);
    line(cell.label, x + 215, y + 46, 30, COLORS.ink, { weight: 700, maxWidth: 400 });
    if (cell.labelEn) line(cell.labelEn, x + 215, y + 76, 20, COLORS.grey, { maxWidth: 400 });
    line(cell.value, x + 215, y + 117, 38, COLORS.maroon, { weight: 700 });
  });

  const qrSize = 250;
  const qrX = W - 90 - qrSize;
  const qrY = H - 90 - qrSize;
  const cell = qrSize / (qrModules(text.verifyUrl).size + 4);
  parts.push(`<rect x="${qrX}" y="${qrY}" width="${qrSize}" height="${qrSize}" fill="#FFFFFF"/>`);
  parts.push(
    `<path fill="${COLORS.ink}" d="${qrSvgPath(text.verifyUrl, qrX + 2 * cell, qrY + 2 * cell, cell)}"/>`,
  );
  line(text.date, 90, 1080, 30, COLORS.ink, { align: 'left', maxWidth: 560 });
  line(text.issuedBy, 90, 1130, 30, COLORS.maroon, { weight: 700, align: 'left', maxWidth: 560 });
  line(text.scanToVerify, 90, 1200, 26, COLORS.ink, { align: 'left', maxWidth: 560 });
  line(text.verifyUrl, 90, 1238, 20, COLORS.grey, { align: 'left', maxWidth: 560 });

  const title = escapeXml(`${text.title} — ${input.name}`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><title>${title}</title>${parts.join('')}</svg>`;
}

/** The certificate as a 1080×1350 PNG, sized for WhatsApp. */
export async function renderCertificatePng(input: CertificateInput): Promise<Buffer> {
  return sharp(Buffer.from(renderCertificateSvg(input)))
    .png({ compressionLevel: 9 })
    .toBuffer();
}
