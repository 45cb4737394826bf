import { isCraftId } from '../../crafts';
import { isLang } from '../../i18n/lang';
import type { MatchRequest } from './types';

export type RequestProblemCode =
  | 'craft_unknown'
  | 'quantity_invalid'
  | 'deadline_past'
  | 'location_invalid'
  | 'distance_invalid'
  | 'min_level_invalid'
  | 'language_unknown'
  | 'hours_per_piece_invalid'
  | 'reference_invalid';

export interface RequestProblem {
  path: string;
  code: RequestProblemCode;
}

export const MAX_QUANTITY = 1_000_000;

/** Domain checks on a match request; an empty list means it is fine. */
export function validateMatchRequest(
  r: MatchRequest,
  now: Date,
  knownCraft: (id: string) => boolean = isCraftId,
): RequestProblem[] {
  const problems: RequestProblem[] = [];
  const bad = (path: string, code: RequestProblemCode) => problems.push({ path, code });
  if (!knownCraft(r.craftId)) bad('craftId', 'craft_unknown');
  if (!Number.isInteger(r.quantity) || r.quantity < 1 || r.quantity > MAX_QUANTITY)
    bad('quantity', 'quantity_invalid');
  if (!(r.deadline instanceof Date) || !(r.deadline.getTime() > now.getTime()))
    bad('deadline', 'deadline_past');
  const { lat, lng } = r.location ?? {};
  if (!(Math.abs(lat) <= 90) || !(Math.abs(lng) <= 180)) bad('location', 'location_invalid');
  if (
    r.remoteOk !== true &&
    !(typeof r.maxDistanceKm === 'number' && r.maxDistanceKm > 0 && r.maxDistanceKm <= 5000)
  ) {
    bad('maxDistanceKm', 'distance_invalid');
  }
  if (!Number.isInteger(r.minLevel) || r.minLevel < 1 || r.minLevel > 5) bad('minLevel', 'min_level_invalid');
  r.preferredLanguages.forEach((l, i) => isLang(l) || bad(`preferredLanguages.${i}`, 'language_unknown'));
  if (!(r.hoursPerPiece > 0) || !Number.isFinite(r.hoursPerPiece))
    bad('hoursPerPiece', 'hours_per_piece_invalid');
  const ref = r.referenceEmbedding;
  if (ref && (ref.length === 0 || ref.some((x) => !Number.isFinite(x))))
    bad('referenceEmbedding', 'reference_invalid');
  return problems;
}
