export * from './system';
export * from './messaging';
export * from './object-store';
export * from './jobs';
export * from './tokens';
export * from './repositories';
export * from './live';
