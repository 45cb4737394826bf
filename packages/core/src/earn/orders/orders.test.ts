import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGS } from '../../i18n/lang';
import { ORDER_MESSAGES, renderOfferRefusal, renderOrderRefusal } from './messages';
import { nextCandidate, piecesStillOpen } from './next-candidate';
import { decideOffer, dueForExpiry, offerExpiry, type Offer } from './offer-machine';
import {
  allowedTransitions,
  isFinalOrderStatus,
  ORDER_STATUSES,
  ORDER_TRANSITIONS,
  transition,
  type EarnActor,
  type OrderStatus,
} from './order-machine';

const at = new Date('2025-03-03T04:30:00Z');
const HOUR = 3_600_000;
const order = (status: OrderStatus) => ({ id: 'o1', status, amountPaise: 150_000 });

describe('order state machine', () => {
  it('runs the happy path with the right people', () => {
    const steps: [OrderStatus, EarnActor][] = [
      ['in_progress', 'artisan'],
      ['ready', 'artisan'],
      ['shipped', 'artisan'],
      ['delivered', 'buyer'],
      ['confirmed', 'buyer'],
      ['paid', 'system'],
    ];
    let o = order('accepted');
    for (const [to, actor] of steps) {
      const r = transition(o, to, actor, at);
      if (!r.ok) throw new Error(JSON.stringify(r.refusal));
      expect(r.event).toEqual({ from: o.status, to, actor, at });
      o = r.order;
    }
    expect(o).toEqual({ id: 'o1', status: 'paid', amountPaise: 150_000 });
  });

  it('refuses illegal moves with a typed reason and leaves the order unchanged', () => {
    const o = order('accepted');
    expect(transition(o, 'shipped', 'artisan', at)).toMatchObject({
      ok: false,
      refusal: { code: 'illegal_transition', from: 'accepted', to: 'shipped' },
    });
    expect(transition(order('delivered'), 'confirmed', 'artisan', at)).toMatchObject({
      ok: false,
      refusal: { code: 'actor_not_allowed', allowed: ['buyer', 'admin', 'system'] },
    });
    expect(transition(order('paid'), 'disputed', 'admin', at)).toMatchObject({
      ok: false,
      refusal: { code: 'final_state' },
    });
    expect(transition(o, 'accepted', 'admin', at)).toMatchObject({
      ok: false,
      refusal: { code: 'same_state' },
    });
    expect(transition(o, 'teleported', 'admin', at)).toMatchObject({
      ok: false,
      refusal: { code: 'unknown_status' },
    });
    expect(o.status).toBe('accepted');
  });

  it('lets either side cancel before work starts, and only an admin after', () => {
    expect(transition(order('accepted'), 'cancelled', 'buyer', at).ok).toBe(true);
    expect(transition(order('accepted'), 'cancelled', 'artisan', at).ok).toBe(true);
    expect(transition(order('in_progress'), 'cancelled', 'buyer', at)).toMatchObject({
      ok: false,
      refusal: { code: 'actor_not_allowed' },
    });
    expect(transition(order('ready'), 'cancelled', 'admin', at).ok).toBe(true);
    expect(transition(order('shipped'), 'cancelled', 'admin', at)).toMatchObject({
      ok: false,
      refusal: { code: 'illegal_transition' },
    });
  });

  it('opens disputes only from shipped, delivered or confirmed, and only an admin resolves them', () => {
    for (const from of ORDER_STATUSES) {
      const ok = transition(order(from), 'disputed', 'buyer', at).ok;
      expect(ok, from).toBe(['shipped', 'delivered', 'confirmed'].includes(from));
    }
    expect(transition(order('disputed'), 'confirmed', 'buyer', at).ok).toBe(false);
    expect(transition(order('disputed'), 'confirmed', 'admin', at).ok).toBe(true);
    expect(transition(order('disputed'), 'cancelled', 'admin', at).ok).toBe(true);
  });

  it('reaches paid only through confirmed, and every open order can still finish', () => {
    const into = (target: OrderStatus) => ORDER_STATUSES.filter((s) => ORDER_TRANSITIONS[s][target]);
    expect(into('paid')).toEqual(['confirmed']);
    for (const start of ORDER_STATUSES) {
      const seen = new Set<OrderStatus>([start]);
      const queue = [start];
      while (queue.length) {
        for (const next of Object.keys(ORDER_TRANSITIONS[queue.shift()!]) as OrderStatus[]) {
          if (!seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      expect([...seen].some(isFinalOrderStatus), start).toBe(true);
    }
    expect(allowedTransitions('delivered', 'buyer')).toEqual(['confirmed', 'disputed']);
    expect(allowedTransitions('paid', 'admin')).toEqual([]);
  });
});

const offer = (patch: Partial<Offer> = {}): Offer => ({
  id: 'of1',
  opportunityId: 'op1',
  artisanId: 'a1',
  quantity: 5,
  status: 'sent',
  sentAt: at,
  expiresAt: new Date(at.getTime() + 24 * HOUR),
  decidedAt: null,
  declineReason: null,
  ...patch,
});
const later = new Date(at.getTime() + HOUR);

describe('offers', () => {
  it('expire after 24 hours, sooner for tight deadlines, never under 2 hours', () => {
    expect(offerExpiry(at, new Date(at.getTime() + 30 * 24 * HOUR))).toEqual(
      new Date(at.getTime() + 24 * HOUR),
    );
    expect(offerExpiry(at, new Date(at.getTime() + 48 * HOUR))).toEqual(new Date(at.getTime() + 12 * HOUR));
    expect(offerExpiry(at, new Date(at.getTime() + 4 * HOUR))).toEqual(new Date(at.getTime() + 2 * HOUR));
  });

  it('are accepted by the artisan before expiry, idempotently', () => {
    const first = decideOffer(offer(), 'accept', { actor: 'artisan', at: later, unallocated: 5 });
    expect(first).toMatchObject({ ok: true, changed: true, offer: { status: 'accepted', decidedAt: later } });
    const again = decideOffer(first.offer, 'accept', { actor: 'artisan', at: later, unallocated: 0 });
    expect(again).toMatchObject({ ok: true, changed: false, offer: { status: 'accepted' } });
    expect(decideOffer(offer(), 'accept', { actor: 'buyer', at: later, unallocated: 5 })).toMatchObject({
      ok: false,
      code: 'actor_not_allowed',
    });
    expect(
      decideOffer(offer(), 'accept', {
        actor: 'artisan',
        at: new Date(at.getTime() + 25 * HOUR),
        unallocated: 5,
      }),
    ).toMatchObject({ ok: false, code: 'offer_expired' });
  });

  it('let exactly one of two artisans take the last pieces', () => {
    let unallocated = 5; // what the locked opportunity row says inside each transaction
    const results = [offer({ id: 'x', artisanId: 'a1' }), offer({ id: 'y', artisanId: 'a2' })].map((o) => {
      const r = decideOffer(o, 'accept', { actor: 'artisan', at: later, unallocated });
      if (r.ok && r.changed) unallocated -= o.quantity;
      return r;
    });
    expect(results.map((r) => (r.ok ? r.offer.status : r.code))).toEqual(['accepted', 'sold_out']);
  });

  it('need a reason to decline, and cannot be answered once closed', () => {
    expect(decideOffer(offer(), 'decline', { actor: 'artisan', at: later })).toMatchObject({
      ok: false,
      code: 'decline_reason_required',
    });
    const declined = decideOffer(offer(), 'decline', { actor: 'artisan', at: later, reason: 'busy' });
    expect(declined).toMatchObject({ ok: true, offer: { status: 'declined', declineReason: 'busy' } });
    expect(
      decideOffer(declined.offer, 'accept', { actor: 'artisan', at: later, unallocated: 5 }),
    ).toMatchObject({ ok: false, code: 'offer_closed' });
  });

  it('tell her an offer the expiry job closed has expired', () => {
    const expired = decideOffer(offer(), 'expire', { actor: 'system', at: new Date(Date.UTC(2030, 0, 1)) });
    expect(expired).toMatchObject({ ok: true, offer: { status: 'expired' } });
    for (const action of ['accept', 'decline'] as const)
      expect(
        decideOffer(expired.offer, action, { actor: 'artisan', at: later, unallocated: 5, reason: 'busy' }),
      ).toMatchObject({ ok: false, code: 'offer_expired' });
  });

  it('expire only when due, and can be withdrawn by the buyer while open', () => {
    expect(decideOffer(offer(), 'expire', { actor: 'system', at: later })).toMatchObject({
      ok: false,
      code: 'not_yet_expired',
    });
    const due = new Date(at.getTime() + 24 * HOUR);
    expect(dueForExpiry([offer(), offer({ id: 'z', status: 'accepted' })], due).map((o) => o.id)).toEqual([
      'of1',
    ]);
    expect(decideOffer(offer(), 'expire', { actor: 'system', at: due })).toMatchObject({
      ok: true,
      offer: { status: 'expired' },
    });
    expect(decideOffer(offer(), 'withdraw', { actor: 'buyer', at: later })).toMatchObject({
      ok: true,
      offer: { status: 'withdrawn' },
    });
    expect(decideOffer(offer(), 'withdraw', { actor: 'artisan', at: later })).toMatchObject({
      ok: false,
      code: 'actor_not_allowed',
    });
  });

  it('move to the next match nobody has asked yet, for the pieces still open', () => {
    const matches = [
      { artisanId: 'a1', rank: 1, capacity: 10 },
      { artisanId: 'a2', rank: 2, capacity: 10 },
      { artisanId: 'a3', rank: 3, capacity: 3 },
      { artisanId: 'a4', rank: 4, capacity: 10 },
    ];
    const offers = [
      offer({ artisanId: 'a1', status: 'declined' }),
      offer({ artisanId: 'a2', status: 'expired' }),
    ];
    expect(piecesStillOpen(8, offers)).toBe(8);
    expect(nextCandidate(matches, offers, 8)).toEqual({ artisanId: 'a3', rank: 3, quantity: 3 });
    const more = [...offers, offer({ artisanId: 'a3', quantity: 3, status: 'accepted' })];
    expect(nextCandidate(matches, more, 8)).toEqual({ artisanId: 'a4', rank: 4, quantity: 5 });
    const all = [...more, offer({ artisanId: 'a4', quantity: 5, status: 'sent' })];
    expect(nextCandidate(matches, all, 8)).toBeUndefined(); // everything is taken or on offer
    expect(nextCandidate(matches.slice(0, 2), offers, 8)).toBeUndefined(); // list exhausted
  });
});

describe('order messages', () => {
  it('cover every code, status and reason in all five languages and render status names', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const lang of SUPPORTED_LANGS) {
      for (const section of ['order', 'offer', 'status', 'decline'] as const) {
        for (const [key, text] of Object.entries(ORDER_MESSAGES.en[section])) {
          const translated = (ORDER_MESSAGES[lang][section] as Record<string, string>)[key]!;
          expect(translated, `${lang}:${section}.${key}`).toBeTruthy();
          expect(holes(translated)).toEqual(holes(text));
        }
      }
    }
    expect(renderOrderRefusal({ code: 'illegal_transition', from: 'accepted', to: 'shipped' }, 'hi')).toBe(
      'ऑर्डर "स्वीकार" से "भेज दिया" पर नहीं जा सकता।',
    );
    expect(renderOfferRefusal('sold_out', 'ta')).toContain('மன்னிக்கவும்');
  });
});
