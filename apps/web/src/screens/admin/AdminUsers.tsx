import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { adminApi, type AdminUser } from '../../api/admin';
import type { Role } from '../../api/types';
import { useServices } from '../../app/services';
import { ChoiceSelect, SubmitAndError } from '../../components/FormBits';
import { formatPhone, toE164 } from '../../i18n';
import { Problem } from '../Problem';
import { errorText, useLoad } from '../buyer/load';
import { MfaGate } from '../reviewer/MfaGate';
import { ROLES } from './AdminHome';

/** Users and roles: list by role, change a role, disable or enable, create a staff account. */
export default function AdminUsers() {
  return (
    <MfaGate>
      <Users />
    </MfaGate>
  );
}

function Users() {
  const { t } = useTranslation();
  const { client } = useServices();
  const api = useMemo(() => adminApi(client), [client]);
  const [role, setRole] = useState<Role | ''>('');
  const { value, error, reload } = useLoad(() => api.users(role || undefined), [api, role]);
  const [message, setMessage] = useState<string | null>(null);
  const update = async (u: AdminUser, body: { role?: Role; status?: 'active' | 'disabled' }) => {
    setMessage(null);
    try {
      await api.updateUser(u.id, body);
      reload();
    } catch (e) {
      setMessage(errorText(e, t('app.error')));
    }
  };
  if (error) return <Problem error={error} retry={reload} />;
  return (
    <>
      <section className="card">
        <h1>{t('admin.users')}</h1>
        <label htmlFor="us-role">{t('admin.role')}</label>
        <select id="us-role" value={role} onChange={(e) => setRole(e.target.value as Role | '')}>
          <option value="">{t('admin.all')}</option>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`admin.role_${r}`)}
            </option>
          ))}
        </select>
        {message && (
          <p className="error" role="alert">
            {message}
          </p>
        )}
        {!value ? (
          <p className="muted">{t('app.loading')}</p>
        ) : (
          <ul className="matches">
            {value.items.map((u) => (
              <li key={u.id}>
                <strong>{u.displayName ?? formatPhone(u.phone)}</strong>{' '}
                <span className="muted small">{formatPhone(u.phone)}</span>
                {u.status === 'disabled' && <span className="badge">{t('admin.disabled')}</span>}
                <div className="row">
                  <label htmlFor={`role-${u.id}`} className="sr-only">
                    {t('admin.role')}
                  </label>
                  <select
                    id={`role-${u.id}`}
                    value={u.role}
                    onChange={(e) => void update(u, { role: e.target.value as Role })}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {t(`admin.role_${r}`)}
                      </option>
                    ))}
                  </select>
                  <button
                    className="btn small"
                    type="button"
                    onClick={() => void update(u, { status: u.status === 'active' ? 'disabled' : 'active' })}
                  >
                    {u.status === 'active' ? t('admin.disable') : t('admin.enable')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
      <NewUser create={(b) => api.createUser(b)} done={reload} />
    </>
  );
}

function NewUser(props: {
  create: (b: { phone: string; role: Role; displayName?: string }) => Promise<unknown>;
  done: () => void;
}) {
  const { t } = useTranslation();
  const [phone, setPhone] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('reviewer');
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    const e164 = toE164(phone);
    if (!e164) return setError(t('signin.invalidPhone'));
    try {
      await props.create({ phone: e164, role, ...(name.trim() ? { displayName: name.trim() } : {}) });
      setPhone('');
      setName('');
      setError(null);
      props.done();
    } catch (err) {
      setError(errorText(err, t('app.error')));
    }
  }
  return (
    <form className="card" onSubmit={submit}>
      <h2>{t('admin.newUser')}</h2>
      <label htmlFor="nu-phone">{t('admin.phone')}</label>
      <input id="nu-phone" type="tel" required value={phone} onChange={(e) => setPhone(e.target.value)} />
      <label htmlFor="nu-name">{t('admin.name')}</label>
      <input id="nu-name" maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
      <label htmlFor="nu-role">{t('admin.role')}</label>
      <ChoiceSelect
        id="nu-role"
        value={role}
        choices={ROLES}
        label={(r) => t(`admin.role_${r}`)}
        onChange={setRole}
      />
      <SubmitAndError icon="plus" label={t('admin.create')} error={error} />
    </form>
  );
}
