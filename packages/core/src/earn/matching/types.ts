import type { Lang } from '../../i18n/lang';
import type { Weekday } from '../../profiles/types';

/** Skill levels: 1 Beginner, 2 Developing, 3 Skilled, 4 Expert, 5 Master. */
export type SkillLevel = 1 | 2 | 3 | 4 | 5;

/** One verified skill of an artisan (the caller passes verified skills only). */
export interface CandidateCraft {
  craftId: string;
  level: number;
  /** Verified skill score, 0–100. */
  score: number;
  /** Pieces she can make in a full working week in this craft. */
  capacityPerWeek: number;
}

/** Everything the engine needs to know about one artisan. */
export interface Candidate {
  id: string;
  crafts: readonly CandidateCraft[];
  lat: number;
  lng: number;
  /** Hours she can work in a week, spread evenly over `availableDays`. */
  weeklyHours: number;
  availableDays: readonly Weekday[];
  /** Hours of accepted work still to do (all of it due before any new deadline). */
  currentWorkloadHours: number;
  languages: readonly Lang[];
  /** Share of her orders delivered on time, 0–1; null when she has none yet. */
  onTimeRate: number | null;
  /** Average buyer rating, 1–5; null when she has none yet. */
  rating: number | null;
  /** Share of offers she answered, 0–1; null when she has had none. */
  responseRate: number | null;
  joinedAt: Date;
  groupId?: string | null;
  isGroupLead?: boolean;
  /** Centroid of her portfolio's image embeddings (Snap → Score). */
  embedding?: Float32Array | null;
}

export interface GeoPoint {
  lat: number;
  lng: number;
}

/** What a buyer asks for, as the engine sees it. */
export interface MatchRequest {
  craftId: string;
  quantity: number;
  deadline: Date;
  location: GeoPoint;
  /** Great-circle limit; ignored when `remoteOk`. */
  maxDistanceKm?: number | null;
  remoteOk?: boolean;
  minLevel: number;
  preferredLanguages: readonly Lang[];
  /** Centroid of the buyer's reference photos' embeddings. */
  referenceEmbedding?: Float32Array | null;
  /** Hands-on hours one piece takes (the craft taxonomy gives a default). */
  hoursPerPiece: number;
}

/** The ranking features, each normalised to 0–1 (1 is better). Static ones do not depend on the request. */
export const STATIC_FEATURES = ['skill', 'onTime', 'rating', 'response'] as const;
export const DYNAMIC_FEATURES = ['proximity', 'language', 'similarity'] as const;
export const FEATURE_KEYS = [...STATIC_FEATURES, ...DYNAMIC_FEATURES] as const;
export type StaticFeature = (typeof STATIC_FEATURES)[number];
export type DynamicFeature = (typeof DYNAMIC_FEATURES)[number];
export type FeatureKey = (typeof FEATURE_KEYS)[number];
export type FeatureVector = Record<FeatureKey, number>;

/** Which request-dependent features carry information for this request. */
export interface RankContext {
  remote: boolean;
  hasLanguagePreference: boolean;
  hasReference: boolean;
}

/** A structured explanation; rendered per language by `renderReason`. */
export interface Reason {
  key: string;
  params: Record<string, string | number>;
}

export interface Match {
  artisanId: string;
  /** 1-based. */
  rank: number;
  /** Ranker output: 0–1 (weighted share of the best possible, or probability of a good outcome). */
  score: number;
  /** Ranker's raw linear value; ties are broken by artisan id. */
  raw: number;
  distanceKm: number;
  /** Pieces she can make before the deadline after her current workload. */
  capacity: number;
  level: number;
  skillScore: number;
  joinedAt: Date;
  groupId: string | null;
  features: FeatureVector;
  reasons: Reason[];
}

export interface MatchResult {
  rankerId: string;
  context: RankContext;
  matches: Match[];
}

/** A qualified artisan who can make at least one piece: the raw material for a bulk-order team. */
export interface TeamCandidate {
  artisanId: string;
  capacity: number;
  level: number;
  skillScore: number;
  score: number;
  distanceKm: number;
  lat: number;
  lng: number;
  groupId: string | null;
  isGroupLead: boolean;
}

export interface MatchOptions {
  /** How many matches to return (default 10). */
  k?: number;
}
