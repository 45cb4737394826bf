import { describe, expect, it } from 'vitest';
import { expectedReplyMatch, parse } from '@shebalance/ml/nlu/index';
import { SUPPORTED_LANGS, type Lang } from '../i18n/lang';
import { outboundProblems } from '../whatsapp/validate';
import { renderIntent } from '../whatsapp/render';
import { say } from './catalog';
import { converse, initialState, type EngineContext } from './engine';
import { assessmentResult, certificateMessages } from './snap';
import type {
  AccountSnapshot,
  ConversationInput,
  ConversationState,
  OfferSnapshot,
  OutboundIntent,
  TurnResult,
} from './types';
import { outcomeReplies, rupees } from './work';

const NOW = new Date('2026-06-01T10:00:00Z');
const HOUR = 3_600_000;

function anOffer(overrides: Partial<OfferSnapshot> = {}): OfferSnapshot {
  return {
    id: 'off-1',
    status: 'sent',
    craftId: 'pottery',
    title: 'Clay diyas for Diwali',
    quantity: 20,
    amountPaise: 1_250_000,
    deadline: new Date(NOW.getTime() + 20 * 24 * HOUR),
    expiresAt: new Date(NOW.getTime() + 24 * HOUR),
    ...overrides,
  };
}
function anAccount(overrides: Partial<AccountSnapshot> = {}): AccountSnapshot {
  return { offers: [anOffer()], earnings: null, certificates: [], ...overrides };
}
function context(account?: AccountSnapshot): EngineContext {
  return {
    nlu: {
      parse: (text, lang) => parse(text, { lang }),
      match: (text, options) => expectedReplyMatch(text, options),
    },
    now: NOW,
    ...(account ? { account } : {}),
  };
}
const menu = (lang: Lang = 'hi'): ConversationState => initialState(lang, true);
const tap = (id: string): ConversationInput => ({ kind: 'button', id });
const row = (id: string): ConversationInput => ({ kind: 'list', id });
const text = (t: string): ConversationInput => ({ kind: 'text', text: t });
/** One turn; every reply must be sendable on WhatsApp. */
function turn(state: ConversationState, input: ConversationInput, account?: AccountSnapshot): TurnResult {
  const result = converse(state, input, context(account));
  for (const reply of result.replies)
    expect(outboundProblems(renderIntent('919800000001', reply))).toEqual([]);
  return result;
}
const bodyOf = (r: OutboundIntent) => ('text' in r ? r.text : (r.caption ?? ''));
const bodies = (t: TurnResult) => t.replies.map(bodyOf).join('\n');

describe('find work', () => {
  it('lists her open offers only; a row opens the details with Accept / Decline', () => {
    const account = anAccount({
      offers: [
        anOffer(),
        anOffer({ id: 'old', status: 'expired' }),
        anOffer({ id: 'late', expiresAt: new Date(NOW.getTime() - HOUR) }),
      ],
    });
    const list = turn(menu(), row('menu:work'), account);
    const [reply] = list.replies;
    expect(reply).toMatchObject({ kind: 'list' });
    expect(reply!.kind === 'list' && reply!.rows.map((r) => r.id)).toEqual(['offer:off-1']);
    expect(bodies(list)).toContain('1 काम खुले हैं');

    const details = turn(list.state, row('offer:off-1'), account);
    expect(details.state).toMatchObject({ step: 'work_offer', offerId: 'off-1' });
    expect(bodies(details)).toContain('₹12,500');
    expect(details.replies[0]).toMatchObject({
      kind: 'buttons',
      buttons: [{ id: 'offer:off-1:accept' }, { id: 'offer:off-1:decline' }],
    });
  });

  it('no open offers: an honest "none yet" in every language', () => {
    for (const lang of SUPPORTED_LANGS) {
      const none = turn(menu(lang), row('menu:work'), anAccount({ offers: [] }));
      expect(bodies(none)).toBe(say(lang, 'work.none'));
    }
  });

  it('accept is an effect (the use case decides); typed "accept" at the details works too', () => {
    const accepted = turn(menu(), tap('offer:off-1:accept'), anAccount());
    expect(accepted.effects).toEqual([{ kind: 'accept_offer', offerId: 'off-1' }]);
    expect(accepted.replies).toEqual([]);
    const details = turn(menu('en'), row('offer:off-1'), anAccount());
    const typed = turn(details.state, text('accept'), anAccount());
    expect(typed.effects).toEqual([{ kind: 'accept_offer', offerId: 'off-1' }]);
  });

  it('decline asks for a reason (list or her own words), then the effect carries it', () => {
    const asked = turn(menu(), tap('offer:off-1:decline'), anAccount());
    expect(asked.state).toMatchObject({ step: 'work_decline', offerId: 'off-1' });
    expect(asked.effects).toEqual([]);
    const list = asked.replies[0]!;
    expect(list.kind === 'list' && list.rows.map((r) => r.id)).toContain('decline:price_too_low');
    const picked = turn(asked.state, row('decline:price_too_low'), anAccount());
    expect(picked.effects).toEqual([{ kind: 'decline_offer', offerId: 'off-1', reason: 'price_too_low' }]);
    expect(picked.state.step).toBe('menu');
    const own = turn(asked.state, text('मेरे घर में शादी है'), anAccount());
    expect(own.effects).toEqual([{ kind: 'decline_offer', offerId: 'off-1', reason: 'other' }]);
    const menuInstead = turn(asked.state, text('menu'), anAccount());
    expect(menuInstead.effects).toEqual([]);
    expect(menuInstead.state.step).toBe('menu');
  });

  it('a tap on an expired, answered or unknown offer gets a clear answer and no effect', () => {
    const cases: [OfferSnapshot | undefined, string][] = [
      [anOffer({ expiresAt: new Date(NOW.getTime() - 1) }), 'work.expired'],
      [anOffer({ status: 'withdrawn' }), 'work.expired'],
      [anOffer({ status: 'declined' }), 'work.already_declined'],
      [undefined, 'work.expired'],
    ];
    for (const [offer, key] of cases) {
      const t = turn(menu('en'), tap('offer:off-1:accept'), anAccount({ offers: offer ? [offer] : [] }));
      expect(t.effects).toEqual([]);
      expect(bodies(t)).toBe(say('en', key as Parameters<typeof say>[1]));
    }
    const already = turn(
      menu('en'),
      tap('offer:off-1:decline'),
      anAccount({ offers: [anOffer({ status: 'accepted' })] }),
    );
    expect(bodies(already)).toContain('already accepted');
  });

  it('the outcome of the use case becomes her answer (accepted, sold out, expired)', () => {
    expect(outcomeReplies('hi', { kind: 'offer_accepted', offer: anOffer() }).map(bodyOf).join()).toContain(
      '₹12,500',
    );
    expect(outcomeReplies('en', { kind: 'offer_refused', reason: 'sold_out' }).map(bodyOf)).toEqual([
      say('en', 'work.sold_out'),
    ]);
    expect(outcomeReplies('ta', { kind: 'offer_refused', reason: 'expired' }).map(bodyOf)).toEqual([
      say('ta', 'work.expired'),
    ]);
  });
});

