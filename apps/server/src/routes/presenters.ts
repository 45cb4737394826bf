import { maskPhone, type ArtisanProfile, type User } from '@shebalance/core';

/** The caller's own account: the one place a full phone number is shown (also to admins). */
export const presentUser = (user: User) => ({
  id: user.id,
  role: user.role,
  phone: user.phone,
  displayName: user.displayName,
  preferredLanguage: user.preferredLanguage,
  mfaEnabled: user.mfaEnabled,
  isDemo: user.isDemo,
});

export const presentPublicArtisan = (a: ArtisanProfile) => ({
  id: a.userId,
  handle: a.handle,
  displayName: a.displayName,
  languages: a.languages,
  district: a.district,
  state: a.state,
  crafts: a.crafts.map((c) => ({ craftId: c.craftId })),
  bio: a.bio,
  portfolioPublic: a.portfolioPublic,
});

export const presentPrivateArtisan = (a: ArtisanProfile, user: User) => ({
  ...presentPublicArtisan(a),
  view: 'full' as const,
  phone: user.phone,
  preferredLanguage: a.preferredLanguage,
  location: a.location,
  availability: a.availability,
  crafts: a.crafts,
  groupId: a.groupId,
  isGroupLead: a.isGroupLead,
  createdBy: a.createdBy,
  createdAt: a.createdAt.toISOString(),
  updatedAt: a.updatedAt.toISOString(),
});

export { maskPhone };
