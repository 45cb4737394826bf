import type {
  Clock,
  IdGenerator,
  LivePublisher,
  Messaging,
  SecretBox,
  SecretHasher,
  TokenService,
  TotpVerifier,
} from '../ports';
import type { Repositories, UnitOfWork } from '../ports/repositories';
import type { Role } from '../identity/roles';
import type { Lang } from '../i18n/lang';

/** What use cases may depend on. The composition root builds one of these. */
export interface CoreDeps {
  repos: Repositories;
  uow: UnitOfWork;
  clock: Clock;
  ids: IdGenerator;
  hasher: SecretHasher;
  secretBox: SecretBox;
  tokens: TokenService;
  totp: TotpVerifier;
  messaging: Messaging;
  /** Live updates to open apps (optional: nothing is announced without it). */
  live?: LivePublisher;
  settings: { refreshTokenTtlSeconds: number; totpIssuer: string };
}

/** Who is calling. Every use case checks access at its top against this. */
export interface Actor {
  userId: string;
  role: Role;
  mfa: boolean;
}

export interface RequestContext {
  ip: string;
  lang: Lang;
}
