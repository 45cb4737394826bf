import type { Lang } from '@shebalance/core/i18n/lang';
import { bn } from './bn';
import { en, type Catalog } from './en';
import { hi } from './hi';
import { mr } from './mr';
import { ta } from './ta';

export type { Catalog, MessageKey } from './en';

/** Every supported language has a complete catalog (enforced by the `Catalog` type and a test). */
export const CATALOGS: Readonly<Record<Lang, Catalog>> = { en, hi, ta, bn, mr };