describe('my earnings and my certificate', () => {
  it('passbook totals in ₹ Indian format, orders in progress, the last orders', () => {
    const account = anAccount({
      earnings: {
        earnedPaise: 12_345_600,
        pendingPaise: 150_000,
        paidOutPaise: 10_000_000,
        inProgress: { count: 2, amountPaise: 300_000 },
        recent: [{ at: NOW, craftId: 'pottery', netPaise: 285_000 }],
      },
    });
    const t = turn(menu(), row('menu:earnings'), account);
    const body = bodies(t);
    expect(body).toContain('कमाया: ₹1,23,456');
    expect(body).toContain('भुगतान बाकी: ₹1,500');
    expect(body).toContain('आपको मिल चुका: ₹1,00,000');
    expect(body).toContain('चल रहे ऑर्डर: 2 (');
    expect(body).toContain('₹2,850');
    expect(rupees(12_345_650)).toBe('1,23,456.50');
    expect(bodies(turn(menu(), row('menu:earnings'), anAccount()))).toBe(say('hi', 'earnings.none'));
  });

  it('her latest certificate is sent as an effect; none yet is said honestly', () => {
    const account = anAccount({
      certificates: [
        { id: 'cred-2', craftId: 'pottery', level: 3, issuedAt: NOW, verifyUrl: 'https://x/verify/cred-2' },
      ],
    });
    expect(turn(menu(), row('menu:certificate'), account).effects).toEqual([
      { kind: 'send_certificate', credentialId: 'cred-2' },
    ]);
    expect(bodies(turn(menu(), row('menu:certificate'), anAccount()))).toBe(say('hi', 'certificate.none'));
  });
});

describe('snap & score results', () => {
  const scored = {
    status: 'scored',
    craft: 'मिट्टी के बर्तन',
    levelText: 'आपका स्तर: कुशल (5 में से 3)',
    scores: { technique: 71.4, complexity: 60.2, quality: 80.9, overall: 70.5 },
    value: { min: 1200, max: 2400 },
    feedback: ['किनारे और साफ़ करें', 'रोशनी में फ़ोटो लें'],
    retakeTips: [],
  };

  it('a summary with craft, level, scores, market value and tips, sendable on WhatsApp', () => {
    const replies = assessmentResult('hi', scored);
    for (const r of replies) expect(outboundProblems(renderIntent('919800000001', r))).toEqual([]);
    const body = replies.map(bodyOf).join('\n');
    expect(body).toContain('हुनर: मिट्टी के बर्तन');
    expect(body).toContain('तकनीक 71/100');
    expect(body).toContain('₹1,200 से ₹2,400');
    expect(body).toContain('• किनारे और साफ़ करें');
  });

  it('retake tips, a kind refusal, "a reviewer will look" — in every language', () => {
    for (const lang of SUPPORTED_LANGS) {
      const retake = assessmentResult(lang, { ...scored, status: 'needs_retake', retakeTips: ['tip'] });
      expect(retake.map(bodyOf).join()).toContain(say(lang, 'result.retake'));
      expect(assessmentResult(lang, { ...scored, status: 'rejected' }).map(bodyOf)).toEqual([
        say(lang, 'result.rejected'),
      ]);
      expect(assessmentResult(lang, { ...scored, status: 'needs_review' }).map(bodyOf)).toEqual([
        say(lang, 'result.review'),
      ]);
    }
    const some = assessmentResult('en', { ...scored, retakeTips: ['Hold the phone steady.'] });
    expect(some.map(bodyOf).join()).toContain('Some photos could not be used');
  });

  it('the certificate: image with the verify link as caption, then the PDF', () => {
    const messages = certificateMessages(
      'en',
      { craft: 'Pottery', level: 3, verifyUrl: 'https://x/verify/1', imageId: 'img', pdfId: 'pdf' },
      true,
    );
    expect(messages.map((m) => m.kind)).toEqual(['image', 'document']);
    expect(bodyOf(messages[0]!)).toContain('https://x/verify/1');
    const rendered = messages.map((m) => renderIntent('919800000001', m));
    expect(rendered[0]).toMatchObject({ type: 'image', image: { id: 'img' } });
    expect(rendered[1]).toMatchObject({ type: 'document', document: { id: 'pdf' } });
    for (const m of rendered) expect(outboundProblems(m)).toEqual([]);
  });
});
