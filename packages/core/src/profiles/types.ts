import type { Role } from '../identity/roles';
import type { Lang } from '../i18n/lang';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface GeoPoint {
  lat: number;
  lng: number;
}

export interface User {
  id: string;
  phone: string;
  role: Role;
  status: 'active' | 'disabled';
  displayName: string | null;
  preferredLanguage: Lang;
  mfaEnabled: boolean;
  /** Access and refresh tokens issued before this instant are no longer accepted ("sign out everywhere"). */
  tokensValidAfter: Date | null;
  cognitoSub: string | null;
  isDemo: boolean;
  createdAt: Date;
}

export interface ArtisanCraft {
  craftId: string;
  /** Pieces she can make per week in this craft. */
  capacityPerWeek: number;
}

export interface Availability {
  days: Weekday[];
  hoursPerDay: number;
}

export interface ArtisanProfile {
  userId: string;
  handle: string;
  displayName: string;
  preferredLanguage: Lang;
  languages: Lang[];
  district: string;
  state: string;
  /** Coarsened to about a kilometre before it is stored: never her exact home. */
  location: GeoPoint | null;
  availability: Availability;
  crafts: ArtisanCraft[];
  groupId: string | null;
  isGroupLead: boolean;
  bio: string | null;
  portfolioPublic: boolean;
  /** The reviewer who onboarded her on her behalf, if any. */
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const CONSENT_PURPOSES = [
  'platform_terms',
  'skill_assessment',
  'public_portfolio',
  'buyer_contact',
  'voice_processing',
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const CONSENT_CHANNELS = ['app', 'whatsapp', 'voice', 'reviewer'] as const;
export type ConsentChannel = (typeof CONSENT_CHANNELS)[number];

export interface Consent {
  id: string;
  userId: string;
  purpose: ConsentPurpose;
  granted: boolean;
  channel: ConsentChannel;
  textVersion: string;
  recordedBy: string | null;
  createdAt: Date;
}

export const BUYER_TYPES = ['brand', 'exporter', 'retailer', 'individual', 'ngo', 'government'] as const;
export type BuyerType = (typeof BUYER_TYPES)[number];

export interface BuyerProfile {
  userId: string;
  organisation: string;
  type: BuyerType;
  gstin: string | null;
  district: string | null;
  state: string | null;
  location: GeoPoint | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface Group {
  id: string;
  name: string;
  kind: 'shg' | 'cooperative';
  district: string;
  state: string;
  /** The reviewer or admin who registered it. */
  createdBy?: string | null;
  createdAt?: Date;
}
