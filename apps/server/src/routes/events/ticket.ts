import type { CoreDeps, Role } from '@shebalance/core';
import { ROLES } from '@shebalance/core';

/**
 * A browser's EventSource cannot send an Authorization header, so the event stream takes a ticket
 * in its URL instead of the access token: short-lived, good only for `GET /events`, and signed with
 * the server pepper (HMAC), so any instance can check it without shared state. URLs end up in logs
 * and history; a ticket there is worth little and soon worth nothing (the request log redacts it too).
 */
export interface LiveTicket {
  sub: string;
  role: Role;
  /** Issued at / expires, seconds since the epoch. */
  iat: number;
  exp: number;
}

const PREFIX = 'lt1';
const PURPOSE = 'live-ticket:';

export const TICKET_TTL_SECONDS = 60;

export function issueTicket(
  deps: Pick<CoreDeps, 'hasher' | 'clock'>,
  who: { userId: string; role: Role },
  ttlSeconds = TICKET_TTL_SECONDS,
): { ticket: string; expiresIn: number } {
  const iat = Math.floor(deps.clock.now().getTime() / 1000);
  const claims: LiveTicket = { sub: who.userId, role: who.role, iat, exp: iat + ttlSeconds };
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return { ticket: `${PREFIX}.${body}.${deps.hasher.hash(PURPOSE + body)}`, expiresIn: ttlSeconds };
}

/** The ticket's claims when it is genuine and unexpired; undefined otherwise. */
export function readTicket(deps: Pick<CoreDeps, 'hasher' | 'clock'>, ticket: string): LiveTicket | undefined {
  const [prefix, body, mac, extra] = ticket.split('.');
  if (prefix !== PREFIX || !body || !mac || extra !== undefined) return undefined;
  if (!deps.hasher.verify(PURPOSE + body, mac)) return undefined;
  let claims: LiveTicket;
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as LiveTicket;
  } catch {
    return undefined;
  }
  if (typeof claims.sub !== 'string' || !ROLES.includes(claims.role) || typeof claims.exp !== 'number')
    return undefined;
  return claims.exp * 1000 > deps.clock.now().getTime() ? claims : undefined;
}
