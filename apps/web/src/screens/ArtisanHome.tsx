import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router';
import { useServices } from '../app/services';
import { Icon, type IconName } from '../components/Icon';
import { ReadAloud } from '../components/ReadAloud';
import { currentLang } from '../i18n';
import { formatDay } from './artisan/calendar';
import { craftName } from './crafts';
import { Problem } from './Problem';
import { useMe } from './useMe';

/** Her home: her crafts and capacity, where she is, when she can work, and "about me". */
export default function ArtisanHome() {
  const { t } = useTranslation();
  const { me, error, reload } = useMe();
  const lang = currentLang();
  if (error) return <Problem error={error} retry={reload} />;
  if (!me) return <p className="muted">{t('app.loading')}</p>;
  const a = me.artisan;
  const greeting = t('home.greeting', { name: a?.displayName ?? me.displayName ?? '' });
  // Her home read aloud (and the microphone's "help" here): who she is, what to do first, where to go.
  const speech = [
    greeting,
    t('home.snapHint'),
    t('voiceLive.homeMenu', { items: MENU.map((m) => t(m.key)).join(', ') }),
    a && a.crafts.length > 0
      ? `${t('home.crafts')}: ${a.crafts.map((c) => craftName(c.craftId, lang)).join(', ')}`
      : null,
  ]
    .filter(Boolean)
    .join('. ');
  return (
    <>
      <section className="card hero">
        <h1>{greeting}</h1>
        {a && <p className="muted">{t('home.place', { district: a.district, state: a.stateName })}</p>}
        {a && (
          <p className="muted small">
            {t('home.member', { date: formatDay(a.createdAt, (k, v) => t(k, v ?? {})) })}
          </p>
        )}
        <a
          className="btn primary big"
          href="/snap"
          onClick={(e) => {
            e.preventDefault();
            navigate('/snap');
          }}
        >
          <Icon name="camera" size={28} />
          <span>{t('nav.snap')}</span>
        </a>
        <p className="hint">{t('home.snapHint')}</p>
        <ReadAloud text={speech} />
      </section>
      <ArtisanMenu />
      {!a ? (
        <section className="card">
          <p>{t('home.noProfile')}</p>
        </section>
      ) : (
        <>
          <section className="card" aria-labelledby="crafts-h">
            <h2 id="crafts-h">{t('home.crafts')}</h2>
            {a.crafts.length === 0 ? (
              <p>{t('home.noCrafts')}</p>
            ) : (
              <ul className="crafts" data-testid="crafts">
                {a.crafts.map((c) => (
                  <li key={c.craftId}>
                    <strong>{craftName(c.craftId, lang)}</strong>
                    <span>{t('home.capacity', { count: c.capacityPerWeek })}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section className="card" aria-labelledby="avail-h">
            <h2 id="avail-h">{t('home.availability')}</h2>
            <p className="days">
              {(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((d) => (
                <span key={d} className={a.availability.days.includes(d) ? 'day on' : 'day'}>
                  {t(`days.${d}`)}
                </span>
              ))}
            </p>
            <p>{t('home.hoursPerDay', { count: a.availability.hoursPerDay })}</p>
          </section>
          <AboutForm initial={a.bio ?? ''} />
        </>
      )}
    </>
  );
}

const MENU: { to: string; icon: IconName; key: string }[] = [
  { to: '/offers', icon: 'inbox', key: 'artisan.menu.offers' },
  { to: '/orders', icon: 'box', key: 'artisan.menu.orders' },
  { to: '/earnings', icon: 'wallet', key: 'artisan.menu.earnings' },
  { to: '/certificates', icon: 'award', key: 'artisan.menu.certificates' },
  { to: '/portfolio', icon: 'image', key: 'artisan.menu.portfolio' },
  { to: '/outbox', icon: 'clock', key: 'nav.outbox' },
];

/** Big tiles, an icon and a word each, to every part of her work. */
function ArtisanMenu() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('artisan.menu.label')}>
      <ul className="a-tiles">
        {MENU.map((m) => (
          <li key={m.to}>
            <a
              className="a-tile"
              href={m.to}
              onClick={(e) => {
                e.preventDefault();
                navigate(m.to);
              }}
            >
              <Icon name={m.icon} size={32} />
              <span>{t(m.key)}</span>
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** "About me": saved through the outbox, so it is kept when she is offline and sent once later. */
function AboutForm({ initial }: { initial: string }) {
  const { t } = useTranslation();
  const { outbox } = useServices();
  const [bio, setBio] = useState(initial);
  const [status, setStatus] = useState<string | null>(null);
  async function save(e: FormEvent) {
    e.preventDefault();
    await outbox.submit('profile', {
      method: 'PATCH',
      path: '/api/v1/me/artisan',
      json: { bio: bio.trim() || null },
    });
    setStatus(navigator.onLine ? t('home.saved') : t('home.savedOffline'));
  }
  return (
    <section className="card" aria-labelledby="about-h">
      <form onSubmit={save}>
        <h2 id="about-h">
          <label htmlFor="bio">{t('home.about')}</label>
        </h2>
        <textarea
          id="bio"
          rows={3}
          maxLength={1000}
          value={bio}
          placeholder={t('home.aboutHint')}
          onChange={(e) => {
            setBio(e.target.value);
            setStatus(null);
          }}
        />
        <button className="btn primary" type="submit">
          <Icon name="check" />
          <span>{t('home.save')}</span>
        </button>
        <p role="status" className="ok">
          {status}
        </p>
      </form>
    </section>
  );
}
