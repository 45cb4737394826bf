export * from './i18n';
export * from './shared/errors';
export * from './identity';
export * from './profiles';
export * from './ports';
export * from './usecases/deps';
export * from './crafts';
export * from './geo';
