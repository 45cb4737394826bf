import { isE164 } from '../../identity/cognito';
import type { Role } from '../../identity/roles';
import type { Lang } from '../../i18n/lang';
import type { User } from '../../profiles/types';
import { conflict, invalid } from '../../shared/errors';
import type { Actor, CoreDeps } from '../deps';
import { assertAdmin } from './assert-admin';

export interface CreateUserInput {
  phone: string;
  role: Role;
  displayName?: string;
  preferredLanguage?: Lang;
}

/**
 * An admin creates an account with any role (how reviewers and other admins come to exist). She signs
 * in with her phone as usual; staff then enroll TOTP before acting as staff.
 */
export async function createUser(deps: CoreDeps, actor: Actor, input: CreateUserInput): Promise<User> {
  assertAdmin(actor);
  if (!isE164(input.phone)) throw invalid('error.phone_invalid');
  const taken = () => conflict('profile.phone_taken');
  if (await deps.repos.users.findByPhone(input.phone)) throw taken();
  try {
    return await deps.uow.run(async (repos) => {
      const user = await repos.users.create({
        id: deps.ids.uuid(),
        phone: input.phone,
        role: input.role,
        status: 'active',
        displayName: input.displayName?.trim() || null,
        preferredLanguage: input.preferredLanguage ?? 'en',
        mfaEnabled: false,
        tokensValidAfter: null,
        cognitoSub: null,
        isDemo: false,
        createdAt: deps.clock.now(),
      });
      await repos.audit.append({
        actorId: actor.userId,
        action: 'admin.user_created',
        subjectType: 'user',
        subjectId: user.id,
        data: { role: user.role },
      });
      return user;
    });
  } catch (error) {
    // Someone registered the same number between the check and the insert (unique index).
    if (await deps.repos.users.findByPhone(input.phone)) throw taken();
    throw error;
  }
}
