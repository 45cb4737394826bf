import { hasConsent } from '../../profiles/consent';
import type { ArtisanProfile } from '../../profiles/types';
import type { ArtisanRepository, ConsentRepository } from '../../ports/repositories';
import { AppError, forbidden, notFound } from '../../shared/errors';
import type { Actor } from '../deps';
import type { CredentialDeps, CredentialRecord } from './ports';

export const MAX_PORTFOLIO_WORKS = 24;

export interface PortfolioDeps extends Pick<CredentialDeps, 'store' | 'clock' | 'audit'> {
  artisans: Pick<ArtisanRepository, 'get' | 'getByHandle' | 'save'>;
  consents: Pick<ConsentRepository, 'listForUser'>;
}

/**
 * She shows or hides her public portfolio and picks its works (her own photos). Showing it needs
 * her `public_portfolio` consent; hiding it is always possible.
 */
export async function updatePortfolio(
  deps: PortfolioDeps,
  actor: Actor,
  input: { public: boolean; works?: string[] },
): Promise<{ profile: ArtisanProfile; works: string[] }> {
  if (actor.role !== 'artisan') throw forbidden();
  const profile = await deps.artisans.get(actor.userId);
  if (!profile) throw new AppError('conflict', 'profile.create_first');
  if (input.public && !hasConsent(await deps.consents.listForUser(actor.userId), 'public_portfolio'))
    throw new AppError('forbidden', 'profile.portfolio_needs_consent');
  let works = await deps.store.portfolioWorks(actor.userId);
  if (input.works) {
    const wanted = [...new Set(input.works)].slice(0, MAX_PORTFOLIO_WORKS);
    const own = new Set(await deps.store.ownPhotoIds(actor.userId, wanted));
    const unknown = wanted.find((id) => !own.has(id));
    if (unknown) throw new AppError('validation', 'portfolio.unknown_work');
    await deps.store.setPortfolioWorks(actor.userId, wanted);
    works = wanted;
  }
  const updated = { ...profile, portfolioPublic: input.public, updatedAt: deps.clock.now() };
  if (profile.portfolioPublic !== input.public) {
    await deps.artisans.save(updated);
    await deps.audit.append({
      actorId: actor.userId,
      action: input.public ? 'portfolio.show' : 'portfolio.hide',
      subjectType: 'artisan',
      subjectId: actor.userId,
      data: { works: works.length },
    });
  }
  return { profile: updated, works };
}

export interface PublicPortfolio {
  profile: ArtisanProfile;
  works: string[];
  credentials: CredentialRecord[];
}

/** The public portfolio behind a handle; not found when it is hidden or her consent is withdrawn. */
export async function viewPublicPortfolio(deps: PortfolioDeps, handle: string): Promise<PublicPortfolio> {
  const profile = await deps.artisans.getByHandle(handle);
  if (!profile || !profile.portfolioPublic) throw notFound('portfolio');
  if (!hasConsent(await deps.consents.listForUser(profile.userId), 'public_portfolio'))
    throw notFound('portfolio');
  const [works, all] = await Promise.all([
    deps.store.portfolioWorks(profile.userId),
    deps.store.listForArtisan(profile.userId),
  ]);
  return { profile, works, credentials: all.filter((c) => !c.revokedAt) };
}
