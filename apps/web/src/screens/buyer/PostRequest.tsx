import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { buyerApi } from '../../api/buyer';
import { navigate } from '../../app/router';
import { useServices } from '../../app/services';
import { Icon } from '../../components/Icon';
import { currentLang, LANG_NAMES, LANGS, type Lang } from '../../i18n';
import { craftOptions } from '../crafts';
import { errorText, rupeesToPaise } from './load';
import { remember } from './store';

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** Post a request: crafts, what and how many, price, deadline, where (or remote), level, languages, photos. */
export default function PostRequest() {
  const { t } = useTranslation();
  const { client, session } = useServices();
  const api = useMemo(() => buyerApi(client), [client]);
  const lang = currentLang();
  const crafts = useMemo(() => craftOptions(lang), [lang]);
  const [f, setF] = useState({
    title: '',
    craftIds: [] as string[],
    description: '',
    quantity: '10',
    unitPrice: '',
    budget: '',
    deadline: inDays(30),
    district: '',
    state: '',
    maxDistance: '',
    remoteOk: false,
    minLevel: '1',
    languages: [] as Lang[],
  });
  const [photos, setPhotos] = useState<File[]>([]);
  const [location, setLocation] = useState<{ lat: number; lng: number } | null>(null);
  const locate = () =>
    navigator.geolocation.getCurrentPosition(
      (p) =>
        setLocation({
          lat: Math.round(p.coords.latitude * 100) / 100,
          lng: Math.round(p.coords.longitude * 100) / 100,
        }),
      () => setError(t('req.locationFailed')),
      { maximumAge: 600_000, timeout: 15_000 },
    );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof typeof f>(k: K, v: (typeof f)[K]) => setF((x) => ({ ...x, [k]: v }));
  const toggle = <T,>(list: T[], v: T) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (f.craftIds.length === 0) return setError(t('req.pickCraft'));
    setBusy(true);
    setError(null);
    try {
      const referenceMediaIds: string[] = [];
      for (const p of photos) referenceMediaIds.push((await api.upload(p, p.name)).id);
      const o = await api.createRequest({
        title: f.title.trim() || null,
        description: f.description.trim(),
        craftIds: f.craftIds,
        quantity: Number(f.quantity),
        unitPricePaise: rupeesToPaise(f.unitPrice),
        budgetPaise: rupeesToPaise(f.budget),
        deadline: new Date(`${f.deadline}T18:00:00+05:30`).toISOString(),
        location,
        district: f.district.trim() || null,
        state: f.state.trim() || null,
        maxDistanceKm: f.maxDistance ? Number(f.maxDistance) : null,
        remoteOk: f.remoteOk,
        minLevel: Number(f.minLevel),
        languages: f.languages,
        referenceMediaIds,
      });
      const userId = session.get()?.user.id;
      if (userId) remember('requests', userId, { id: o.id, title: o.title, at: o.createdAt });
      navigate(`/buyer/requests/${o.id}`);
    } catch (err) {
      setError(errorText(err, t('app.error')));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card">
      <h1>{t('req.postTitle')}</h1>
      <form onSubmit={submit}>
        <label htmlFor="rq-crafts">{t('req.crafts')}</label>
        <select
          id="rq-crafts"
          value=""
          disabled={f.craftIds.length >= 5}
          onChange={(e) => e.target.value && set('craftIds', toggle(f.craftIds, e.target.value))}
        >
          <option value="">{t('req.pickCraft')}</option>
          {crafts
            .filter((c) => !f.craftIds.includes(c.id))
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
        </select>
        {f.craftIds.length > 0 && (
          <div className="picks" data-testid="chosen-crafts">
            {f.craftIds.map((id) => (
              <label key={id} className="pill on">
                <input type="checkbox" checked onChange={() => set('craftIds', toggle(f.craftIds, id))} />
                {crafts.find((c) => c.id === id)?.name ?? id}
              </label>
            ))}
          </div>
        )}
        <label htmlFor="rq-title">{t('req.titleLabel')}</label>
        <input id="rq-title" maxLength={140} value={f.title} onChange={(e) => set('title', e.target.value)} />
        <label htmlFor="rq-desc">{t('req.description')}</label>
        <textarea
          id="rq-desc"
          required
          maxLength={4000}
          rows={3}
          value={f.description}
          onChange={(e) => set('description', e.target.value)}
        />
        <div className="pair">
          <div>
            <label htmlFor="rq-qty">{t('req.quantity')}</label>
            <input
              id="rq-qty"
              type="number"
              inputMode="numeric"
              min={1}
              max={1_000_000}
              required
              value={f.quantity}
              onChange={(e) => set('quantity', e.target.value)}
            />
          </div>
          <div>
            <label htmlFor="rq-deadline">{t('req.deadline')}</label>
            <input
              id="rq-deadline"
              type="date"
              required
              min={inDays(1)}
              value={f.deadline}
              onChange={(e) => set('deadline', e.target.value)}
            />
          </div>
        </div>
        <div className="pair">
          <div>
            <label htmlFor="rq-price">{t('req.unitPrice')}</label>
            <input
              id="rq-price"
              inputMode="decimal"
              value={f.unitPrice}
              onChange={(e) => set('unitPrice', e.target.value)}
            />
          </div>
          <div>
            <label htmlFor="rq-budget">{t('req.budget')}</label>
            <input
              id="rq-budget"
              inputMode="decimal"
              value={f.budget}
              onChange={(e) => set('budget', e.target.value)}
            />
          </div>
        </div>
        <div className="pair">
          <div>
            <label htmlFor="rq-district">{t('req.district')}</label>
            <input
              id="rq-district"
              maxLength={100}
              value={f.district}
              onChange={(e) => set('district', e.target.value)}
            />
          </div>
          <div>
            <label htmlFor="rq-state">{t('req.state')}</label>
            <input
              id="rq-state"
              maxLength={100}
              value={f.state}
              onChange={(e) => set('state', e.target.value)}
            />
          </div>
        </div>
        <button className="btn" type="button" onClick={locate}>
          <Icon name="pin" />
          <span>{t('req.useLocation')}</span>
        </button>
        {location && (
          <p className="hint" role="status">
            {t('req.locationSet', { lat: location.lat, lon: location.lng })}
          </p>
        )}
        <label htmlFor="rq-distance">{t('req.maxDistance')}</label>
        <input
          id="rq-distance"
          type="number"
          inputMode="numeric"
          min={1}
          max={5000}
          value={f.maxDistance}
          onChange={(e) => set('maxDistance', e.target.value)}
        />
        <label className="check">
          <input type="checkbox" checked={f.remoteOk} onChange={(e) => set('remoteOk', e.target.checked)} />
          {t('req.remoteOk')}
        </label>
        <label htmlFor="rq-level">{t('req.minLevel')}</label>
        <select id="rq-level" value={f.minLevel} onChange={(e) => set('minLevel', e.target.value)}>
          {[1, 2, 3, 4, 5].map((l) => (
            <option key={l} value={l}>
              {t('snap.level', { level: l })}
            </option>
          ))}
        </select>
        <fieldset className="choice">
          <legend>{t('req.languages')}</legend>
          <div className="picks">
            {LANGS.map((l) => (
              <label key={l} className={`pill${f.languages.includes(l) ? ' on' : ''}`}>
                <input
                  type="checkbox"
                  checked={f.languages.includes(l)}
                  onChange={() => set('languages', toggle(f.languages, l))}
                />
                {LANG_NAMES[l]}
              </label>
            ))}
          </div>
        </fieldset>
        <label htmlFor="rq-photos">{t('req.photos')}</label>
        <input
          id="rq-photos"
          type="file"
          accept="image/*"
          multiple
          onChange={(e) => setPhotos([...(e.target.files ?? [])].slice(0, 10))}
        />
        {photos.length > 0 && <p className="hint">{t('req.photoCount', { count: photos.length })}</p>}
        <button className="btn primary" type="submit" disabled={busy}>
          <Icon name="send" />
          <span>{busy ? t('req.posting') : t('req.post')}</span>
        </button>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}
