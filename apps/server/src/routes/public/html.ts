import type { Lang } from '@shebalance/core';
import { SUPPORTED_LANGS } from '@shebalance/core';

/** Escapes text for HTML element content and attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Tagged template whose interpolations are escaped unless wrapped with `raw()`. */
export interface Raw {
  __html: string;
}
export const raw = (html: string): Raw => ({ __html: html });
export function html(strings: TemplateStringsArray, ...values: unknown[]): Raw {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    const part = Array.isArray(v)
      ? v.map((x) => (x && typeof x === 'object' && '__html' in x ? (x as Raw).__html : esc(x))).join('')
      : v && typeof v === 'object' && '__html' in v
        ? (v as Raw).__html
        : esc(v);
    out += part + (strings[i + 1] ?? '');
  });
  return raw(out);
}

const CSS = `
:root{color-scheme:light;--ink:#1f1a17;--muted:#5c534c;--ok:#116b3a;--bad:#a3121f;--warn:#8a5a00;--line:#e6ddd3;--bg:#fffaf4}
*{box-sizing:border-box}body{margin:0;font:18px/1.55 system-ui,"Noto Sans","Noto Sans Devanagari","Noto Sans Tamil","Noto Sans Bengali",sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:44rem;margin:0 auto;padding:1.25rem}h1{font-size:1.6rem;line-height:1.25;margin:.25rem 0 1rem}h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
.verdict{border:3px solid;border-radius:12px;padding:1rem;margin:1rem 0}.verdict strong{font-size:1.5rem;display:block}
.verified{border-color:var(--ok);color:var(--ok)}.revoked,.tampered,.invalid{border-color:var(--bad);color:var(--bad)}.expired{border-color:var(--warn);color:var(--warn)}
.verdict p{color:var(--ink);margin:.25rem 0 0}dl{display:grid;grid-template-columns:auto 1fr;gap:.35rem 1rem;margin:0}dt{color:var(--muted)}dd{margin:0;font-weight:600}
.photos{display:grid;grid-template-columns:repeat(auto-fill,minmax(9rem,1fr));gap:.5rem;padding:0;list-style:none}.photos img{width:100%;height:auto;aspect-ratio:1;object-fit:cover;border-radius:8px;border:1px solid var(--line)}
ul.checks{padding-left:1.2rem}a{color:#7a2e0e}a:focus,a:hover{outline:3px solid #f0b37e}nav.lang{font-size:.95rem;margin-bottom:.5rem}nav.lang a{margin-right:.6rem}
.card{border:1px solid var(--line);border-radius:12px;padding:.75rem 1rem;margin:.5rem 0;background:#fff}footer{color:var(--muted);font-size:.9rem;margin-top:2rem}
`;

const LANG_NAMES: Record<Lang, string> = { en: 'English', hi: 'हिन्दी', ta: 'தமிழ்', bn: 'বাংলা', mr: 'मराठी' };

export interface PageMeta {
  lang: Lang;
  title: string;
  description: string;
  /** Absolute canonical URL of the page (without ?lang). */
  url: string;
  image?: string;
  ogType?: string;
}

/** A complete, script-free HTML document with inline CSS, Open Graph tags and a language switcher. */
export function page(meta: PageMeta, body: Raw): string {
  const langLinks = SUPPORTED_LANGS.map((l) =>
    l === meta.lang
      ? html`<strong lang="${l}">${LANG_NAMES[l]}</strong> `
      : html`<a href="?lang=${l}" hreflang="${l}" lang="${l}">${LANG_NAMES[l]}</a> `,
  );
  const doc = html`<!doctype html>
    <html lang="${meta.lang}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${meta.title}</title>
        <meta name="description" content="${meta.description}" />
        <link rel="canonical" href="${meta.url}" />
        <meta property="og:type" content="${meta.ogType ?? 'website'}" />
        <meta property="og:title" content="${meta.title}" />
        <meta property="og:description" content="${meta.description}" />
        <meta property="og:url" content="${meta.url}" />
        <meta property="og:site_name" content="SheBalance" />
        <meta property="og:locale" content="${meta.lang}_IN" />
        ${meta.image ? html`<meta property="og:image" content="${meta.image}" /><meta name="twitter:card" content="summary_large_image" />` : raw('<meta name="twitter:card" content="summary">')}
        <style>
          ${raw(CSS)}
        </style>
      </head>
      <body>
        <main>
          <nav class="lang" aria-label="Language">${langLinks}</nav>
          ${body}
          <footer>SheBalance</footer>
        </main>
      </body>
    </html> `;
  return doc.__html;
}
