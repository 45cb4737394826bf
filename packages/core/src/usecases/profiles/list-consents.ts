import { currentConsents, type ConsentStatus } from '../../profiles/consent';
import type { Consent } from '../../profiles/types';
import type { Actor, CoreDeps } from '../deps';

export interface ConsentOverview {
  current: ConsentStatus[];
  /** Every record, newest first. */
  history: Consent[];
}

export async function consentOverview(
  deps: Pick<CoreDeps, 'repos'>,
  userId: string,
): Promise<ConsentOverview> {
  const history = await deps.repos.consents.listForUser(userId);
  return { current: currentConsents(history), history: [...history].reverse() };
}

/** Her consent state per purpose and the full history. Only her own: there is no subject parameter. */
export function listConsents(deps: CoreDeps, actor: Actor): Promise<ConsentOverview> {
  return consentOverview(deps, actor.userId);
}
