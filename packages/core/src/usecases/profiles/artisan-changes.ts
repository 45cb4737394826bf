import { isCraftId } from '../../crafts';
import type { Lang } from '../../i18n/lang';
import type { Repositories } from '../../ports/repositories';
import { hasConsent } from '../../profiles/consent';
import { coarsenLocation, isInIndia } from '../../profiles/location';
import { resolvePlace } from '../../profiles/place';
import {
  WEEKDAYS,
  type ArtisanCraft,
  type ArtisanProfile,
  type Availability,
  type GeoPoint,
} from '../../profiles/types';
import { invalid } from '../../shared/errors';

/** Fields of an artisan profile a person may set. Absent fields are left as they are. */
export interface ArtisanChanges {
  displayName?: string;
  preferredLanguage?: Lang;
  languages?: Lang[];
  district?: string;
  state?: string;
  location?: GeoPoint | null;
  availability?: Availability;
  crafts?: ArtisanCraft[];
  groupId?: string | null;
  /** Only reviewers and admins set this (the routes for artisans do not accept it). */
  isGroupLead?: boolean;
  bio?: string | null;
  portfolioPublic?: boolean;
}

/** Everything PUT replaces: fields it leaves out go back to their defaults. */
export type ArtisanProfileInput = Required<
  Pick<ArtisanChanges, 'displayName' | 'preferredLanguage' | 'district' | 'state' | 'availability' | 'crafts'>
> &
  Omit<ArtisanChanges, 'isGroupLead'>;

export const MAX_HOURS_PER_DAY = 16;

export function replacementChanges(input: ArtisanProfileInput): ArtisanChanges {
  return {
    ...input,
    languages: input.languages ?? [input.preferredLanguage],
    location: input.location ?? null,
    groupId: input.groupId ?? null,
    bio: input.bio ?? null,
    portfolioPublic: input.portfolioPublic ?? false,
  };
}

const field = (path: string, message: string) => [{ path, message }];

function checkAvailability(a: Availability): Availability {
  if (!Number.isInteger(a.hoursPerDay) || a.hoursPerDay < 0 || a.hoursPerDay > MAX_HOURS_PER_DAY) {
    throw invalid(
      'error.validation',
      {},
      field('availability.hoursPerDay', `must be a whole number from 0 to ${MAX_HOURS_PER_DAY}`),
    );
  }
  const days = WEEKDAYS.filter((d) => a.days.includes(d));
  if (days.length !== a.days.length)
    throw invalid('error.validation', {}, field('availability.days', 'days must be distinct weekdays'));
  return { days, hoursPerDay: a.hoursPerDay };
}

function checkCrafts(crafts: ArtisanCraft[]): ArtisanCraft[] {
  const seen = new Set<string>();
  crafts.forEach((c, i) => {
    if (!isCraftId(c.craftId))
      throw invalid(
        'profile.craft_unknown',
        { craft: c.craftId },
        field(`crafts.${i}.craftId`, 'unknown craft'),
      );
    if (seen.has(c.craftId))
      throw invalid(
        'profile.craft_duplicate',
        { craft: c.craftId },
        field(`crafts.${i}.craftId`, 'listed twice'),
      );
    if (!Number.isInteger(c.capacityPerWeek) || c.capacityPerWeek < 0) {
      throw invalid(
        'error.validation',
        {},
        field(`crafts.${i}.capacityPerWeek`, 'must be a whole number, 0 or more'),
      );
    }
    seen.add(c.craftId);
  });
  return [...crafts]
    .sort((a, b) => (a.craftId < b.craftId ? -1 : 1))
    .map((c) => ({ craftId: c.craftId, capacityPerWeek: c.capacityPerWeek }));
}

/** Checks a point is in India and coarsens it to about a kilometre. */
export function checkLocation(location: GeoPoint | null | undefined, path = 'location'): GeoPoint | null {
  if (!location) return null;
  if (!isInIndia(location)) throw invalid('profile.location_outside_india', {}, field(path, 'outside India'));
  return coarsenLocation(location);
}

const tidy = (text: string) => text.trim().replace(/\s+/g, ' ');

/**
 * Validates the fields present in `changes` (against `current` where they depend on it) and returns the
 * profile fields to overwrite. Domain rules live here so every entry point (her app, WhatsApp, a
 * reviewer) gets the same checks.
 */
export async function validateArtisanChanges(
  repos: Repositories,
  userId: string,
  current: ArtisanProfile | undefined,
  changes: ArtisanChanges,
): Promise<Partial<ArtisanProfile>> {
  const out: Partial<ArtisanProfile> = {};
  if (changes.displayName !== undefined) {
    out.displayName = tidy(changes.displayName);
    if (!out.displayName) throw invalid('error.validation', {}, field('displayName', 'must not be empty'));
  }
  if (changes.preferredLanguage !== undefined) out.preferredLanguage = changes.preferredLanguage;
  const preferred = out.preferredLanguage ?? current?.preferredLanguage;
  if (changes.languages !== undefined || out.preferredLanguage !== undefined) {
    const spoken = changes.languages ?? current?.languages ?? [];
    out.languages = [...new Set([...(preferred ? [preferred] : []), ...spoken])];
  }
  if (changes.district !== undefined || changes.state !== undefined) {
    const district = changes.district ?? current?.district;
    const state = changes.state ?? current?.state;
    if (district === undefined || state === undefined)
      throw invalid('error.validation', {}, field('district', 'district and state are both needed'));
    const place = resolvePlace({ district, state });
    out.district = place.district;
    out.state = place.state;
  }
  if (changes.location !== undefined) out.location = checkLocation(changes.location);
  if (changes.availability !== undefined) out.availability = checkAvailability(changes.availability);
  if (changes.crafts !== undefined) out.crafts = checkCrafts(changes.crafts);
  if (changes.bio !== undefined) out.bio = changes.bio === null ? null : tidy(changes.bio) || null;

  if (changes.groupId !== undefined) {
    if (changes.groupId !== null && !(await repos.groups.get(changes.groupId))) {
      throw invalid('profile.group_unknown', {}, field('groupId', 'no such group'));
    }
    out.groupId = changes.groupId;
    if (changes.groupId !== current?.groupId) out.isGroupLead = false;
  }
  if (changes.isGroupLead !== undefined) {
    const groupId = out.groupId !== undefined ? out.groupId : (current?.groupId ?? null);
    if (changes.isGroupLead && !groupId)
      throw invalid('profile.group_lead_needs_group', {}, field('isGroupLead', 'needs a group'));
    out.isGroupLead = changes.isGroupLead;
  }
  if (changes.portfolioPublic !== undefined) {
    if (
      changes.portfolioPublic &&
      !current?.portfolioPublic &&
      !hasConsent(await repos.consents.listForUser(userId), 'public_portfolio')
    ) {
      throw invalid(
        'profile.portfolio_needs_consent',
        {},
        field('portfolioPublic', 'needs public_portfolio consent'),
      );
    }
    out.portfolioPublic = changes.portfolioPublic;
  }
  return out;
}
