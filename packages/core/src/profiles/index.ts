export * from './types';
export * from './access';
export * from './consent';
export * from './gstin';
export * from './handle';
export * from './location';
export * from './place';
export { transliterate } from './transliterate';
