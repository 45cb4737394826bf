export * from './lang';
export * from './messages';
