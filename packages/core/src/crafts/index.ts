export type { Craft, CraftCategory, CraftNames, NsqfRef, PriceRange } from './types';
export { CRAFT_CATEGORIES } from './types';
export { HCSSC, TSC } from './nsqf';
export { CATEGORY_LABELS, categoryLabel } from './categories';
export { crafts, craftIds, craftLabel, craftTerms, findCraftByName, getCraft, isCraftId } from './taxonomy';
export { compactName, containsPhrase, normalizeName } from './normalize';
