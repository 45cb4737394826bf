import { t } from '../../i18n/messages';
import { CURRENT_CONSENT_TEXT_VERSION } from '../../profiles/consent';
import type { ArtisanProfile, Consent, ConsentPurpose, User } from '../../profiles/types';
import { conflict } from '../../shared/errors';
import type { Actor, CoreDeps } from '../deps';
import { replacementChanges, type ArtisanProfileInput } from './artisan-changes';
import { requireStaff } from './guards';
import { appendConsent } from './record-consent';
import { writeArtisan } from './write-artisan';

export interface OnboardArtisanInput extends ArtisanProfileInput {
  /** E.164, already normalised at the edge. */
  phone: string;
  isGroupLead?: boolean;
  /** What she agreed to (or declined) when the reviewer read her the consent texts. */
  consents: { purpose: ConsentPurpose; granted: boolean; textVersion?: string }[];
}

export interface OnboardedArtisan {
  user: User;
  profile: ArtisanProfile;
  consents: Consent[];
  /** Whether the welcome message telling her about her new account went out. */
  welcomeSent: boolean;
}

/**
 * Assisted onboarding: a reviewer (or admin) registers an artisan on her behalf. Her account, profile and
 * consents (recorded as given through the reviewer) are written in one transaction: all or nothing. She
 * then gets a message in her language so she knows an account exists in her name.
 */
export async function onboardArtisan(
  deps: CoreDeps,
  actor: Actor,
  input: OnboardArtisanInput,
): Promise<OnboardedArtisan> {
  requireStaff(actor);
  const now = deps.clock.now();
  const result = await deps.uow.run(async (repos) => {
    if (await repos.users.findByPhone(input.phone)) throw conflict('profile.phone_taken');
    const user = await repos.users.create({
      id: deps.ids.uuid(),
      phone: input.phone,
      role: 'artisan',
      status: 'active',
      displayName: input.displayName.trim(),
      preferredLanguage: input.preferredLanguage,
      mfaEnabled: false,
      tokensValidAfter: null,
      cognitoSub: null,
      isDemo: false,
      createdAt: now,
    });
    const { phone: _phone, consents: _consents, isGroupLead, ...fields } = input;
    const changes = {
      ...replacementChanges({ ...fields, portfolioPublic: false }),
      ...(isGroupLead !== undefined ? { isGroupLead } : {}),
    };
    const via = actor.role === 'admin' ? 'admin' : 'reviewer';
    let profile = await writeArtisan(deps, repos, {
      userId: user.id,
      existing: undefined,
      changes,
      actorId: actor.userId,
      via,
      createdBy: actor.userId,
    });
    const consents: Consent[] = [];
    for (const c of input.consents) {
      const textVersion = c.textVersion ?? CURRENT_CONSENT_TEXT_VERSION;
      consents.push(
        await appendConsent(deps, repos, user.id, actor.userId, {
          purpose: c.purpose,
          granted: c.granted,
          channel: 'reviewer',
          textVersion,
        }),
      );
    }
    profile = (await repos.artisans.get(user.id)) ?? profile;
    await repos.audit.append({
      actorId: actor.userId,
      action: 'artisan.onboarded',
      subjectType: 'user',
      subjectId: user.id,
      data: { by: via, consents: consents.map((c) => `${c.purpose}:${c.granted ? 'granted' : 'declined'}`) },
    });
    return { user: { ...user, displayName: profile.displayName }, profile, consents };
  });

  const text = t(result.user.preferredLanguage, 'profile.onboarded_welcome', {
    name: result.profile.displayName,
  });
  const welcomeSent = await deps.messaging
    .send({ to: result.user.phone, kind: 'text', purpose: 'onboarding', text })
    .then(() => true)
    .catch(() => false);
  return { ...result, welcomeSent };
}
