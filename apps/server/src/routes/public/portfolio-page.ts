import { getCraft, redactPhones, type Lang } from '@shebalance/core';
import { credentialUrls, pageText, type PublicPortfolio } from '@shebalance/core/usecases/credentials/index';
import { credentialView } from '../credentials/view';
import { html, page } from './html';
import { formatDay } from './verify-page';

/** Her public portfolio: name, crafts, district and state, selected works, certificates. No private data. */
export function renderPortfolioPage(input: {
  lang: Lang;
  publicUrl: string;
  portfolio: PublicPortfolio;
  rating?: number;
}): string {
  const { lang, portfolio } = input;
  const { profile } = portfolio;
  const t = (key: Parameters<typeof pageText>[1], params?: Record<string, string | number>) =>
    pageText(lang, key, params);
  const urls = credentialUrls(input.publicUrl);
  const crafts = profile.crafts
    .map((c) => getCraft(c.craftId))
    .filter((c): c is NonNullable<typeof c> => !!c)
    .map((c) => c.names[lang] || c.names.en);
  const place = [profile.district, profile.state].filter(Boolean).join(', ');
  const title = t('portfolioTitle', { name: profile.displayName, craft: crafts[0] ?? '' });
  const works = portfolio.works.map(
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
  );
  const certificates = portfolio.credentials.map((r) => {
    const v = credentialView(r, input.publicUrl);
    const craft = v.craftNames[lang] ?? v.craftNames.en;
    return html`<div class="card">
      <a href="/verify/${r.id}?lang=${lang}">${craft} · ${t('level')} ${t('levelOf', { level: v.level })}</a
      ><br /><time datetime="${v.awardedAt.toISOString()}">${formatDay(lang, v.awardedAt)}</time>
    </div>`;
  });
  const body = html`
    <h1>${profile.displayName}</h1>
    <dl>
      <dt>${t('crafts')}</dt>
      <dd>${crafts.join(', ')}</dd>
      <dt>${t('place')}</dt>
      <dd>${place}</dd>
      ${
        input.rating !== undefined
          ? html`<dt>${t('rating')}</dt>
              <dd>${input.rating.toFixed(1)} / 5</dd>`
          : ''
      }
    </dl>
    ${profile.bio ? html`<p>${redactPhones(profile.bio)}</p>` : ''}
    <h2>${t('works')}</h2>
    ${
      works.length
        ? html`<ul class="photos">
            ${works}
          </ul>`
        : html`<p>${t('noWorks')}</p>`
    }
    ${
      certificates.length
        ? html`<h2>${t('certificates')}</h2>
            ${certificates}`
        : ''
    }
  `;
  const firstWork = portfolio.works[0];
  return page(
    {
      lang,
      title,
      description: t('portfolioDescription', { name: profile.displayName, place }),
      url: urls.portfolio(profile.handle),
      ...(firstWork ? { image: `${input.publicUrl}/api/v1/public/works/${firstWork}` } : {}),
      ogType: 'profile',
    },
    body,
  );
}
