import type { Lang } from '../i18n/lang';

/** The closed set of craft families SheBalance groups crafts into. */
export const CRAFT_CATEGORIES = [
  'embroidery',
  'printing-dyeing',
  'weaving',
  'painting',
  'pottery',
  'fibre',
  'woodwork',
  'metal',
  'jewellery',
  'other',
] as const;
export type CraftCategory = (typeof CRAFT_CATEGORIES)[number];

/** A craft's name in every supported language, in that language's own script. */
export type CraftNames = Readonly<Record<Lang, string>>;

/** Rupee range an artisan typically sells one piece for (average complexity). */
export interface PriceRange {
  readonly min: number;
  readonly max: number;
}

/** The National Skills Qualification Framework reference closest to the craft. */
export interface NsqfRef {
  /** The Sector Skill Council that owns the qualification. */
  readonly sector: string;
  /** The job role (qualification title) an artisan in this craft maps to. */
  readonly jobRole: string;
}

export interface Craft {
  /** Stable kebab-case ASCII id; stored in the database, never renamed. */
  readonly id: string;
  readonly category: CraftCategory;
  readonly names: CraftNames;
  /** Common spellings, romanized Hindi / Hinglish, sub-styles and place-names people use for it. */
  readonly aliases: readonly string[];
  /** ISO 3166-2:IN state/UT codes where the craft is traditional; empty = practised everywhere. */
  readonly regions: readonly string[];
  /** What one piece is, e.g. 'kurta', 'saree', 'painting (A3)'. */
  readonly unit: string;
  readonly priceInrPerPiece: PriceRange;
  /** Typical hands-on hours for one piece of average complexity. */
  readonly hoursPerPiece: number;
  readonly nsqf: NsqfRef;
}
