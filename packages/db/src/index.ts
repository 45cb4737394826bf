export * from './client';
export * as schema from './schema';
export * from './repositories';
export * from './dev-outbox';
export * from './jobs';
