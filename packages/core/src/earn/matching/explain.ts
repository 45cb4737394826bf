import { SUPPORTED_LANGS } from '../../i18n/lang';
import type { PreparedRequest } from './prepare';
import { contributions, type Ranker } from './ranker';
import type { FeatureKey, FeatureVector, Match, Reason } from './types';

/** What is known about one matched artisan, whichever path (index or plain scan) found her. */
export interface MatchData {
  artisanId: string;
  raw: number;
  distanceKm: number;
  capacity: number;
  level: number;
  skillScore: number;
  joinedAt: Date;
  groupId: string | null;
  onTimeRate: number | null;
  rating: number | null;
  responseRate: number | null;
  languagesMask: number;
  hasEmbedding: boolean;
  features: FeatureVector;
}

const pct = (x: number) => Math.round(x * 100);
const oneDecimal = (x: number) => Math.round(x * 10) / 10;

/** Feature reasons, most important first (by how much each added to her score), then the constraint met. */
export function explainMatch(prep: PreparedRequest, ranker: Ranker, d: MatchData): Reason[] {
  const parts = contributions(ranker, prep.ctx, d.features);
  const feature: { key: FeatureKey; reason: Reason }[] = [];
  const add = (key: FeatureKey, reason: Reason) => feature.push({ key, reason });
  add('skill', {
    key: 'skill',
    params: { craftId: prep.request.craftId, level: d.level, score: Math.round(d.skillScore) },
  });
  const km = d.distanceKm < 10 ? oneDecimal(d.distanceKm) : Math.round(d.distanceKm);
  add('proximity', prep.ctx.remote ? { key: 'remote', params: { km } } : { key: 'distance', params: { km } });
  if (d.onTimeRate !== null) add('onTime', { key: 'on_time', params: { percent: pct(d.onTimeRate) } });
  if (d.rating !== null) add('rating', { key: 'rating', params: { stars: oneDecimal(d.rating) } });
  if (d.responseRate !== null) add('response', { key: 'response', params: { percent: pct(d.responseRate) } });
  const shared = prep.request.preferredLanguages.find(
    (l) => d.languagesMask & (1 << SUPPORTED_LANGS.indexOf(l)),
  );
  if (prep.ctx.hasLanguagePreference && shared)
    add('language', { key: 'language', params: { lang: shared } });
  if (prep.ctx.hasReference && d.hasEmbedding) {
    add('similarity', { key: 'similarity', params: { percent: pct(d.features.similarity) } });
  }
  feature.sort((a, b) => parts[b.key] - parts[a.key]);
  const reasons: Reason[] = feature.map((f) => ({
    ...f.reason,
    params: { ...f.reason.params, points: pct(parts[f.key]) },
  }));
  reasons.push({ key: 'capacity', params: { pieces: d.capacity, quantity: prep.request.quantity } });
  if (d.onTimeRate === null && d.rating === null && d.responseRate === null)
    reasons.push({ key: 'new_artisan', params: {} });
  return reasons;
}

export function toMatch(prep: PreparedRequest, ranker: Ranker, rank: number, d: MatchData): Match {
  return {
    artisanId: d.artisanId,
    rank,
    score: ranker.link(d.raw),
    raw: d.raw,
    distanceKm: oneDecimal(d.distanceKm),
    capacity: d.capacity,
    level: d.level,
    skillScore: d.skillScore,
    joinedAt: d.joinedAt,
    groupId: d.groupId,
    features: d.features,
    reasons: explainMatch(prep, ranker, d),
  };
}
