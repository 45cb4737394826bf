/** Earn use cases (issue 4): requests, matching, offers, orders, money, learned ranking. */
export * from './ports';
export * from './read-ports';
export * from './list-my-orders';
export * from './list-my-opportunities';
export * from './named-matches';
export * from './opportunities';
export * from './match';
export * from './offers';
export * from './orders';
export * from './money';
export * from './ranker';
export * from './reference-photos';
export * from './offer-expiry';
