import type { ArtisanProfile, User } from '@shebalance/core';
import { describe, expect, it } from 'vitest';
import { presentPrivateArtisan, presentPublicArtisan } from './presenters';

const anArtisan = (over: Partial<ArtisanProfile> = {}): ArtisanProfile => ({
  userId: '0b5f3c1e-8d4a-4f7b-9a51-2c9e6d8f1a23',
  handle: 'sunita-devi',
  displayName: 'Sunita Devi',
  preferredLanguage: 'hi',
  languages: ['hi'],
  district: 'Lucknow',
  state: 'UP',
  location: { lat: 26.85, lng: 80.95 },
  availability: { days: ['mon'], hoursPerDay: 4 },
  crafts: [{ craftId: 'chikankari', capacityPerWeek: 3 }],
  groupId: null,
  isGroupLead: false,
  bio: null,
  portfolioPublic: true,
  createdBy: null,
  createdAt: new Date('2026-12-01T10:00:00.000Z'),
  updatedAt: new Date('2026-12-02T10:00:00.000Z'),
  ...over,
});
const aUser = { phone: '+919876543210' } as User;

describe('artisan presenters', () => {
  it('shows her own view with ISO dates, the state name and her phone', () => {
    const view = presentPrivateArtisan(anArtisan(), aUser);
    expect(view).toMatchObject({
      view: 'full',
      stateName: 'Uttar Pradesh',
      phone: '+919876543210',
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-02T10:00:00.000Z',
    });
  });

  it('formats a date again when the same Date object has changed', () => {
    const artisan = anArtisan();
    expect(presentPrivateArtisan(artisan, aUser).updatedAt).toBe('2026-12-02T10:00:00.000Z');
    artisan.updatedAt.setTime(Date.parse('2026-12-05T08:30:00.000Z'));
    expect(presentPrivateArtisan(artisan, aUser).updatedAt).toBe('2026-12-05T08:30:00.000Z');
  });

  it('keeps phone, location and dates out of the public view', () => {
    const view = presentPublicArtisan(anArtisan()) as Record<string, unknown>;
    expect(view['phone']).toBeUndefined();
    expect(view['location']).toBeUndefined();
    expect(view['createdAt']).toBeUndefined();
  });
});
