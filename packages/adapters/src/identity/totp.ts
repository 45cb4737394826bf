import { generateSecret, generateURI, verifySync } from 'otplib';
import type { TotpVerifier } from '@shebalance/core';

/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s) as authenticator apps expect; accepts ±1 step of clock drift. */
export function otplibTotp(issuer: string): TotpVerifier {
  return {
    generateSecret: () => generateSecret(),
    keyUri: (account, secret) => generateURI({ issuer, label: account, secret }),
    verify(code, secret) {
      try {
        return verifySync({ secret, token: code, epochTolerance: 30 }).valid;
      } catch {
        return false;
      }
    },
  };
}
