import { bn } from './catalog/bn';
import { en } from './catalog/en';
import { hi } from './catalog/hi';
import { mr } from './catalog/mr';
import { ta } from './catalog/ta';
import type { Catalog } from './catalog/types';
import type { Lang } from './langs';

/** Every catalog at once (tests). The app loads only hers: ./load.ts. */
export const catalogs: Record<Lang, Catalog> = { en, hi, ta, bn, mr };
