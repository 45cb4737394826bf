import { gstinProblem, normalizeGstin } from '../../profiles/gstin';
import { resolvePlace } from '../../profiles/place';
import type { BuyerProfile, BuyerType, GeoPoint } from '../../profiles/types';
import { invalid } from '../../shared/errors';
import type { Actor, CoreDeps } from '../deps';
import { checkLocation } from './artisan-changes';
import { requireRole } from './guards';

export interface BuyerProfileInput {
  organisation: string;
  type: BuyerType;
  gstin?: string | null;
  district?: string | null;
  state?: string | null;
  location?: GeoPoint | null;
}

const GSTIN_HINTS = {
  length: 'must be 15 characters',
  format: 'must look like 22AAAAA0000A1Z5: state code, PAN, entity number, Z, check character',
  state_code: 'the first two digits must be a GST state code from 01 to 38',
  checksum: 'the last character does not match: please check for a typing mistake',
} as const;

/** Checks a GSTIN's shape, state code and check character; returns it normalised (or null). */
export function checkGstin(text: string | null | undefined): string | null {
  if (!text?.trim()) return null;
  const gstin = normalizeGstin(text);
  const problem = gstinProblem(gstin);
  if (problem) throw invalid('profile.gstin_invalid', {}, [{ path: 'gstin', message: GSTIN_HINTS[problem] }]);
  return gstin;
}

/** PUT: a buyer creates or replaces her organisation's profile. */
export async function saveBuyerProfile(
  deps: CoreDeps,
  actor: Actor,
  input: BuyerProfileInput,
): Promise<BuyerProfile> {
  requireRole(actor, 'buyer');
  const organisation = input.organisation.trim().replace(/\s+/g, ' ');
  if (!organisation)
    throw invalid('error.validation', {}, [{ path: 'organisation', message: 'must not be empty' }]);
  const gstin = checkGstin(input.gstin);
  if (input.district?.trim() && !input.state) {
    throw invalid('error.validation', {}, [{ path: 'state', message: 'a district needs its state' }]);
  }
  const place = input.state ? resolvePlace({ district: input.district ?? '', state: input.state }) : null;
  const location = checkLocation(input.location);
  const now = deps.clock.now();
  return deps.uow.run(async (repos) => {
    const existing = await repos.buyers.get(actor.userId);
    const profile: BuyerProfile = {
      userId: actor.userId,
      organisation,
      type: input.type,
      gstin,
      district: place?.district || null,
      state: place?.state ?? null,
      location,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    await repos.buyers.save(profile);
    await repos.audit.append({
      actorId: actor.userId,
      action: existing ? 'buyer.profile_updated' : 'buyer.profile_created',
      subjectType: 'buyer',
      subjectId: actor.userId,
      data: { type: profile.type, hasGstin: gstin !== null },
    });
    return profile;
  });
}
