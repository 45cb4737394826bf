import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewerApi } from '../../api/reviewer';
import { useServices } from '../../app/services';
import { Icon } from '../../components/Icon';
import { currentLang } from '../../i18n';
import { craftOptions } from '../crafts';
import { errorText } from '../buyer/load';
import { MfaGate } from './MfaGate';

/** Gallery management: add labelled reference photos of a craft (the API can add, not list or remove). */
export default function Gallery() {
  return (
    <MfaGate>
      <GalleryForm />
    </MfaGate>
  );
}

function GalleryForm() {
  const { t } = useTranslation();
  const { client } = useServices();
  const api = useMemo(() => reviewerApi(client), [client]);
  const crafts = useMemo(() => craftOptions(currentLang()), []);
  const [craft, setCraft] = useState(crafts[0]?.id ?? '');
  const [photos, setPhotos] = useState<File[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const r = await api.addToGallery(craft, photos);
      setMessage({ ok: true, text: t('gallery.added', { added: r.added, total: r.total }) });
    } catch (err) {
      setMessage({ ok: false, text: errorText(err, t('app.error')) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="card" onSubmit={submit}>
      <h1>{t('gallery.title')}</h1>
      <p className="hint">{t('gallery.intro')}</p>
      <label htmlFor="gl-craft">{t('review.craft')}</label>
      <select id="gl-craft" value={craft} onChange={(e) => setCraft(e.target.value)}>
        {crafts.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      <label htmlFor="gl-photos">{t('req.photos')}</label>
      <input
        id="gl-photos"
        type="file"
        accept="image/*"
        multiple
        onChange={(e) => setPhotos([...(e.target.files ?? [])].slice(0, 32))}
      />
      {photos.length > 0 && <p className="hint">{t('req.photoCount', { count: photos.length })}</p>}
      <button className="btn primary" type="submit" disabled={busy || photos.length === 0}>
        <Icon name="upload" />
        <span>{t('gallery.add')}</span>
      </button>
      {message && (
        <p className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
