import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { evidencePhotoIds, publicPaths } from '../../api/credentials';
import { Icon } from '../../components/Icon';
import { Problem } from '../Problem';
import { useMe } from '../useMe';
import { Back, Go, useArtisanApis, useLoad } from './shared';

const MAX_WORKS = 24;

/** Her public portfolio: choose works (photos of her certified work), show it to everyone or hide it. */
export default function Portfolio() {
  const { t } = useTranslation();
  const { credentials, artisanId } = useArtisanApis();
  const { me, error: meError, reload: reloadMe } = useMe();
  const current = me?.artisan?.portfolioPublic;
  const state = useLoad(
    async (signal) => {
      if (current === undefined) return null;
      const [list, consents] = await Promise.all([
        credentials.list(artisanId, signal),
        credentials.consents(),
      ]);
      const details = await Promise.all(
        list.credentials.filter((c) => !c.revoked).map((c) => credentials.get(c.id, signal)),
      );
      const photos = [...new Set(details.flatMap(evidencePhotoIds))];
      const portfolio = await credentials.portfolio(signal);
      const consent = consents.current.find((c) => c.purpose === 'public_portfolio')?.status === 'granted';
      return { photos, portfolio, consent };
    },
    [credentials, artisanId, current],
  );
  if (meError || state.error)
    return <Problem error={meError ?? state.error} retry={meError ? reloadMe : state.reload} />;
  if (me && !me.artisan)
    return (
      <section className="card">
        <p>{t('home.noProfile')}</p>
      </section>
    );
  if (!me || !state.data) return <p className="muted">{t('app.loading')}</p>;
  return (
    <>
      <Back />
      <Editor
        photos={state.data.photos}
        initialPublic={state.data.portfolio.public}
        initialWorks={state.data.portfolio.works}
        url={state.data.portfolio.url}
        consent={state.data.consent}
      />
    </>
  );
}

function Editor(props: {
  photos: string[];
  initialPublic: boolean;
  initialWorks: string[];
  url: string;
  consent: boolean;
}) {
  const { t } = useTranslation();
  const { credentials } = useArtisanApis();
  const [visible, setVisible] = useState(props.initialPublic);
  const [chosen, setChosen] = useState<string[]>(props.initialWorks);
  const [consent, setConsent] = useState(props.consent);
  const [agree, setAgree] = useState(false);
  const [saved, setSaved] = useState<boolean | null>(null);
  // What the server has now (the link to the public page shows only while it is public).
  const [published, setPublished] = useState(props.initialPublic);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const choose = (v: boolean) => {
    setVisible(v);
    setSaved(null);
  };
  const pageUrl = new URL(props.url, location.origin).pathname;

  function toggle(id: string) {
    setSaved(null);
    setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : c.length < MAX_WORKS ? [...c, id] : c));
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    setError(null);
    if (visible && !consent && !agree) {
      setError(t('artisan.portfolio.needConsent'));
      return;
    }
    setBusy(true);
    try {
      if (visible && !consent) {
        await credentials.consentToPortfolio();
        setConsent(true);
      }
      const r = await credentials.setPortfolio({ public: visible, works: chosen });
      setChosen(r.works);
      setSaved(r.public);
      setPublished(r.public);
    } catch (err) {
      setError(err instanceof ApiError && err.problem ? err.problem.detail : t('app.error'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={save}>
      <h1>
        <Icon name="image" size={28} /> {t('artisan.portfolio.title')}
      </h1>
      <p className="lead">{t('artisan.portfolio.intro')}</p>
      <fieldset className="choice">
        <legend>{t('artisan.portfolio.who')}</legend>
        <label className={visible ? 'pill on' : 'pill'}>
          <input type="radio" name="visible" checked={visible} onChange={() => choose(true)} />
          {t('artisan.portfolio.show')}
        </label>
        <label className={!visible ? 'pill on' : 'pill'}>
          <input type="radio" name="visible" checked={!visible} onChange={() => choose(false)} />
          {t('artisan.portfolio.hide')}
        </label>
      </fieldset>
      {visible && !consent && (
        <label className="a-consent">
          <input type="checkbox" checked={agree} onChange={(e) => setAgree(e.target.checked)} />
          <span>{t('artisan.portfolio.consent')}</span>
        </label>
      )}
      <h2>{t('artisan.portfolio.works', { n: chosen.length })}</h2>
      {props.photos.length === 0 ? (
        <>
          <p>{t('artisan.portfolio.noWorks')}</p>
          <Go to="/snap" icon="camera">
            {t('nav.snap')}
          </Go>
        </>
      ) : (
        <ul className="a-works" data-testid="works">
          {props.photos.map((id, i) => {
            const on = chosen.includes(id);
            return (
              <li key={id}>
                <label className={on ? 'a-work on' : 'a-work'}>
                  <input type="checkbox" checked={on} onChange={() => toggle(id)} />
                  <img
                    src={publicPaths.work(id)}
                    alt={t('artisan.portfolio.workAlt', { n: i + 1 })}
                    width={140}
                    height={140}
                    loading="lazy"
                  />
                  <span>{on ? t('artisan.portfolio.chosen') : t('artisan.portfolio.choose')}</span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      <button className="btn primary big" type="submit" disabled={busy}>
        <Icon name="check" size={28} />
        <span>{t('artisan.portfolio.save')}</span>
      </button>
      <p role="status" className="ok">
        {saved === true
          ? t('artisan.portfolio.savedPublic')
          : saved === false
            ? t('artisan.portfolio.savedHidden')
            : null}
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {published && (
        <a className="btn" href={pageUrl} target="_blank" rel="noopener" data-testid="portfolio-link">
          <Icon name="link" />
          <span>{t('artisan.portfolio.open')}</span>
        </a>
      )}
    </form>
  );
}
