import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Lang } from '@shebalance/core/i18n/lang';
import { demoCredentialInput } from '../credential/fixtures';
import { renderCertificatePdf } from './certificate-pdf';
import { renderCertificatePng, renderCertificateSvg, WHATSAPP_CERTIFICATE_SIZE } from './certificate-png';
import type { CertificateInput } from './certificate-text';
import { loadFont, splitRuns } from './fonts';
import { renderQrPng, renderQrSvg } from './qr';
import { shapeLine } from './text-svg';

const VERIFY_URL = 'https://shebalance.example/verify/0b7c2f3e-5a61-4c1e-9d0a-2f8f6b1c9e42';
const NAMES: Record<Lang, string> = {
  en: 'Sunita Devi',
  hi: 'सुनीता देवी',
  ta: 'மீனாட்சி சுந்தரம்',
  bn: 'রুমা বিশ্বাস',
  mr: 'सुनीता पाटील',
};

function certificate(lang: Lang): CertificateInput {
  const d = demoCredentialInput();
  return {
    lang,
    name: NAMES[lang],
    craft: d.craft.name,
    level: 4,
    date: d.issuedAt,
    verifyUrl: VERIFY_URL,
    scores: d.scores,
  };
}

async function grey(png: Buffer) {
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  let ink = 0;
  for (const v of data) if (v < 128) ink++;
  return { width: info.width, height: info.height, inkRatio: ink / data.length };
}

/** Decodes a QR code, looking only in the bottom-right part of the image when `corner` is set. */
async function decodeQr(png: Buffer, corner = false): Promise<string | undefined> {
  let image = sharp(png);
  if (corner) {
    const { width = 0, height = 0 } = await sharp(png).metadata();
    const left = Math.floor(width * 0.55);
    const top = Math.floor(height * 0.55);
    image = sharp(png).extract({ left, top, width: width - left, height: height - top });
  }
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data;
}

describe('Indic shaping with the bundled Noto fonts', () => {
  it('forms conjuncts and reorders matras', () => {
    const glyphs = (script: 'devanagari' | 'tamil' | 'bengali', text: string) =>
      loadFont(script, 400).layout(text).glyphs;
    const deva = glyphs('devanagari', 'प्रमाणपत्र');
    expect(deva.length).toBeLessThan([...'प्रमाणपत्र'].length);
    expect(deva[0]!.codePoints).toEqual([0x092a, 0x094d, 0x0930]); // प्र is one glyph
    const tamil = glyphs('tamil', 'கைவினை');
    expect(tamil[0]!.codePoints).toEqual([0x0bc8]); // the ை sign is drawn before க
    const bengali = glyphs('bengali', 'প্রশংসাপত্র');
    expect(bengali.length).toBeLessThan([...'প্রশংসাপত্র'].length);
  });

  it('never produces .notdef or dotted circles, even after outlines were read', () => {
    renderCertificateSvg(certificate('bn'));
    for (const [text, weight] of [
      ['प्रमाणपत्र', 700],
      ['हस्तशिल्प कौशल प्रमाणपत्र', 400],
      ['கைவினைத் திறன் சான்றிதழ்', 700],
      ['প্রশংসাপত্র', 400],
      ['রুমা বিশ্বাস', 700],
      ['SheBalance দ্বারা প্রদত্ত', 700],
      ['त्यांच्या स्वतःच्या कामात', 400],
    ] as const) {
      expect(shapeLine(text, 40, weight).broken, text).toBe(0);
    }
  });

  it('splits mixed text into per-script runs', () => {
    expect(splitRuns('SheBalance द्वारा जारी')).toEqual([
      { text: 'SheBalance ', script: 'latin' },
      { text: 'द्वारा जारी', script: 'devanagari' },
    ]);
    expect(splitRuns('তারিখ: 5').map((r) => r.script)).toEqual(['bengali', 'latin']);
  });
});

describe('QR codes', () => {
  it('encodes the verification URL (PNG decodes back; SVG is a document)', async () => {
    expect(await decodeQr(await renderQrPng(VERIFY_URL, { size: 300 }))).toBe(VERIFY_URL);
    const svg = await renderQrSvg(VERIFY_URL);
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
  });
});

describe('certificate PNG for WhatsApp', () => {
  for (const lang of ['hi', 'ta', 'bn'] as const) {
    it(`renders ${lang} at 1080×1350 with readable text and a working QR code`, async () => {
      const png = await renderCertificatePng(certificate(lang));
      const stats = await grey(png);
      expect([stats.width, stats.height]).toEqual([
        WHATSAPP_CERTIFICATE_SIZE.width,
        WHATSAPP_CERTIFICATE_SIZE.height,
      ]);
      expect(stats.inkRatio).toBeGreaterThan(0.04);
      expect(stats.inkRatio).toBeLessThan(0.4);
      expect(await decodeQr(png, true)).toBe(VERIFY_URL);
      expect(renderCertificateSvg(certificate(lang))).not.toContain('<text');
    });
  }
});

const hasPdftoppm = spawnSync('pdftoppm', ['-v']).status === 0;

describe('certificate PDF', () => {
  it('needs pdftoppm (apt-get install poppler-utils) to check the pages', () => {
    expect(hasPdftoppm, 'pdftoppm is missing: apt-get install -y poppler-utils').toBe(true);
  });

  const FONT_NAME = { hi: 'NotoSansDevanagari', ta: 'NotoSansTamil', bn: 'NotoSansBengali' } as const;
  for (const lang of ['hi', 'ta', 'bn'] as const) {
    it.runIf(hasPdftoppm)(`renders ${lang} on one A4 landscape page with embedded Noto fonts`, async () => {
      const pdf = await renderCertificatePdf(certificate(lang));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdf.toString('latin1');
      expect(text).toContain(FONT_NAME[lang]);
      expect(text).toContain('NotoSans-Bold');
      const dir = mkdtempSync(join(tmpdir(), 'sb-pdf-'));
      writeFileSync(join(dir, 'c.pdf'), pdf);
      execFileSync('pdftoppm', ['-r', '100', '-png', join(dir, 'c.pdf'), join(dir, 'page')]);
      expect(() => readFileSync(join(dir, 'page-2.png'))).toThrow();
      const page = readFileSync(join(dir, 'page-1.png'));
      const stats = await grey(page);
      expect(stats.width).toBeGreaterThan(stats.height);
      expect(Math.round((stats.width / 100) * 72)).toBeCloseTo(842, -1);
      expect(stats.inkRatio).toBeGreaterThan(0.03);
      expect(stats.inkRatio).toBeLessThan(0.4);
      expect(await decodeQr(page, true)).toBe(VERIFY_URL);
    });
  }
});
