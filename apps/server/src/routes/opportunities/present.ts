import { renderMatchReason, renderTeamReason } from '@shebalance/core/earn/index';
import type { Lang } from '@shebalance/core';
import type {
  ArtisanName,
  MatchRunRecord,
  OfferRecord,
  OpportunityRecord,
  OrderRecord,
  OrderView,
} from '@shebalance/core/usecases/earn/index';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const named = (n: ArtisanName | undefined) => (n ? { displayName: n.displayName, district: n.district } : {});

/** Owners see everything; a matched artisan sees the work, not the buyer's identity or exact place. */
export function presentOpportunity(o: OpportunityRecord, view: 'owner' | 'artisan') {
  const base = {
    id: o.id,
    view,
    title: o.title,
    description: o.description,
    craftIds: o.craftIds,
    quantity: o.quantity,
    unitPricePaise: o.unitPricePaise,
    budgetPaise: o.budgetPaise,
    currency: 'INR' as const,
    deadline: o.deadline.toISOString(),
    district: o.district,
    state: o.state,
    maxDistanceKm: o.maxDistanceKm,
    remoteOk: o.remoteOk,
    minLevel: o.minLevel,
    languages: o.languages,
    status: o.status,
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
  };
  if (view === 'artisan') return base;
  return {
    ...base,
    buyerId: o.buyerId,
    location: o.lat !== null && o.lng !== null ? { lat: o.lat, lng: o.lng } : null,
    referenceMediaIds: o.referenceMediaIds,
  };
}

/** Matches with reasons rendered in the buyer's language (keys kept for other languages). */
export function presentMatchRun(
  run: MatchRunRecord,
  lang: Lang,
  names: Map<string, ArtisanName> = new Map(),
) {
  return {
    runId: run.id,
    rankerId: run.rankerId,
    qualified: run.qualified,
    matches: run.matches
      // Team members outside the ranked list are stored without features: they appear in `team` only.
      .filter((m) => Object.keys(m.features).length > 0)
      .map((m) => ({
        artisanId: m.artisanId,
        score: Math.round(m.score * 1000) / 1000,
        rank: m.rank,
        reasons: m.reasons.map((r) => renderMatchReason(r, lang, 'buyer')),
        reasonKeys: m.reasons,
        distanceKm: Math.round(m.distanceKm * 10) / 10,
        capacity: m.capacity,
        level: m.level,
        craftId: m.craftId,
        boost: m.boost,
        ...named(names.get(m.artisanId)),
      })),
    ...(run.team
      ? {
          team: {
            craftId: run.team.craftId,
            groupId: run.team.groupId,
            leadArtisanId: run.team.leadArtisanId,
            members: run.team.members.map((m) => ({
              artisanId: m.artisanId,
              quantity: m.quantity,
              isLead: m.isLead,
              fromGroup: m.fromGroup,
              distanceKm: Math.round(m.distanceKm * 10) / 10,
              reason: renderTeamReason(m.reason, lang),
              ...named(names.get(m.artisanId)),
            })),
            explanation: run.team.explanation.map((r) => renderTeamReason(r, lang)),
          },
        }
      : {}),
  };
}

export function presentOffer(
  o: OfferRecord,
  extra: { amountPaise?: number; opportunity?: OpportunityRecord } = {},
) {
  return {
    id: o.id,
    opportunityId: o.opportunityId,
    artisanId: o.artisanId,
    rank: o.rank,
    quantity: o.quantity,
    status: o.status,
    team: o.viaTeam !== null,
    sentAt: o.sentAt.toISOString(),
    expiresAt: o.expiresAt.toISOString(),
    decidedAt: iso(o.decidedAt),
    declineReason: o.declineReason,
    ...(extra.amountPaise !== undefined ? { amountPaise: extra.amountPaise } : {}),
    ...(extra.opportunity ? { opportunity: presentOpportunity(extra.opportunity, 'artisan') } : {}),
  };
}

export function presentOrder(o: OrderRecord, view?: OrderView, photoUrl?: (key: string) => string) {
  return {
    id: o.id,
    opportunityId: o.opportunityId,
    offerId: o.offerId,
    artisanId: o.artisanId,
    buyerId: o.buyerId,
    craftId: o.craftId,
    quantity: o.quantity,
    amountPaise: o.amountPaise,
    status: o.status,
    dueAt: o.dueAt.toISOString(),
    deliveredAt: iso(o.deliveredAt),
    createdAt: o.createdAt.toISOString(),
    updatedAt: o.updatedAt.toISOString(),
    ...(view
      ? {
          you: view.party,
          allowedTransitions: view.allowed,
          events: view.events.map((e) => ({
            from: e.fromStatus,
            to: e.toStatus,
            actor: e.actor,
            at: e.at.toISOString(),
            note: e.note,
          })),
          ratings: view.ratings.map((r) => ({
            raterRole: r.raterRole,
            stars: r.stars,
            comment: r.comment,
            createdAt: r.createdAt.toISOString(),
          })),
          photos: view.photos.map((p) => ({
            id: p.id,
            url: photoUrl ? photoUrl(p.thumbnailKey) : p.thumbnailKey,
            quality: typeof p.quality.score === 'number' ? p.quality.score : null,
          })),
        }
      : {}),
  };
}
