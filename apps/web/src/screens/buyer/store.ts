/**
 * The buyer's own requests and orders, remembered on this device: the home screen lists them from
 * `GET /me/opportunities` and `GET /me/orders` (and keeps the last lists it saw here), and shows
 * these only when the API cannot be reached.
 */
export interface Remembered {
  id: string;
  title: string;
  at: string;
  /** The request's or order's status when last seen (a request also its offers sent and accepted). */
  status?: string;
  sent?: number;
  accepted?: number;
}

const KEYS = { requests: 'sb.buyer.requests', orders: 'sb.buyer.orders' } as const;
type Kind = keyof typeof KEYS;
const MAX = 50;

export function remembered(kind: Kind, userId: string): Remembered[] {
  try {
    const raw = localStorage.getItem(`${KEYS[kind]}.${userId}`);
    return raw ? (JSON.parse(raw) as Remembered[]) : [];
  } catch {
    return [];
  }
}

function keep(kind: Kind, userId: string, list: Remembered[]): void {
  try {
    localStorage.setItem(`${KEYS[kind]}.${userId}`, JSON.stringify(list.slice(0, MAX)));
  } catch {
    /* private mode: nothing to keep */
  }
}

/** One request or order she just made or opened, first in the list. */
export function remember(kind: Kind, userId: string, item: Remembered): void {
  keep(kind, userId, [item, ...remembered(kind, userId).filter((r) => r.id !== item.id)]);
}

/** The list the API just gave (newest first) replaces what was kept. */
export function rememberAll(kind: Kind, userId: string, items: Remembered[]): void {
  keep(kind, userId, items);
}
