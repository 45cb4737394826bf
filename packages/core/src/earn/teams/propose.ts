import { haversineKm } from '../matching/geo';
import { TopK } from '../matching/topk';
import type { Reason, TeamCandidate } from '../matching/types';
import { allocate } from './allocate';

/**
 * Bulk-order team proposal, for when no single artisan can make the quantity before the deadline.
 *
 * 1. Group first: among qualified candidates, the self-help group or cooperative with the most
 *    combined capacity (ties: more members, then group id); all its qualified members join, best
 *    capacity × skill first, up to `maxMembers`.
 * 2. Then nearby artisans: the others by distance to the group's centre (to the delivery place when
 *    there is no group), then higher match score, then id, until the team's capacity covers the
 *    quantity.
 * 3. Split: proportional to capacity × skill score, whole pieces, exactly the quantity, nobody above
 *    her capacity (allocate.ts). Members whose share rounds to nothing are left out.
 * 4. Lead: the group's leader when she is in the team.
 * Returns undefined when even `maxMembers` artisans cannot cover the quantity.
 */
export interface TeamPolicy {
  maxMembers: number;
}
export const DEFAULT_TEAM_POLICY: TeamPolicy = Object.freeze({ maxMembers: 25 });

export interface TeamMember {
  artisanId: string;
  quantity: number;
  capacity: number;
  fromGroup: boolean;
  isLead: boolean;
  distanceKm: number;
  reason: Reason;
}

export interface TeamProposal {
  quantity: number;
  groupId: string | null;
  leadArtisanId: string | null;
  members: TeamMember[];
  explanation: Reason[];
}

const weightOf = (c: TeamCandidate) => c.capacity * Math.max(c.skillScore, 1);
const byWeight = (a: TeamCandidate, b: TeamCandidate) =>
  weightOf(b) - weightOf(a) || (a.artisanId < b.artisanId ? -1 : 1);
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

function bestGroup(candidates: readonly TeamCandidate[]): { id: string; members: TeamCandidate[] } | null {
  const groups = new Map<string, { members: TeamCandidate[]; capacity: number }>();
  for (const c of candidates) {
    if (!c.groupId) continue;
    const g = groups.get(c.groupId);
    if (g) {
      g.members.push(c);
      g.capacity += c.capacity;
    } else groups.set(c.groupId, { members: [c], capacity: c.capacity });
  }
  let best: { id: string; members: TeamCandidate[]; capacity: number } | null = null;
  for (const [id, g] of groups) {
    const better =
      !best ||
      g.capacity > best.capacity ||
      (g.capacity === best.capacity &&
        (g.members.length > best.members.length ||
          (g.members.length === best.members.length && id < best.id)));
    if (better) best = { id, ...g };
  }
  return best;
}

/** The `n` candidates nearest to the anchor (ties: higher score, then smaller id), nearest first. */
function nearest(
  others: readonly TeamCandidate[],
  n: number,
  away: (c: TeamCandidate) => number,
): TeamCandidate[] {
  const heap = new TopK(
    n,
    (a, b) =>
      others[a]!.score > others[b]!.score ||
      (others[a]!.score === others[b]!.score && others[a]!.artisanId < others[b]!.artisanId),
  );
  others.forEach((c, i) => heap.offer(-away(c), i));
  return heap.sorted().map(({ item }) => others[item]!);
}

export function proposeTeam(
  candidates: readonly TeamCandidate[],
  quantity: number,
  policy: TeamPolicy = DEFAULT_TEAM_POLICY,
): TeamProposal | undefined {
  const usable = candidates.filter((c) => c.capacity >= 1);
  if (!Number.isInteger(quantity) || quantity < 1 || sum(usable.map((c) => c.capacity)) < quantity)
    return undefined;
  const group = bestGroup(usable);
  const team = group ? [...group.members].sort(byWeight).slice(0, policy.maxMembers) : [];
  const inTeam = new Set(team.map((c) => c.artisanId));
  const anchor = team.length
    ? { lat: sum(team.map((c) => c.lat)) / team.length, lng: sum(team.map((c) => c.lng)) / team.length }
    : null;
  const away = (c: TeamCandidate) =>
    anchor ? haversineKm(anchor.lat, anchor.lng, c.lat, c.lng) : c.distanceKm;
  const others = nearest(
    usable.filter((c) => !inTeam.has(c.artisanId)),
    Math.max(0, policy.maxMembers - team.length),
    away,
  );
  let capacity = sum(team.map((c) => c.capacity));
  for (const c of others) {
    if (capacity >= quantity || team.length >= policy.maxMembers) break;
    team.push(c);
    capacity += c.capacity;
  }
  if (capacity < quantity) return undefined;
  const shares = allocate(
    quantity,
    team.map((c) => ({ weight: weightOf(c), capacity: c.capacity })),
  );
  const lead = group
    ? team.find((c, i) => c.groupId === group.id && c.isGroupLead && shares[i]! > 0)
    : undefined;
  const members: TeamMember[] = team
    .map((c, i) => ({
      artisanId: c.artisanId,
      quantity: shares[i]!,
      capacity: c.capacity,
      fromGroup: !!group && c.groupId === group.id,
      isLead: c === lead,
      distanceKm: Math.round(c.distanceKm * 10) / 10,
      reason: { key: 'team_member_share', params: { quantity: shares[i]!, capacity: c.capacity } },
    }))
    .filter((m) => m.quantity > 0);
  const fromGroup = members.filter((m) => m.fromGroup);
  const nearby = members.filter((m) => !m.fromGroup);
  const explanation: Reason[] = [{ key: 'team_summary', params: { members: members.length, quantity } }];
  if (fromGroup.length)
    explanation.push({
      key: 'team_group',
      params: { members: fromGroup.length, pieces: sum(fromGroup.map((m) => m.quantity)) },
    });
  if (nearby.length)
    explanation.push({
      key: 'team_nearby',
      params: { members: nearby.length, pieces: sum(nearby.map((m) => m.quantity)) },
    });
  explanation.push({ key: 'team_split_rule', params: {} });
  if (lead) explanation.push({ key: 'team_lead', params: { artisanId: lead.artisanId } });
  return {
    quantity,
    groupId: group?.id ?? null,
    leadArtisanId: lead?.artisanId ?? null,
    members,
    explanation,
  };
}
