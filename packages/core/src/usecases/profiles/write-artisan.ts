import type { Repositories } from '../../ports/repositories';
import type { ArtisanProfile } from '../../profiles/types';
import { AppError } from '../../shared/errors';
import type { CoreDeps } from '../deps';
import { validateArtisanChanges, type ArtisanChanges } from './artisan-changes';
import { generateHandle } from './generate-handle';

export interface WriteArtisan {
  userId: string;
  existing: ArtisanProfile | undefined;
  changes: ArtisanChanges;
  /** Who is writing (herself, a reviewer, an admin), for the audit trail. */
  actorId: string;
  via: 'self' | 'reviewer' | 'admin';
  /** For a new profile: the reviewer who onboarded her. */
  createdBy?: string | null;
}

const REQUIRED_ON_CREATE = [
  'displayName',
  'preferredLanguage',
  'district',
  'state',
  'availability',
  'crafts',
] as const;

/**
 * Validates and saves an artisan profile inside the caller's transaction, keeps the user's display name
 * and language in step, makes a new group lead the only one, and appends an audit entry.
 */
export async function writeArtisan(
  deps: Pick<CoreDeps, 'clock' | 'ids'>,
  repos: Repositories,
  w: WriteArtisan,
): Promise<ArtisanProfile> {
  const now = deps.clock.now();
  const fields = await validateArtisanChanges(repos, w.userId, w.existing, w.changes);
  let profile: ArtisanProfile;
  if (w.existing) {
    profile = { ...w.existing, ...fields, updatedAt: now };
  } else {
    if (REQUIRED_ON_CREATE.some((k) => fields[k] === undefined))
      throw new AppError('not_found', 'profile.create_first');
    profile = {
      userId: w.userId,
      handle: await generateHandle(repos, deps.ids, fields.displayName!),
      displayName: fields.displayName!,
      preferredLanguage: fields.preferredLanguage!,
      languages: fields.languages ?? [fields.preferredLanguage!],
      district: fields.district!,
      state: fields.state!,
      location: fields.location ?? null,
      availability: fields.availability!,
      crafts: fields.crafts!,
      groupId: fields.groupId ?? null,
      isGroupLead: fields.isGroupLead ?? false,
      bio: fields.bio ?? null,
      portfolioPublic: fields.portfolioPublic ?? false,
      createdBy: w.createdBy ?? null,
      createdAt: now,
      updatedAt: now,
    };
  }
  await repos.artisans.save(profile);
  if (fields.isGroupLead && profile.groupId)
    await repos.artisans.setGroupLead(profile.groupId, profile.userId);

  const userPatch = {
    ...(fields.displayName !== undefined ? { displayName: fields.displayName } : {}),
    ...(fields.preferredLanguage !== undefined ? { preferredLanguage: fields.preferredLanguage } : {}),
  };
  if (Object.keys(userPatch).length) await repos.users.update(w.userId, userPatch);

  await repos.audit.append({
    actorId: w.actorId,
    action: w.existing ? 'artisan.profile_updated' : 'artisan.profile_created',
    subjectType: 'artisan',
    subjectId: w.userId,
    // Which fields changed, never their values: the audit trail must not become a copy of her private data.
    data: { via: w.via, fields: Object.keys(fields).sort() },
  });
  return profile;
}
