/** Earn: matching, fairness, bulk-order teams, offers and orders, and the money ledger (pure domain). */

// Matching
export type {
  Candidate,
  CandidateCraft,
  DynamicFeature,
  FeatureKey,
  FeatureVector,
  GeoPoint,
  Match,
  MatchOptions,
  MatchRequest,
  MatchResult,
  RankContext,
  Reason,
  SkillLevel,
  StaticFeature,
  TeamCandidate,
} from './matching/types';
export { DYNAMIC_FEATURES, FEATURE_KEYS, STATIC_FEATURES } from './matching/types';
export { rankCandidates, teamCandidatesFrom } from './matching/scan';
export { MatchIndex, type MatchIndexOptions, type MatchIndexStats } from './matching/engine/match-index';
export { DEFAULT_K, isRemote, rankContextOf } from './matching/prepare';
export {
  validateMatchRequest,
  MAX_QUANTITY,
  type RequestProblem,
  type RequestProblemCode,
} from './matching/validate';
export {
  contributions,
  createWeightedRanker,
  scoreFeatures,
  type LinearForm,
  type Ranker,
} from './matching/ranker';
export {
  DEFAULT_WEIGHTS,
  MIN_OUTCOMES_FOR_LEARNED,
  NEUTRAL_FEATURE,
  NO_HISTORY_PRIORS,
  REMOTE_DISTANCE_SCALE_KM,
  REMOTE_PROXIMITY_WEIGHT,
  WEIGHTED_RANKER_ID,
} from './matching/weights';
export { EARTH_RADIUS_KM, haversineKm } from './matching/geo';
export { embeddingCentroid, referenceCentroid } from './matching/portfolio';
export { dayMask, piecesBeforeDeadline, weeksByMask } from './matching/availability';
export {
  LANGUAGE_NAMES,
  LEVEL_NAMES,
  MATCH_MESSAGES,
  MATCH_REASON_KEYS,
  levelName,
  renderMatchReason,
  type Audience,
  type MatchReasonKey,
} from './matching/messages';

// Learned ranker
export { outcomeLabel, trainRanker, type RankingOutcome, type TrainOptions } from './matching/learned/train';
export {
  logisticRanker,
  parseModel,
  serializeModel,
  type LogisticRankerModel,
  type Metrics,
  type ModelEvaluation,
} from './matching/learned/model';
export {
  chooseRanker,
  DEFAULT_PROMOTION_POLICY,
  shouldPromote,
  type PromotionDecision,
  type PromotionPolicy,
} from './matching/learned/promote';
export { auc, ndcgAt } from './matching/learned/metrics';

// Fairness
export { DEFAULT_FAIRNESS_POLICY, protectedReason, type Boost, type FairnessPolicy } from './fairness/policy';
export { rerankForFairness, type FairMatch } from './fairness/rerank';
export { giniCoefficient } from './fairness/gini';

// Teams
export { allocate, type Allocatable } from './teams/allocate';
export {
  DEFAULT_TEAM_POLICY,
  proposeTeam,
  type TeamMember,
  type TeamPolicy,
  type TeamProposal,
} from './teams/propose';
export { renderTeamReason, TEAM_MESSAGES, TEAM_REASON_KEYS, type TeamReasonKey } from './teams/messages';

// Orders and offers
export {
  allowedTransitions,
  EARN_ACTORS,
  isFinalOrderStatus,
  isOrderStatus,
  ORDER_STATUSES,
  ORDER_TRANSITIONS,
  transition,
  type EarnActor,
  type OrderRefusal,
  type OrderRefusalCode,
  type OrderStatus,
  type OrderTransitionEvent,
  type OrderTransitionResult,
} from './orders/order-machine';
export {
  decideOffer,
  DECLINE_REASONS,
  DEFAULT_OFFER_EXPIRY,
  dueForExpiry,
  isDeclineReason,
  OFFER_STATUSES,
  offerExpiry,
  type DeclineReason,
  type Offer,
  type OfferAction,
  type OfferContext,
  type OfferExpiryPolicy,
  type OfferRefusalCode,
  type OfferResult,
  type OfferStatus,
} from './orders/offer-machine';
export { nextCandidate, piecesStillOpen, type NextOffer } from './orders/next-candidate';
export {
  declineReasonLabel,
  ORDER_MESSAGES,
  orderStatusLabel,
  renderOfferRefusal,
  renderOrderRefusal,
} from './orders/messages';

// Ledger
export {
  accountKind,
  artisanPayable,
  buyerReceivable,
  payoutsInTransit,
  PLATFORM_CASH,
  PLATFORM_FEE_REVENUE,
  type AccountKind,
} from './ledger/accounts';
export {
  assertBalanced,
  balances,
  ENTRY_KINDS,
  entryProblems,
  Journal,
  LedgerError,
  trialBalance,
  type EntryKind,
  type JournalEntry,
  type JournalLine,
} from './ledger/journal';
export {
  feeFor,
  MAX_FEE_BPS,
  postBuyerPayment,
  postBuyerRefund,
  postOrderPaid,
  postPayoutFailed,
  postPayoutInitiated,
  postPayoutSettled,
  type PaidOrder,
  type Payout,
} from './ledger/postings';
export { passbookFor, type Passbook, type PassbookOrder, type PassbookPayout } from './ledger/passbook';

// Utilities
export { createRng, type Rng } from './shared/prng';
