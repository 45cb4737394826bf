import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client';
import { rupees, type Order } from '../../api/earn';
import { navigate } from '../../app/router';
import { useOutboxItems } from '../../app/outbox-service';
import { useServices } from '../../app/services';
import { Icon } from '../../components/Icon';
import { RateOrder } from '../../components/RateOrder';
import { ReadAloud } from '../../components/ReadAloud';
import { useLiveRefresh } from '../../live';
import { currentLang, formatCurrency, formatDate, formatDateTime, formatNumber } from '../../i18n';
import { resizePhoto } from '../../media/resize';
import { craftName } from '../crafts';
import { Problem } from '../Problem';
import { canAddPhotos, nextMoves, orderSteps } from './earn-logic';
import { Back, useArtisanApis, useLoad, useParam } from './shared';

/** Her orders at /orders, one order at /orders/:id with its progress, her next step and progress photos. */
export default function Orders() {
  const id = useParam('/orders/:id', 'id');
  return id ? <OrderDetail id={id} /> : <OrderList />;
}

function OrderList() {
  const { t } = useTranslation();
  const { earn } = useArtisanApis();
  const lang = currentLang();
  const { data, error, reload } = useLoad((signal) => earn.orders(signal), [earn]);
  if (error) return <Problem error={error} retry={reload} />;
  return (
    <>
      <Back />
      <section className="card">
        <h1>
          <Icon name="box" size={28} /> {t('artisan.orders.title')}
        </h1>
        {data && data.orders.length === 0 && <p className="lead">{t('artisan.orders.none')}</p>}
      </section>
      {!data ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <ul className="a-plain" data-testid="orders">
          {data.orders.map((o) => (
            <li key={o.id}>
              <a
                className="card a-row-link"
                href={`/orders/${o.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  navigate(`/orders/${o.id}`);
                }}
              >
                <strong>{craftName(o.craftId, lang)}</strong>
                <span className="a-money">{formatCurrency(rupees(o.amountPaise), lang)}</span>
                <span className="muted small">
                  {t('artisan.offers.pieces', { n: formatNumber(o.quantity, lang) })} ·{' '}
                  {t('artisan.offers.by', { date: formatDate(o.deadline, lang) })}
                </span>
                <span className="muted small">
                  {o.title}
                  {o.counterpartName && ` · ${t('artisan.orders.for', { name: o.counterpartName })}`}
                </span>
                <span className={`a-badge ${o.status}`}>{t(`artisan.orders.status.${o.status}`)}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function OrderDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { earn } = useArtisanApis();
  const lang = currentLang();
  const { client } = useServices();
  const { data: order, error, reload, set } = useLoad((signal) => earn.order(id, signal), [earn, id]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  // Live: the buyer's moves (arrived, confirmed, paid…) show at once; polled while the stream is down.
  useLiveRefresh(`order:${id}`, reload);
  if (error) return <Problem error={error} retry={reload} />;
  if (!order) return <p className="muted">{t('app.loading')}</p>;
  const rating = ratingState(order);
  const { steps, stopped } = orderSteps(order);
  const speech = [
    craftName(order.craftId, lang),
    t(`artisan.orders.status.${order.status}`),
    `${t('artisan.offers.youEarn')}: ${formatCurrency(rupees(order.amountPaise), lang)}`,
    `${t('artisan.orders.due')}: ${formatDate(order.dueAt, lang)}`,
    ...nextMoves(order).map((to) => t(`artisan.orders.move.${to}`)),
  ].join('. ');

  async function move(to: string) {
    setBusy(true);
    setProblem(null);
    try {
      set(await earn.move(id, to));
    } catch (e) {
      setProblem(e instanceof ApiError && e.problem ? e.problem.detail : t('app.error'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Back to="/orders" />
      <article className="card" data-testid="order">
        <h1>{craftName(order.craftId, lang)}</h1>
        <span className={`a-badge ${order.status}`} data-testid="order-status">
          {t(`artisan.orders.status.${order.status}`)}
        </span>
        <dl className="facts">
          <dt>{t('artisan.offers.youEarn')}</dt>
          <dd className="a-money a-big-money">{formatCurrency(rupees(order.amountPaise), lang)}</dd>
          <dt>{t('artisan.offers.quantity')}</dt>
          <dd>{t('artisan.offers.pieces', { n: formatNumber(order.quantity, lang) })}</dd>
          <dt>{t('artisan.orders.due')}</dt>
          <dd>{formatDate(order.dueAt, lang)}</dd>
        </dl>
        <ReadAloud text={speech} />
        <h2>{t('artisan.orders.progress')}</h2>
        <ol className="a-steps" aria-label={t('artisan.orders.progress')}>
          {steps.map((s) => (
            <li key={s.status} className={s.state} aria-current={s.state === 'current' ? 'step' : undefined}>
              <span className="dot" aria-hidden="true">
                {s.state === 'done' ? '✓' : ''}
              </span>
              <span>{t(`artisan.orders.status.${s.status}`)}</span>
            </li>
          ))}
        </ol>
        {stopped && <p className="error">{t(`artisan.orders.status.${stopped}`)}</p>}
        {nextMoves(order).map((to) => (
          <button
            key={to}
            type="button"
            className="btn primary big"
            disabled={busy}
            onClick={() => void move(to)}
          >
            <Icon name="check" size={28} />
            <span>{t(`artisan.orders.move.${to}`)}</span>
          </button>
        ))}
        {problem && (
          <p className="error" role="alert">
            {problem}
          </p>
        )}
      </article>
      {rating === 'can' && (
        <RateOrder
          legend={t('voiceLive.rateBuyer')}
          onDone={reload}
          rate={(stars, comment) =>
            client.request('POST', `/api/v1/orders/${encodeURIComponent(id)}/rating`, {
              json: { stars, comment: comment ?? null },
            })
          }
        />
      )}
      {rating === 'done' && (
        <p className="ok card" data-testid="rated">
          {t('order.rated')}
        </p>
      )}
      <Photos order={order} reload={reload} />
      {order.events && order.events.length > 0 && (
        <section className="card">
          <h2>{t('artisan.orders.history')}</h2>
          <ul className="a-history">
            {[...order.events].reverse().map((e) => (
              <li key={`${e.at}-${e.to}`}>
                <span className="muted small">{formatDateTime(e.at, lang)}</span>{' '}
                {t(`artisan.orders.status.${e.to}`, { defaultValue: e.to })}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/**
 * She may rate the buyer once the work has arrived (delivered, confirmed or paid; the server's rule in
 * rateOrder), once. The order's `ratings` say whether she already has.
 */
function ratingState(order: Order): 'can' | 'done' | 'not-yet' {
  const ratings = (order as Order & { ratings?: { raterRole: string }[] }).ratings ?? [];
  if (ratings.some((r) => r.raterRole === 'artisan')) return 'done';
  return ['delivered', 'confirmed', 'paid'].includes(order.status) ? 'can' : 'not-yet';
}

/** Progress photos: taken here, resized, kept in the outbox until sent (so never lost offline). */
function Photos({ order, reload }: { order: Order; reload: () => void }) {
  const { t } = useTranslation();
  const { outbox } = useServices();
  const { earn } = useArtisanApis();
  const items = useOutboxItems(outbox);
  const input = useRef<HTMLInputElement>(null);
  const [preparing, setPreparing] = useState(false);
  const path = earn.photoPath(order.id);
  // Her photos for this order still on the phone (waiting, being sent, or refused by the server).
  const pending = items.filter((i) => i.path === path);
  const failed = pending.find((i) => i.state === 'failed');

  async function add(files: FileList | null) {
    const file = files?.[0];
    if (!file) return;
    setPreparing(true);
    const blob = await resizePhoto(file).catch(() => file);
    const item = await outbox.submit('request', {
      method: 'POST',
      path,
      files: [
        {
          field: 'file',
          name: 'progress.jpg',
          type: blob.type || 'image/jpeg',
          data: await blob.arrayBuffer(),
        },
      ],
    });
    setPreparing(false);
    if (input.current) input.current.value = '';
    await outbox.whenSent(item.id);
    reload();
  }

  const photos = order.photos ?? [];
  return (
    <section className="card" aria-labelledby="photos-h">
      <h2 id="photos-h">{t('artisan.orders.photos')}</h2>
      {photos.length === 0 ? (
        <p className="muted">{t('artisan.orders.noPhotos')}</p>
      ) : (
        <ul className="thumbs" data-testid="order-photos">
          {photos.map((p, i) => (
            <li key={p.id}>
              <img
                src={p.url}
                alt={t('artisan.portfolio.workAlt', { n: i + 1 })}
                width={96}
                height={96}
                loading="lazy"
              />
            </li>
          ))}
        </ul>
      )}
      {canAddPhotos(order) && (
        <>
          <input
            ref={input}
            id="progress-photo"
            className="sr-only"
            type="file"
            accept="image/*"
            capture="environment"
            onChange={(e) => void add(e.target.files)}
          />
          <label htmlFor="progress-photo" className="btn big" aria-disabled={preparing}>
            <Icon name="camera" size={28} />
            <span>{t('artisan.orders.addPhoto')}</span>
          </label>
        </>
      )}
      <p role="status" className="small" data-testid="photo-status">
        {preparing
          ? t('snap.preparing')
          : pending.some((i) => i.state !== 'failed')
            ? t('artisan.orders.photoWaiting', { n: pending.filter((i) => i.state !== 'failed').length })
            : null}
      </p>
      {failed && (
        <div role="alert">
          <p className="error">{failed.error ?? t('app.error')}</p>
          <button type="button" className="btn" onClick={() => void outbox.remove(failed.id)}>
            <Icon name="cross" />
            <span>{t('artisan.orders.dismiss')}</span>
          </button>
        </div>
      )}
    </section>
  );
}
