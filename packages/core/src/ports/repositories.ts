import type { OtpRecord } from '../identity/otp-policy';
import type { ArtisanProfile, BuyerProfile, Consent, Group, User } from '../profiles/types';

export interface UserRepository {
  findById(id: string): Promise<User | undefined>;
  findByPhone(phone: string): Promise<User | undefined>;
  findByCognitoSub(sub: string): Promise<User | undefined>;
  create(user: User): Promise<User>;
  update(id: string, patch: Partial<Omit<User, 'id' | 'createdAt'>>): Promise<void>;
  list(filter: { role?: User['role']; limit: number; offset: number }): Promise<User[]>;
}

export interface OtpRepository {
  create(record: OtpRecord & { ip: string }): Promise<void>;
  latestForPhone(phone: string): Promise<OtpRecord | undefined>;
  countSince(filter: { phone?: string; ip?: string }, since: Date): Promise<number>;
  recordWrongAttempt(id: string, lockAt: Date | null): Promise<number>;
  consume(id: string, at: Date): Promise<boolean>;
}

export interface RefreshTokenRecord {
  id: string;
  userId: string;
  familyId: string;
  tokenHash: string;
  mfa: boolean;
  expiresAt: Date;
  usedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
}

export interface RefreshTokenRepository {
  create(record: RefreshTokenRecord): Promise<void>;
  findByHash(tokenHash: string): Promise<RefreshTokenRecord | undefined>;
  /** Marks a token used; false when it was already used (a concurrent or replayed refresh). */
  markUsed(id: string, at: Date): Promise<boolean>;
  revokeFamily(familyId: string, at: Date): Promise<void>;
  revokeAllForUser(userId: string, at: Date): Promise<void>;
}

export interface MfaRecord {
  userId: string;
  secretSealed: string;
  enabledAt: Date | null;
}

export interface MfaRepository {
  get(userId: string): Promise<MfaRecord | undefined>;
  savePending(userId: string, secretSealed: string): Promise<void>;
  enable(userId: string, at: Date): Promise<void>;
  replaceRecoveryCodes(userId: string, codeHashes: string[]): Promise<void>;
  /** Consumes a recovery code; false when it does not exist or was used. */
  useRecoveryCode(userId: string, codeHash: string, at: Date): Promise<boolean>;
}

export interface ArtisanRepository {
  get(userId: string): Promise<ArtisanProfile | undefined>;
  getByHandle(handle: string): Promise<ArtisanProfile | undefined>;
  save(profile: ArtisanProfile): Promise<void>;
  handleExists(handle: string): Promise<boolean>;
  /** Newest first; `createdBy` narrows to one reviewer's onboardings, `groupId` to one group's members. */
  list(filter: {
    createdBy?: string;
    groupId?: string;
    limit: number;
    offset: number;
  }): Promise<ArtisanProfile[]>;
  /** Makes `userId` the only lead of `groupId` (null: the group has no lead). */
  setGroupLead(groupId: string, userId: string | null): Promise<void>;
}

export interface BuyerRepository {
  get(userId: string): Promise<BuyerProfile | undefined>;
  save(profile: BuyerProfile): Promise<void>;
}

export interface ConsentRepository {
  add(consent: Consent): Promise<void>;
  listForUser(userId: string): Promise<Consent[]>;
}

export interface GroupRepository {
  get(id: string): Promise<Group | undefined>;
  save(group: Group): Promise<void>;
  list(filter: { state?: string; limit: number; offset: number }): Promise<Group[]>;
}

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data?: Record<string, unknown>;
}

export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  /** How many `action` entries about one subject were appended since `since` (throttles, e.g. wrong MFA codes). */
  countSince(
    filter: { action: string; subjectType: string; subjectId: string },
    since: Date,
  ): Promise<number>;
}

/** Every repository, bound to one transaction or to the pool. */
export interface Repositories {
  users: UserRepository;
  otps: OtpRepository;
  refreshTokens: RefreshTokenRepository;
  mfa: MfaRepository;
  artisans: ArtisanRepository;
  buyers: BuyerRepository;
  consents: ConsentRepository;
  groups: GroupRepository;
  audit: AuditLog;
}

/** Runs `work` in one database transaction: all of it is written, or none of it. */
export interface UnitOfWork {
  run<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
}
