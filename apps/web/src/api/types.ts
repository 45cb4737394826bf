/** The API's JSON shapes the app reads (mirrors packages/contracts; kept here so the bundle has no zod). */
import type { Lang } from '../i18n/langs';

export type Role = 'artisan' | 'buyer' | 'reviewer' | 'admin';

export interface SessionUser {
  id: string;
  role: Role;
  phone: string;
  displayName: string | null;
  preferredLanguage: Lang;
  mfaEnabled: boolean;
  isDemo: boolean;
}

export interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
}

export interface Session extends Tokens {
  user: SessionUser;
}

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

export interface ArtisanProfile {
  id: string;
  handle: string;
  displayName: string;
  languages: Lang[];
  district: string;
  state: string;
  stateName: string;
  crafts: { craftId: string; capacityPerWeek: number }[];
  bio: string | null;
  portfolioPublic: boolean;
  availability: { days: Weekday[]; hoursPerDay: number };
  createdAt: string;
}

export const BUYER_TYPES = ['brand', 'exporter', 'retailer', 'individual', 'ngo', 'government'] as const;
export type BuyerType = (typeof BUYER_TYPES)[number];

export interface BuyerProfile {
  id: string;
  organisation: string;
  type: BuyerType;
  district: string | null;
  stateName: string | null;
  gstin: string | null;
  createdAt: string;
}

export interface Me extends SessionUser {
  mfaRequired: boolean;
  artisan?: ArtisanProfile;
  buyer?: BuyerProfile;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
}
