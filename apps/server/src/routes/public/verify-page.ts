import type { Lang } from '@shebalance/core';
import {
  credentialUrls,
  pageText,
  type CredentialRecord,
  type VerdictKind,
  type Verification,
} from '@shebalance/core/usecases/credentials/index';
import { credentialView } from '../credentials/view';
import { html, page } from './html';

export const formatDay = (lang: Lang, date: Date) =>
  new Intl.DateTimeFormat(`${lang}-IN`, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Asia/Kolkata',
  }).format(date);

/** The public verification page: verdict first, then who, what, when, her work and the checks. */
export function renderVerifyPage(input: {
  lang: Lang;
  publicUrl: string;
  record: CredentialRecord;
  verification: Verification;
  verdict: VerdictKind;
}): string {
  const { lang, record, verdict, verification } = input;
  const t = (key: Parameters<typeof pageText>[1], params?: Record<string, string | number>) =>
    pageText(lang, key, params);
  const v = credentialView(record, input.publicUrl);
  const urls = credentialUrls(input.publicUrl);
  const craft = v.craftNames[lang] ?? v.craftNames.en;
  const title = t('verifyTitle', { name: v.name });
  const showPhotos = verdict === 'verified' || verdict === 'expired';
  const photos = showPhotos
    ? v.photoIds.map(
        (id, i) =>
          html`<li>
            <a href="/api/v1/public/works/${id}?size=full"
              ><img
                src="/api/v1/public/works/${id}"
                alt="${t('photoAlt', { n: i + 1 })}"
                width="300"
                height="300"
                loading="lazy"
            /></a>
          </li>`,
      )
    : [];
  const checks = verification.checks.map(
    (c) =>
      html`<li>
        ${checkLabel(lang, c.check)}:
        <strong>${c.skipped ? t('skipped') : c.ok ? t('ok') : t('failed')}</strong>
      </li>`,
  );
  const body = html`
    <h1>${title}</h1>
    <section class="verdict ${verdict}" role="status" aria-live="polite">
      <strong>${t(`verdict_${verdict}`)}</strong>
      <p>${t(`detail_${verdict}`)}</p>
    </section>
    <dl>
      <dt>${t('awardedTo')}</dt>
      <dd>${v.name}</dd>
      <dt>${t('craft')}</dt>
      <dd>${craft}${craft !== v.craftNames.en ? ` (${v.craftNames.en})` : ''}</dd>
      <dt>${t('level')}</dt>
      <dd>${t('levelOf', { level: v.level })}</dd>
      <dt>${t('issuedOn')}</dt>
      <dd><time datetime="${v.awardedAt.toISOString()}">${formatDay(lang, v.awardedAt)}</time></dd>
      ${
        v.expiresAt
          ? html`<dt>${t('validUntil')}</dt>
              <dd><time datetime="${v.expiresAt.toISOString()}">${formatDay(lang, v.expiresAt)}</time></dd>`
          : ''
      }
    </dl>
    ${
      photos.length
        ? html`<h2>${t('workPhotos')}</h2>
            <ul class="photos">
              ${photos}
            </ul>`
        : ''
    }
    <h2>${t('checks')}</h2>
    <ul class="checks">
      ${checks}
    </ul>
    <p><a href="${urls.credential(record.id)}/credential.json">${t('download')}</a> · ${t('issuedBy')}</p>
  `;
  return page(
    {
      lang,
      title,
      description: t('verifyDescription', { craft, level: v.level }),
      url: urls.verifyPage(record.id),
      image: `${urls.credential(record.id)}/qr.png`,
      ogType: 'article',
    },
    body,
  );
}

function checkLabel(lang: Lang, check: string): string {
  const known = ['format', 'signature', 'issuer_key', 'schema', 'status', 'dates'];
  return known.includes(check) ? pageText(lang, `check_${check}` as Parameters<typeof pageText>[1]) : check;
}

export function renderNotFoundPage(lang: Lang, url: string): string {
  const title = pageText(lang, 'notFoundTitle');
  return page(
    { lang, title, description: pageText(lang, 'notFoundBody'), url },
    html`<h1>${title}</h1>
      <p>${pageText(lang, 'notFoundBody')}</p>`,
  );
}
