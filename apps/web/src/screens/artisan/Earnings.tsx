import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { rupees, type Passbook } from '../../api/earn';
import { MonthlyColumns, MoneySplitBar } from '../../components/EarningsChart';
import { monthlyTotals } from '../../components/earnings-layout';
import { Icon } from '../../components/Icon';
import { ReadAloud } from '../../components/ReadAloud';
import { currentLang, formatCurrency, formatDate, formatNumber, LOCALES, type Lang } from '../../i18n';
import { craftName } from '../crafts';
import { Problem } from '../Problem';
import { saveBlob, Back, useArtisanApis, useLoad } from './shared';

/** Her earnings passbook: what she earned, what is paid out, on the way or waiting; per month; per order. */
export default function Earnings() {
  const { t } = useTranslation();
  const { earn, artisanId } = useArtisanApis();
  const { data, error, reload } = useLoad((signal) => earn.passbook(artisanId, signal), [earn, artisanId]);
  if (error) return <Problem error={error} retry={reload} />;
  return (
    <>
      <Back />
      <section className="card">
        <h1>
          <Icon name="wallet" size={28} /> {t('artisan.earnings.title')}
        </h1>
        {!data ? <p className="muted">{t('app.loading')}</p> : <Summary book={data} />}
      </section>
      {data && <Details book={data} />}
    </>
  );
}

const money = (paise: number, lang: Lang) => formatCurrency(rupees(paise), lang);

/** ₹12K / ₹1.2L style for the chart's small labels. */
const compact = (paise: number, lang: Lang) =>
  new Intl.NumberFormat(`${LOCALES[lang]}-u-nu-latn`, {
    style: 'currency',
    currency: 'INR',
    notation: 'compact',
    maximumFractionDigits: 1,
  }).format(rupees(paise));

function Summary({ book }: { book: Passbook }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const parts = [
    { key: 'paid', value: book.paidOutPaise, className: 'seg-paid' },
    { key: 'transit', value: book.inTransitPaise, className: 'seg-transit' },
    { key: 'waiting', value: book.availablePaise, className: 'seg-waiting' },
  ];
  const label = (key: string) => t(`artisan.earnings.${key}`);
  return (
    <>
      <p className="lead">{t('artisan.earnings.earned')}</p>
      <p className="a-money a-huge" data-testid="earned">
        {money(book.earnedPaise, lang)}
      </p>
      <MoneySplitBar
        parts={parts}
        label={t('artisan.earnings.splitLabel')}
        describe={parts.map((p) => `${label(p.key)} ${money(p.value, lang)}`).join(', ')}
      />
      <ReadAloud
        text={[
          `${t('artisan.earnings.earned')}: ${money(book.earnedPaise, lang)}`,
          ...parts.map((p) => `${label(p.key)}: ${money(p.value, lang)}`),
        ].join('. ')}
      />
      <ul className="a-legend" data-testid="passbook-split">
        {parts.map((p) => (
          <li key={p.key}>
            <span className={`a-swatch ${p.className}`} aria-hidden="true" />
            <span>{label(p.key)}</span>
            <strong>{money(p.value, lang)}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}

function Details({ book }: { book: Passbook }) {
  const { t } = useTranslation();
  const { earn, artisanId } = useArtisanApis();
  const lang = currentLang();
  const [note, setNote] = useState<string | null>(null);
  const months = monthlyTotals(
    book.orders,
    (o) => o.at,
    (o) => o.netPaise,
    new Date(),
    6,
  );
  const monthName = (m: string) =>
    new Intl.DateTimeFormat(LOCALES[lang], { month: 'short', timeZone: 'UTC' }).format(
      new Date(`${m}-01T00:00:00Z`),
    );

  async function download(format: 'pdf' | 'csv') {
    setNote(null);
    try {
      const day = new Date().toISOString().slice(0, 10);
      saveBlob(await earn.passbookFile(artisanId, format, lang), `passbook-${day}.${format}`);
      setNote(t('artisan.certs.downloaded'));
    } catch {
      setNote(t('app.error'));
    }
  }

  return (
    <>
      <section className="card" aria-labelledby="months-h">
        <h2 id="months-h">{t('artisan.earnings.byMonth')}</h2>
        <MonthlyColumns
          months={months}
          label={t('artisan.earnings.byMonth')}
          format={(p) => compact(p, lang)}
          monthName={monthName}
        />
      </section>
      <section className="card" aria-labelledby="orders-h">
        <h2 id="orders-h">{t('artisan.earnings.orders')}</h2>
        {book.orders.length === 0 ? (
          <p className="muted">{t('artisan.earnings.noOrders')}</p>
        ) : (
          <ul className="a-ledger" data-testid="passbook-orders">
            {[...book.orders].reverse().map((o) => (
              <li key={o.orderId}>
                <span>
                  <strong>{o.craftId ? craftName(o.craftId, lang) : t('artisan.offers.work')}</strong>
                  <span className="muted small">
                    {' '}
                    · {formatDate(o.at, lang)}
                    {o.quantity
                      ? ` · ${t('artisan.offers.pieces', { n: formatNumber(o.quantity, lang) })}`
                      : ''}
                  </span>
                </span>
                <strong className="a-money">{money(o.netPaise, lang)}</strong>
                <span className="muted small">
                  {t('artisan.earnings.feeLine', {
                    gross: money(o.grossPaise, lang),
                    fee: money(o.feePaise, lang),
                  })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {book.payouts.length > 0 && (
        <section className="card" aria-labelledby="payouts-h">
          <h2 id="payouts-h">{t('artisan.earnings.payouts')}</h2>
          <ul className="a-ledger">
            {[...book.payouts].reverse().map((p) => (
              <li key={p.payoutId}>
                <span>{formatDate(p.finishedAt ?? p.startedAt, lang)}</span>
                <strong className="a-money">{money(p.amountPaise, lang)}</strong>
                <span className="muted small">
                  {t(`artisan.earnings.payout.${p.status}`, { defaultValue: p.status })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card">
        <h2>{t('artisan.earnings.proof')}</h2>
        <p className="hint">{t('artisan.earnings.proofHint')}</p>
        <div className="a-actions">
          <button type="button" className="btn primary" onClick={() => void download('pdf')}>
            <Icon name="download" />
            <span>{t('artisan.earnings.pdf')}</span>
          </button>
          <button type="button" className="btn" onClick={() => void download('csv')}>
            <Icon name="download" />
            <span>{t('artisan.earnings.csv')}</span>
          </button>
        </div>
        <p role="status" className="ok small">
          {note}
        </p>
      </section>
    </>
  );
}
