import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { staffAuthApi } from '../../api/reviewer';
import { useServices } from '../../app/services';
import { Icon } from '../../components/Icon';
import { setLanguage } from '../../i18n';
import { errorText } from '../buyer/load';

/** Second sign-in step for accounts with TOTP on: the authenticator code (or a recovery code). */
export default function MfaSignIn({ mfaToken }: { mfaToken: string }) {
  const { t } = useTranslation();
  const { client, session } = useServices();
  const api = useMemo(() => staffAuthApi(client), [client]);
  const [useRecovery, setUseRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const s = await api.verify(mfaToken, useRecovery ? { recoveryCode: code.trim() } : { code });
      session.set(s);
      if (s.user.preferredLanguage) await setLanguage(s.user.preferredLanguage);
    } catch (err) {
      setError(errorText(err, t('app.error')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <h2>{t('mfa.title')}</h2>
      <p>{t('mfa.intro')}</p>
      <label htmlFor="mfa-code">{useRecovery ? t('mfa.recoveryCode') : t('mfa.code')}</label>
      <input
        id="mfa-code"
        name="mfa-code"
        inputMode={useRecovery ? 'text' : 'numeric'}
        autoComplete="one-time-code"
        maxLength={useRecovery ? 20 : 6}
        value={code}
        onChange={(e) => setCode(useRecovery ? e.target.value : e.target.value.replace(/\D/g, ''))}
      />
      <button className="btn primary" type="submit" disabled={busy}>
        <Icon name="check" />
        <span>{t('mfa.verify')}</span>
      </button>
      {!useRecovery && (
        <button className="btn" type="button" onClick={() => setUseRecovery(true)}>
          {t('mfa.recovery')}
        </button>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
