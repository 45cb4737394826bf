import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publicPaths, type CredentialSummary } from '../../api/credentials';
import { Icon } from '../../components/Icon';
import { ReadAloud } from '../../components/ReadAloud';
import { currentLang, formatDate, formatNumber } from '../../i18n';
import { craftName } from '../crafts';
import { Problem } from '../Problem';
import { Back, Go, saveBlob, shareLink, useArtisanApis, useLoad } from './shared';

/** Her credentials: each with its QR code, the certificate PDF, sharing and the public check page. */
export default function Certificates() {
  const { t } = useTranslation();
  const { credentials, artisanId } = useArtisanApis();
  const { data, error, reload } = useLoad(
    (signal) => credentials.list(artisanId, signal),
    [credentials, artisanId],
  );
  if (error) return <Problem error={error} retry={reload} />;
  const lang = currentLang();
  // Read aloud (and the microphone's "help" here): each certificate's craft, level and whether it is valid.
  const speech = [
    t('artisan.certs.title'),
    t('artisan.certs.intro'),
    ...(data?.credentials.length === 0
      ? [t('artisan.certs.none')]
      : (data?.credentials ?? []).map((c) =>
          [
            craftName(c.craftId, lang),
            t('snap.level', { level: formatNumber(c.level, lang) }),
            c.revoked ? t('artisan.certs.revoked') : t('artisan.certs.valid'),
          ].join(', '),
        )),
  ].join('. ');
  return (
    <>
      <Back />
      <section className="card">
        <h1>
          <Icon name="award" size={28} /> {t('artisan.certs.title')}
        </h1>
        <p className="lead">{t('artisan.certs.intro')}</p>
        <ReadAloud text={speech} />
      </section>
      {!data ? (
        <p className="muted">{t('app.loading')}</p>
      ) : data.credentials.length === 0 ? (
        <section className="card" data-testid="certs-empty">
          <p>{t('artisan.certs.none')}</p>
          <Go to="/snap" icon="camera" className="btn primary big">
            {t('nav.snap')}
          </Go>
        </section>
      ) : (
        <ul className="a-plain" data-testid="certs">
          {data.credentials.map((c) => (
            <li key={c.id}>
              <CertificateCard c={c} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function CertificateCard({ c }: { c: CredentialSummary }) {
  const { t } = useTranslation();
  const { credentials } = useArtisanApis();
  const lang = currentLang();
  const [note, setNote] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const craft = craftName(c.craftId, lang);

  async function download() {
    setBusy(true);
    setNote(null);
    try {
      saveBlob(await credentials.pdf(c.id, lang), `certificate-${c.craftId}-${c.id.slice(0, 8)}.pdf`);
      setNote(t('artisan.certs.downloaded'));
    } catch {
      setNote(t('app.error'));
    } finally {
      setBusy(false);
    }
  }

  async function share() {
    const outcome = await shareLink({
      title: t('artisan.certs.shareTitle', { craft }),
      text: t('artisan.certs.shareText', { craft, level: formatNumber(c.level, lang) }),
      url: c.verifyUrl,
    });
    setNote(
      outcome === 'copied'
        ? t('artisan.certs.copied')
        : outcome === 'shared'
          ? null
          : t('artisan.certs.copyFailed', { url: c.verifyUrl }),
    );
  }

  return (
    <article className="card cert" data-testid="cert">
      <div className="a-cert-head">
        <img
          className="a-qr"
          src={publicPaths.qr(c.id)}
          alt={t('artisan.certs.qrAlt', { craft })}
          width={112}
          height={112}
          loading="lazy"
        />
        <div>
          <h2>{craft}</h2>
          <p className="level">{t('snap.level', { level: formatNumber(c.level, lang) })}</p>
          <p className="muted small">{t('artisan.certs.issued', { date: formatDate(c.issuedAt, lang) })}</p>
          {c.revoked ? (
            <p className="error">{t('artisan.certs.revoked')}</p>
          ) : (
            <p className="ok">
              <Icon name="check" size={18} /> {t('artisan.certs.valid')}
            </p>
          )}
        </div>
      </div>
      <div className="a-actions">
        <button type="button" className="btn primary" disabled={busy} onClick={() => void download()}>
          <Icon name="download" />
          <span>{t('artisan.certs.pdf')}</span>
        </button>
        <button type="button" className="btn" onClick={() => void share()}>
          <Icon name="share" />
          <span>{t('artisan.certs.share')}</span>
        </button>
        <a className="btn" href={publicPaths.verifyPage(c.id)} target="_blank" rel="noopener">
          <Icon name="link" />
          <span>{t('artisan.certs.verify')}</span>
        </a>
      </div>
      <p role="status" className="ok small">
        {note}
      </p>
    </article>
  );
}
