import { lazy, Suspense, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { devOutboxUrl } from '../api/auth';
import { ApiError } from '../api/client';
import { useServices } from '../app/services';
import { Icon } from '../components/Icon';
import { currentLang, formatPhone, setLanguage, toE164 } from '../i18n';

/** Staff (and anyone with TOTP on) get a second step: loaded only when needed. */
const MfaSignIn = lazy(() => import('./reviewer/MfaSignIn'));

/** Sign-in by one-time code: her number → the 6-digit code → signed in. */
export default function SignIn() {
  const { t } = useTranslation();
  const { auth, session, devHints } = useServices();
  const [phone, setPhone] = useState('');
  const [e164, setE164] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [role, setRole] = useState<'artisan' | 'buyer'>('artisan');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [mfaToken, setMfaToken] = useState<string | null>(null);

  const fail = (e: unknown) =>
    setError(e instanceof ApiError && e.problem ? e.problem.detail : t('app.error'));

  async function sendCode(e: FormEvent) {
    e.preventDefault();
    const number = toE164(phone);
    if (!number) return setError(t('signin.invalidPhone'));
    setBusy(true);
    setError(null);
    try {
      await auth.requestCode(number);
      setE164(number);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  async function verify(e: FormEvent) {
    e.preventDefault();
    if (!e164) return;
    if (!/^\d{6}$/.test(code)) return setError(t('signin.invalidCode'));
    setBusy(true);
    setError(null);
    try {
      const result = await auth.verify({ phone: e164, code, role, lang: currentLang() });
      if ('mfaRequired' in result) return setMfaToken(result.mfaToken);
      session.set(result);
      if (result.user.preferredLanguage) await setLanguage(result.user.preferredLanguage);
    } catch (err) {
      fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card">
      <h1>{t('signin.title')}</h1>
      <p className="lead">{t('signin.welcome')}</p>
      {mfaToken ? (
        <Suspense fallback={<p className="muted">{t('app.loading')}</p>}>
          <MfaSignIn mfaToken={mfaToken} />
        </Suspense>
      ) : !e164 ? (
        <form onSubmit={sendCode} noValidate>
          <label htmlFor="phone">{t('signin.phoneLabel')}</label>
          <input
            id="phone"
            name="phone"
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            aria-describedby="phone-hint"
          />
          <p id="phone-hint" className="hint">
            {t('signin.phoneHint')}
          </p>
          <fieldset className="choice">
            <legend>{t('signin.roleLabel')}</legend>
            {(['artisan', 'buyer'] as const).map((r) => (
              <label key={r} className={`pill${role === r ? ' on' : ''}`}>
                <input type="radio" name="role" value={r} checked={role === r} onChange={() => setRole(r)} />
                {r === 'artisan' ? t('signin.roleArtisan') : t('signin.roleBuyer')}
              </label>
            ))}
          </fieldset>
          <button className="btn primary" type="submit" disabled={busy}>
            <Icon name="send" />
            <span>{t('signin.sendCode')}</span>
          </button>
        </form>
      ) : (
        <form onSubmit={verify} noValidate>
          <p role="status">{t('signin.codeSent', { phone: formatPhone(e164) })}</p>
          <label htmlFor="code">{t('signin.codeLabel')}</label>
          <input
            id="code"
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
          />
          {devHints && (
            <p className="hint">
              <a href={devOutboxUrl(e164)} target="_blank" rel="noreferrer" data-testid="dev-outbox">
                {t('signin.devHint')}
              </a>
            </p>
          )}
          <button className="btn primary" type="submit" disabled={busy}>
            <Icon name="check" />
            <span>{t('signin.verify')}</span>
          </button>
          <button
            className="btn"
            type="button"
            onClick={() => {
              setE164(null);
              setCode('');
            }}
          >
            {t('signin.changeNumber')}
          </button>
        </form>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
