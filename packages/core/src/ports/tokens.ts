import type { Role } from '../identity/roles';

/** What a verified access token says about its bearer. */
export interface AccessClaims {
  sub: string;
  role: Role;
  /** Whether this session passed multi-factor authentication. */
  mfa: boolean;
  /** Issued-at, seconds since the epoch. */
  iat: number;
  /** Where the identity came from: our own OTP sign-in or a Cognito user pool. */
  source: 'otp' | 'cognito';
  /** Only for Cognito tokens: what the user pool asserts, used to link or provision the local user. */
  cognito?: { phone: string | null; phoneVerified: boolean; groups: string[] };
}

export interface TokenService {
  issueAccessToken(claims: {
    sub: string;
    role: Role;
    mfa: boolean;
  }): Promise<{ token: string; expiresIn: number }>;
  /** Short-lived token proving the first factor passed, exchanged for a session after TOTP. */
  issueMfaChallenge(sub: string): Promise<string>;
  verifyMfaChallenge(token: string): Promise<{ sub: string } | undefined>;
  /** Throws AppError('unauthorized') for any invalid, expired or tampered token. */
  verifyAccessToken(token: string): Promise<AccessClaims>;
}

export interface TotpVerifier {
  generateSecret(): string;
  keyUri(account: string, secret: string): string;
  verify(code: string, secret: string): boolean;
}
