import QRCode from 'qrcode';

const QR_OPTIONS = { errorCorrectionLevel: 'M' as const };

/** QR code PNG for a URL (e.g. the public verification page). */
export async function renderQrPng(
  url: string,
  options: { size?: number; margin?: number } = {},
): Promise<Buffer> {
  return QRCode.toBuffer(url, {
    ...QR_OPTIONS,
    type: 'png',
    width: options.size ?? 512,
    margin: options.margin ?? 2,
  });
}

/** QR code as an SVG document string. */
export async function renderQrSvg(url: string, options: { margin?: number } = {}): Promise<string> {
  return QRCode.toString(url, { ...QR_OPTIONS, type: 'svg', margin: options.margin ?? 2 });
}

/** The QR module matrix, for drawing the code as vector shapes inside a PDF or SVG. */
export function qrModules(url: string): { size: number; isDark: (row: number, col: number) => boolean } {
  const { modules } = QRCode.create(url, QR_OPTIONS);
  return { size: modules.size, isDark: (row, col) => Boolean(modules.get(row, col)) };
}

/** SVG path data drawing the dark modules of the QR code at (x, y) with `cell` px per module. */
export function qrSvgPath(url: string, x: number, y: number, cell: number): string {
  const { size, isDark } = qrModules(url);
  const parts: string[] = [];
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (isDark(r, c)) parts.push(`M${x + c * cell} ${y + r * cell}h${cell}v${cell}h${-cell}z`);
    }
  }
  return parts.join('');
}
