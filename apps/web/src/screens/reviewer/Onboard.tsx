import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSENT_PURPOSES, reviewerApi, type ConsentPurpose } from '../../api/reviewer';
import { useServices } from '../../app/services';
import type { Weekday } from '../../api/types';
import { Icon } from '../../components/Icon';
import { currentLang, LANG_NAMES, LANGS, toE164, type Lang } from '../../i18n';
import { craftOptions } from '../crafts';
import { errorText } from '../buyer/load';
import { MfaGate } from './MfaGate';

const DAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const CONSENT_TEXT_VERSION = '2026-01';

/** Assisted onboarding: a reviewer registers an artisan with her, including the consents she gives. */
export default function Onboard() {
  return (
    <MfaGate>
      <OnboardForm />
    </MfaGate>
  );
}

function OnboardForm() {
  const { t } = useTranslation();
  const { client } = useServices();
  const api = useMemo(() => reviewerApi(client), [client]);
  const lang = currentLang();
  const crafts = useMemo(() => craftOptions(lang), [lang]);
  const [f, setF] = useState({
    phone: '',
    displayName: '',
    preferredLanguage: lang as Lang,
    district: '',
    state: '',
    craftId: crafts[0]?.id ?? '',
    capacity: '5',
    days: ['mon', 'tue', 'wed', 'thu', 'fri'] as Weekday[],
    hours: '4',
  });
  const [consents, setConsents] = useState<Record<ConsentPurpose, boolean>>({
    platform_terms: true,
    skill_assessment: true,
    public_portfolio: false,
    buyer_contact: true,
    voice_processing: false,
  });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF((x) => ({ ...x, [k]: v }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const phone = toE164(f.phone);
    if (!phone) return setMessage({ ok: false, text: t('signin.invalidPhone') });
    setBusy(true);
    setMessage(null);
    try {
      const r = await api.onboard({
        phone,
        displayName: f.displayName.trim(),
        preferredLanguage: f.preferredLanguage,
        district: f.district.trim(),
        state: f.state.trim(),
        availability: { days: f.days, hoursPerDay: Number(f.hours) },
        crafts: [{ craftId: f.craftId, capacityPerWeek: Number(f.capacity) }],
        consents: CONSENT_PURPOSES.map((purpose) => ({
          purpose,
          granted: consents[purpose],
          textVersion: CONSENT_TEXT_VERSION,
        })),
      });
      setMessage({
        ok: true,
        text: `${t('onboard.done', { name: r.artisan.displayName })}${r.welcomeSent ? ` ${t('onboard.welcomeSent')}` : ''}`,
      });
    } catch (err) {
      setMessage({ ok: false, text: errorText(err, t('app.error')) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card" onSubmit={submit}>
      <h1>{t('onboard.title')}</h1>
      <p className="hint">{t('onboard.intro')}</p>
      <label htmlFor="ob-phone">{t('onboard.phone')}</label>
      <input
        id="ob-phone"
        type="tel"
        inputMode="tel"
        required
        value={f.phone}
        onChange={(e) => set('phone', e.target.value)}
      />
      <label htmlFor="ob-name">{t('onboard.name')}</label>
      <input
        id="ob-name"
        required
        maxLength={80}
        value={f.displayName}
        onChange={(e) => set('displayName', e.target.value)}
      />
      <label htmlFor="ob-lang">{t('onboard.language')}</label>
      <select
        id="ob-lang"
        value={f.preferredLanguage}
        onChange={(e) => set('preferredLanguage', e.target.value as Lang)}
      >
        {LANGS.map((l) => (
          <option key={l} value={l}>
            {LANG_NAMES[l]}
          </option>
        ))}
      </select>
      <div className="pair">
        <div>
          <label htmlFor="ob-district">{t('req.district')}</label>
          <input
            id="ob-district"
            required
            maxLength={80}
            value={f.district}
            onChange={(e) => set('district', e.target.value)}
          />
        </div>
        <div>
          <label htmlFor="ob-state">{t('req.state')}</label>
          <input
            id="ob-state"
            required
            maxLength={60}
            value={f.state}
            onChange={(e) => set('state', e.target.value)}
          />
        </div>
      </div>
      <div className="pair">
        <div>
          <label htmlFor="ob-craft">{t('review.craft')}</label>
          <select id="ob-craft" value={f.craftId} onChange={(e) => set('craftId', e.target.value)}>
            {crafts.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="ob-capacity">{t('onboard.capacity')}</label>
          <input
            id="ob-capacity"
            type="number"
            inputMode="numeric"
            min={0}
            max={10000}
            value={f.capacity}
            onChange={(e) => set('capacity', e.target.value)}
          />
        </div>
      </div>
      <fieldset className="choice">
        <legend>{t('onboard.days')}</legend>
        <div className="picks">
          {DAYS.map((d) => (
            <label key={d} className={`pill${f.days.includes(d) ? ' on' : ''}`}>
              <input
                type="checkbox"
                checked={f.days.includes(d)}
                onChange={() =>
                  set('days', f.days.includes(d) ? f.days.filter((x) => x !== d) : [...f.days, d])
                }
              />
              {t(`days.${d}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor="ob-hours">{t('onboard.hours')}</label>
      <input
        id="ob-hours"
        type="number"
        inputMode="numeric"
        min={0}
        max={16}
        value={f.hours}
        onChange={(e) => set('hours', e.target.value)}
      />
      <fieldset className="choice">
        <legend>{t('onboard.consents')}</legend>
        {CONSENT_PURPOSES.map((p) => (
          <label key={p} className="check">
            <input
              type="checkbox"
              checked={consents[p]}
              onChange={(e) => setConsents((c) => ({ ...c, [p]: e.target.checked }))}
            />
            {t(`onboard.consent_${p}`)}
          </label>
        ))}
      </fieldset>
      <button className="btn primary" type="submit" disabled={busy}>
        <Icon name="check" />
        <span>{t('onboard.submit')}</span>
      </button>
      {message && (
        <p className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
