import type { ArtisanProfile } from '../../profiles/types';
import { AppError, forbidden } from '../../shared/errors';
import type { Actor } from '../deps';
import type { PortfolioDeps } from './portfolio';

/** Her own portfolio state: shown or hidden, and the works she chose (read without changing anything). */
export async function viewMyPortfolio(
  deps: Pick<PortfolioDeps, 'artisans' | 'store'>,
  actor: Actor,
): Promise<{ profile: ArtisanProfile; works: string[] }> {
  if (actor.role !== 'artisan') throw forbidden();
  const profile = await deps.artisans.get(actor.userId);
  if (!profile) throw new AppError('conflict', 'profile.create_first');
  return { profile, works: await deps.store.portfolioWorks(actor.userId) };
}
