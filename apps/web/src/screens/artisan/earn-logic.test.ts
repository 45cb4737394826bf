import { describe, expect, it } from 'vitest';
import { evidencePhotoIds } from '../../api/credentials';
import type { Offer } from '../../api/earn';
import type { ArtisanProfile } from '../../api/types';
import {
  canAddPhotos,
  canAnswer,
  daysLeft,
  nextMoves,
  orderSteps,
  perPiecePaise,
  whyMatched,
} from './earn-logic';

const anOffer = (
  over: Partial<Offer> = {},
  work: Partial<NonNullable<Offer['opportunity']>> = {},
): Offer => ({
  id: 'o1',
  opportunityId: 'r1',
  artisanId: 'a1',
  rank: 2,
  quantity: 3,
  status: 'sent',
  team: false,
  sentAt: '2026-12-01T00:00:00Z',
  expiresAt: '2026-12-03T00:00:00Z',
  decidedAt: null,
  declineReason: null,
  amountPaise: 450_000,
  opportunity: {
    id: 'r1',
    title: 'Madhubani paintings',
    description: 'A3',
    craftIds: ['madhubani'],
    quantity: 3,
    unitPricePaise: 150_000,
    budgetPaise: null,
    deadline: '2026-12-31T00:00:00Z',
    district: 'Madhubani',
    state: 'Bihar',
    maxDistanceKm: 100,
    remoteOk: false,
    minLevel: 3,
    languages: ['hi'],
    status: 'open',
    ...work,
  },
  ...over,
});

const her = {
  crafts: [{ craftId: 'madhubani', capacityPerWeek: 4 }],
  district: 'madhubani ',
} as ArtisanProfile;

describe('why an offer came to her', () => {
  it('names her craft, the level, her district and her rank', () => {
    expect(whyMatched(anOffer(), her)).toEqual([
      { key: 'artisan.offers.why.craft', params: { craft: 'madhubani' } },
      { key: 'artisan.offers.why.level', params: { level: 3 } },
      { key: 'artisan.offers.why.sameDistrict', params: { district: 'Madhubani' } },
      { key: 'artisan.offers.why.rank', params: { rank: 2 } },
    ]);
  });

  it('says "from home" for remote work, "team" for a team offer, the distance elsewhere', () => {
    const keys = (o: Offer) => whyMatched(o, { ...her, district: 'Darbhanga' }).map((r) => r.key);
    expect(keys(anOffer({ team: true }, { remoteOk: true, minLevel: 1 }))).toEqual([
      'artisan.offers.why.craft',
      'artisan.offers.why.remote',
      'artisan.offers.why.team',
    ]);
    expect(keys(anOffer({ rank: 9 }, { minLevel: 1 }))).toEqual([
      'artisan.offers.why.craft',
      'artisan.offers.why.near',
    ]);
  });
});

describe('offer rules', () => {
  const now = new Date('2026-12-02T12:00:00Z');
  it('counts whole days left (0 on the last day)', () => {
    expect(daysLeft('2026-12-31T00:00:00Z', now)).toBe(28);
    expect(daysLeft('2026-12-22T12:00:30Z', now)).toBe(20);
    expect(daysLeft('2026-12-02T13:00:00Z', now)).toBe(0);
    expect(daysLeft('2026-12-01T00:00:00Z', now)).toBeLessThan(0);
  });
  it('can be answered only while sent and not expired', () => {
    expect(canAnswer(anOffer(), now)).toBe(true);
    expect(canAnswer(anOffer({ expiresAt: '2026-12-02T11:59:59Z' }), now)).toBe(false);
    expect(canAnswer(anOffer({ status: 'accepted' }), now)).toBe(false);
  });
  it('gives the price per piece from the request, else from the amount', () => {
    expect(perPiecePaise(anOffer())).toBe(150_000);
    expect(perPiecePaise(anOffer({ amountPaise: 100_000 }, { unitPricePaise: null }))).toBe(33_333);
  });
});

describe('order progress', () => {
  it('marks the steps before done and the current one', () => {
    const { steps, stopped } = orderSteps({ status: 'ready' });
    expect(stopped).toBeNull();
    expect(steps.map((s) => s.state)).toEqual(['done', 'done', 'current', 'todo', 'todo', 'todo', 'todo']);
    expect(orderSteps({ status: 'paid' }).steps.every((s) => s.state === 'done')).toBe(true);
  });
  it('keeps what a cancelled order had reached, and flags it', () => {
    const r = orderSteps({
      status: 'cancelled',
      events: [
        { from: 'accepted', to: 'in_progress', actor: 'artisan', at: '', note: null },
        { from: 'in_progress', to: 'cancelled', actor: 'admin', at: '', note: null },
      ],
    });
    expect(r.stopped).toBe('cancelled');
    expect(r.steps.map((s) => s.state).slice(0, 3)).toEqual(['done', 'done', 'todo']);
  });
  it('offers her own next moves only, and photos until paid or cancelled', () => {
    expect(nextMoves({ allowedTransitions: ['in_progress', 'cancelled'] })).toEqual(['in_progress']);
    expect(canAddPhotos({ status: 'shipped' })).toBe(true);
    expect(canAddPhotos({ status: 'paid' })).toBe(false);
  });
});

describe('portfolio works from a credential', () => {
  it('reads the photo ids of its evidence', () => {
    const a = '11111111-2222-4333-8444-555555555555';
    const b = '66666666-2222-4333-8444-555555555555';
    expect(
      evidencePhotoIds({
        credential: {
          evidence: [
            { id: `https://x.example/api/v1/public/works/${a}` },
            { id: `https://x.example/api/v1/public/works/${b}?size=full` },
            { url: `https://x.example/api/v1/public/works/${a}` },
            { url: 'https://elsewhere.example/photo.jpg' },
          ],
        },
      }),
    ).toEqual([a, b]);
  });
});
