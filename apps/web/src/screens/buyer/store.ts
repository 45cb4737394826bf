/**
 * The buyer's own requests and orders, remembered on this device: the home screen lists them from
 * `GET /me/opportunities` and `GET /me/orders`, and shows these only when the API cannot be reached.
 */
export interface Remembered {
  id: string;
  title: string;
  at: string;
}

const KEYS = { requests: 'sb.buyer.requests', orders: 'sb.buyer.orders' } as const;
type Kind = keyof typeof KEYS;

export function remembered(kind: Kind, userId: string): Remembered[] {
  try {
    const raw = localStorage.getItem(`${KEYS[kind]}.${userId}`);
    return raw ? (JSON.parse(raw) as Remembered[]) : [];
  } catch {
    return [];
  }
}

export function remember(kind: Kind, userId: string, item: Remembered): void {
  const list = [item, ...remembered(kind, userId).filter((r) => r.id !== item.id)].slice(0, 50);
  try {
    localStorage.setItem(`${KEYS[kind]}.${userId}`, JSON.stringify(list));
  } catch {
    /* private mode: nothing to keep */
  }
}
