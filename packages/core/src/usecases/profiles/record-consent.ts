import type { Repositories } from '../../ports/repositories';
import { isConsentPurpose } from '../../profiles/consent';
import type { Consent, ConsentChannel, ConsentPurpose } from '../../profiles/types';
import { invalid } from '../../shared/errors';
import type { Actor, CoreDeps } from '../deps';

export interface ConsentInput {
  purpose: ConsentPurpose;
  granted: boolean;
  channel: ConsentChannel;
  textVersion: string;
}

/**
 * Appends one consent record inside the caller's transaction. Withdrawing `public_portfolio` takes her
 * portfolio off public view at once. The purpose is checked here too: callers other than the HTTP edge
 * (WhatsApp flows, assisted onboarding) must not slip an unknown purpose in.
 */
export async function appendConsent(
  deps: Pick<CoreDeps, 'clock' | 'ids'>,
  repos: Repositories,
  subjectId: string,
  recordedBy: string,
  input: ConsentInput,
): Promise<Consent> {
  if (!isConsentPurpose(input.purpose)) {
    throw invalid('profile.consent_purpose_unknown', { purpose: String(input.purpose) }, [
      { path: 'purpose', message: 'unknown purpose' },
    ]);
  }
  const consent: Consent = {
    id: deps.ids.uuid(),
    userId: subjectId,
    purpose: input.purpose,
    granted: input.granted,
    channel: input.channel,
    textVersion: input.textVersion,
    recordedBy,
    createdAt: deps.clock.now(),
  };
  await repos.consents.add(consent);
  if (input.purpose === 'public_portfolio' && !input.granted) {
    const profile = await repos.artisans.get(subjectId);
    if (profile?.portfolioPublic)
      await repos.artisans.save({ ...profile, portfolioPublic: false, updatedAt: consent.createdAt });
  }
  await repos.audit.append({
    actorId: recordedBy,
    action: input.granted ? 'consent.granted' : 'consent.withdrawn',
    subjectType: 'user',
    subjectId,
    data: {
      purpose: input.purpose,
      channel: input.channel,
      textVersion: input.textVersion,
      consentId: consent.id,
    },
  });
  return consent;
}

/** A person records her own consent decision (any role: buyers accept platform terms too). */
export async function recordConsent(deps: CoreDeps, actor: Actor, input: ConsentInput): Promise<Consent> {
  if (input.channel === 'reviewer')
    throw invalid('error.validation', {}, [
      { path: 'channel', message: "'reviewer' is recorded by reviewers only" },
    ]);
  return deps.uow.run((repos) => appendConsent(deps, repos, actor.userId, actor.userId, input));
}
