import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { Icon } from './Icon';

/** Rating the other side of a delivered order (once): 1–5 stars and an optional comment. */
export function RateOrder(props: {
  legend: string;
  rate: (stars: number, comment?: string) => Promise<unknown>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const [stars, setStars] = useState(5);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await props.rate(stars, comment.trim() || undefined);
      props.onDone();
    } catch (err) {
      setError(err instanceof ApiError && err.problem ? err.problem.detail : t('app.error'));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="card" onSubmit={submit} data-testid="rate">
      <fieldset className="choice">
        <legend>{props.legend}</legend>
        <div className="picks">
          {[1, 2, 3, 4, 5].map((n) => (
            <label key={n} className={`pill${stars === n ? ' on' : ''}`}>
              <input type="radio" name="stars" checked={stars === n} onChange={() => setStars(n)} />
              {'★'.repeat(n)} <span className="sr-only">{t('order.stars', { count: n })}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label htmlFor="rate-comment">{t('order.comment')}</label>
      <textarea
        id="rate-comment"
        rows={2}
        maxLength={1000}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <button className="btn primary" type="submit" disabled={busy}>
        <Icon name="check" />
        <span>{t('order.sendRating')}</span>
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
