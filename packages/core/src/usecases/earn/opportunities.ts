import { craftLabel, getCraft, isCraftId } from '../../crafts';
import { validateMatchRequest, type RequestProblem } from '../../earn/index';
import type { Lang } from '../../i18n/lang';
import type { AppError } from '../../shared/errors';
import { conflict, forbidden, invalid, notFound } from '../../shared/errors';
import type { Actor } from '../deps';
import type { EarnDeps, EarnStore, OpportunityRecord } from './ports';

/** What a buyer sends (already shape-checked at the edge). Money in integer paise, INR only. */
export interface OpportunityInput {
  title?: string | null;
  description: string;
  craftIds: string[];
  quantity: number;
  unitPricePaise?: number | null;
  budgetPaise?: number | null;
  deadline: Date;
  location?: { lat: number; lng: number } | null;
  district?: string | null;
  state?: string | null;
  maxDistanceKm?: number | null;
  remoteOk?: boolean;
  minLevel?: number;
  languages?: Lang[];
  referenceMediaIds?: string[];
}

const isStaff = (actor: Actor) => actor.role === 'admin';

/** The request, if the actor may manage it (its buyer or an admin); 404 for anyone else (no existence leak). */
export async function loadOwnedOpportunity(
  store: EarnStore,
  actor: Actor,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<OpportunityRecord> {
  const o = await store.getOpportunity(id, options);
  if (!o || (o.buyerId !== actor.userId && !isStaff(actor))) throw notFound('request');
  return o;
}

function problemError(problems: RequestProblem[], craftIds: string[]): AppError {
  const errors = problems.map((p) => ({ path: p.path, message: p.code }));
  const first = problems[0]!;
  if (first.code === 'craft_unknown')
    return invalid('profile.craft_unknown', { craft: craftIds.find((c) => !isCraftId(c)) ?? '' }, errors);
  if (first.code === 'deadline_past') return invalid('earn.deadline_past', {}, errors);
  if (first.code === 'location_invalid' || first.code === 'distance_invalid')
    return invalid('earn.location_needed', {}, errors);
  return invalid('error.validation', {}, errors);
}

/** Domain checks shared by create and update: crafts, quantity, deadline, place, level, price, photos. */
async function check(deps: EarnDeps, actor: Actor, o: OpportunityRecord): Promise<void> {
  const now = deps.clock.now();
  const unknown = o.craftIds.find((c) => !isCraftId(c));
  if (unknown)
    throw invalid('profile.craft_unknown', { craft: unknown }, [
      { path: 'craftIds', message: 'craft_unknown' },
    ]);
  for (const craftId of o.craftIds) {
    const problems = validateMatchRequest(
      {
        craftId,
        quantity: o.quantity,
        deadline: o.deadline,
        location:
          o.remoteOk && o.lat === null ? { lat: 0, lng: 0 } : { lat: o.lat ?? NaN, lng: o.lng ?? NaN },
        maxDistanceKm: o.maxDistanceKm,
        remoteOk: o.remoteOk,
        minLevel: o.minLevel,
        preferredLanguages: o.languages,
        hoursPerPiece: getCraft(craftId)!.hoursPerPiece,
      },
      now,
    );
    if (problems.length) throw problemError(problems, o.craftIds);
  }
  if (o.unitPricePaise === null && o.budgetPaise === null) throw invalid('earn.price_needed');
  if (o.referenceMediaIds.length) {
    const owned = await deps.store.ownedMedia(o.referenceMediaIds, actor.userId);
    if (owned.length !== new Set(o.referenceMediaIds).size) throw invalid('earn.media_unknown');
  }
}

function fromInput(
  input: OpportunityInput,
): Omit<OpportunityRecord, 'id' | 'buyerId' | 'status' | 'createdAt' | 'updatedAt'> {
  const craft = getCraft(input.craftIds[0] ?? '');
  return {
    title:
      input.title?.trim() ||
      (craft ? `${input.quantity} × ${craftLabel(craft, 'en')}` : `${input.quantity} pieces`),
    description: input.description,
    craftIds: [...new Set(input.craftIds)],
    quantity: input.quantity,
    unitPricePaise: input.unitPricePaise ?? null,
    budgetPaise: input.budgetPaise ?? null,
    currency: 'INR',
    deadline: input.deadline,
    district: input.district ?? null,
    state: input.state ?? null,
    lat: input.location?.lat ?? null,
    lng: input.location?.lng ?? null,
    maxDistanceKm: input.maxDistanceKm ?? null,
    remoteOk: input.remoteOk ?? false,
    minLevel: input.minLevel ?? 1,
    languages: input.languages ?? [],
    referenceMediaIds: [...new Set(input.referenceMediaIds ?? [])],
  };
}

export async function createOpportunity(
  deps: EarnDeps,
  actor: Actor,
  input: OpportunityInput,
): Promise<OpportunityRecord> {
  if (actor.role !== 'buyer') throw forbidden();
  const now = deps.clock.now();
  const record: OpportunityRecord = {
    id: deps.ids.uuid(),
    buyerId: actor.userId,
    status: 'open',
    createdAt: now,
    updatedAt: now,
    ...fromInput(input),
  };
  await check(deps, actor, record);
  await deps.store.insertOpportunity(record);
  await deps.audit.append({
    actorId: actor.userId,
    action: 'opportunity.created',
    subjectType: 'opportunity',
    subjectId: record.id,
  });
  return record;
}

/** Editable by its buyer until offers go out (then 409). Fields not given keep their values. */
export async function updateOpportunity(
  deps: EarnDeps,
  actor: Actor,
  id: string,
  patch: Partial<OpportunityInput>,
): Promise<OpportunityRecord> {
  return deps.store.transaction(async (store) => {
    const current = await loadOwnedOpportunity(store, actor, id, { forUpdate: true });
    if (current.status === 'cancelled' || current.status === 'filled') throw conflict('earn.request_closed');
    if (current.status !== 'open') throw conflict('earn.request_locked');
    const merged: OpportunityInput = {
      title: current.title,
      description: current.description,
      craftIds: current.craftIds,
      quantity: current.quantity,
      unitPricePaise: current.unitPricePaise,
      budgetPaise: current.budgetPaise,
      deadline: current.deadline,
      location: current.lat !== null && current.lng !== null ? { lat: current.lat, lng: current.lng } : null,
      district: current.district,
      state: current.state,
      maxDistanceKm: current.maxDistanceKm,
      remoteOk: current.remoteOk,
      minLevel: current.minLevel,
      languages: current.languages,
      referenceMediaIds: current.referenceMediaIds,
      ...patch,
    };
    const next: OpportunityRecord = { ...current, ...fromInput(merged), updatedAt: deps.clock.now() };
    await check({ ...deps, store }, actor, next);
    await store.updateOpportunity(id, next);
    return next;
  });
}

export async function cancelOpportunity(
  deps: EarnDeps,
  actor: Actor,
  id: string,
): Promise<OpportunityRecord> {
  const result = await deps.store.transaction(async (store) => {
    const current = await loadOwnedOpportunity(store, actor, id, { forUpdate: true });
    if (current.status === 'cancelled') return current;
    if (current.status === 'filled') throw conflict('earn.request_closed');
    const now = deps.clock.now();
    for (const offer of await store.offersFor(id))
      if (offer.status === 'sent') await store.updateOffer(offer.id, { status: 'withdrawn', decidedAt: now });
    await store.updateOpportunity(id, { status: 'cancelled', updatedAt: now });
    return { ...current, status: 'cancelled' as const, updatedAt: now };
  });
  await deps.audit.append({
    actorId: actor.userId,
    action: 'opportunity.cancelled',
    subjectType: 'opportunity',
    subjectId: id,
  });
  return result;
}

export type OpportunityView =
  { view: 'owner'; opportunity: OpportunityRecord } | { view: 'artisan'; opportunity: OpportunityRecord };

/** Owner buyer and admins see everything; an artisan matched or offered for it sees a limited view. */
export async function viewOpportunity(deps: EarnDeps, actor: Actor, id: string): Promise<OpportunityView> {
  const o = await deps.store.getOpportunity(id);
  if (!o) throw notFound('request');
  if (o.buyerId === actor.userId || isStaff(actor)) return { view: 'owner', opportunity: o };
  if (actor.role === 'artisan' && (await deps.store.wasMatched(id, actor.userId)))
    return { view: 'artisan', opportunity: o };
  throw notFound('request');
}
