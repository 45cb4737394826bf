export * from './ports';
export * from './issue';
export * from './revoke';
export * from './verify';
export * from './list';
export * from './portfolio';
export * from './my-portfolio';
export * from './page-messages';
