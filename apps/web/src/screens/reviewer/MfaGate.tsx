import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { staffAuthApi, type MfaEnrollment } from '../../api/reviewer';
import { useServices } from '../../app/services';
import { Icon } from '../../components/Icon';
import { Problem } from '../Problem';
import { useMe } from '../useMe';
import { errorText } from '../buyer/load';

/**
 * Staff screens need a session that passed TOTP. A reviewer or admin signed in without it either
 * turns the authenticator on (first time: QR, code, recovery codes) or steps up with a code.
 */
export function MfaGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { me, error, reload } = useMe();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  if (error) return <Problem error={error} retry={reload} />;
  if (!me) return <p className="muted">{t('app.loading')}</p>;
  if (recoveryCodes)
    return (
      <section className="card">
        <h1>{t('mfa.recoveryTitle')}</h1>
        <p>{t('mfa.recoveryIntro')}</p>
        <ul className="codes" data-testid="recovery-codes">
          {recoveryCodes.map((c) => (
            <li key={c}>
              <code>{c}</code>
            </li>
          ))}
        </ul>
        <button
          className="btn primary"
          type="button"
          onClick={() => {
            setRecoveryCodes(null);
            reload();
          }}
        >
          {t('mfa.continue')}
        </button>
      </section>
    );
  if (!me.mfaRequired) return <>{children}</>;
  return (
    <section className="card">
      {me.mfaEnabled ? <StepUp done={reload} /> : <Enroll done={setRecoveryCodes} />}
    </section>
  );
}

function CodeForm(props: { label: string; submit: (code: string) => Promise<void>; button: string }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.submit(code);
    } catch (err) {
      setError(errorText(err, t('app.error')));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={onSubmit} noValidate>
      <label htmlFor="gate-code">{props.label}</label>
      <input
        id="gate-code"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        value={code}
        onChange={(e) => setCode(e.target.value.replace(/\D/g, ''))}
      />
      <button className="btn primary" type="submit" disabled={busy || code.length !== 6}>
        <Icon name="check" />
        <span>{props.button}</span>
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

function StepUp({ done }: { done: () => void }) {
  const { t } = useTranslation();
  const { client, session } = useServices();
  const api = useMemo(() => staffAuthApi(client), [client]);
  return (
    <>
      <h1>{t('mfa.title')}</h1>
      <p>{t('mfa.intro')}</p>
      <CodeForm
        label={t('mfa.code')}
        button={t('mfa.verify')}
        submit={async (code) => {
          session.set(await api.stepUp(code));
          done();
        }}
      />
    </>
  );
}

function Enroll({ done }: { done: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const { client, session } = useServices();
  const api = useMemo(() => staffAuthApi(client), [client]);
  const [enrollment, setEnrollment] = useState<MfaEnrollment | null>(null);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <h1>{t('mfa.setupTitle')}</h1>
      <p>{t('mfa.setupIntro')}</p>
      {!enrollment ? (
        <button
          className="btn primary"
          type="button"
          onClick={() => api.enroll().then(setEnrollment, (e) => setError(errorText(e, t('app.error'))))}
        >
          {t('mfa.start')}
        </button>
      ) : (
        <>
          <img
            className="qr"
            src={enrollment.qrDataUrl}
            alt={enrollment.otpauthUrl}
            width={200}
            height={200}
          />
          <p className="small">{t('mfa.secret', { secret: enrollment.secret })}</p>
          <CodeForm
            label={t('mfa.code')}
            button={t('mfa.activate')}
            submit={async (code) => {
              const { recoveryCodes, ...s } = await api.activate(code);
              session.set(s);
              done(recoveryCodes);
            }}
          />
        </>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
