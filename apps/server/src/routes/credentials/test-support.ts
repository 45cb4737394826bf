import { assessmentsSchema } from '@shebalance/db';
import type { Lang } from '@shebalance/core';
import sharp from 'sharp';
import { createAccount } from '../../../test/staff';
import { signIn, type TestContext } from '../../../test/harness';
import { storeWorkPhotos } from './test-photos';

/** A synthetic work photo (an embroidered-looking pattern), JPEG. */
export async function aWorkPhoto(seed: number, size = 320): Promise<Buffer> {
  const stripes = Array.from(
    { length: 12 },
    (_, i) =>
      `<rect x="0" y="${i * (size / 12)}" width="${size}" height="${size / 24}" fill="hsl(${(seed * 37 + i * 25) % 360},70%,50%)"/>`,
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}"><rect width="100%" height="100%" fill="#f5e6c8"/>${stripes}<circle cx="${size / 2}" cy="${size / 2}" r="${size / 5}" fill="#8a1538"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

/** An artisan account with a profile, signed in. */
export async function anArtisan(
  ctx: TestContext,
  options: { lang?: Lang; displayName?: string; handle?: string } = {},
) {
  const account = await createAccount(ctx, 'artisan');
  const now = new Date();
  const handle = options.handle ?? `artisan-${account.userId.slice(0, 8)}`;
  await ctx.container.deps.repos.artisans.save({
    userId: account.userId,
    handle,
    displayName: options.displayName ?? 'सुनीता देवी',
    preferredLanguage: options.lang ?? 'hi',
    languages: [options.lang ?? 'hi'],
    district: 'Lucknow',
    state: 'Uttar Pradesh',
    location: { lat: 26.85, lng: 80.95 },
    availability: { days: ['mon', 'tue', 'wed'], hoursPerDay: 4 },
    crafts: [{ craftId: 'chikankari', capacityPerWeek: 3 }],
    groupId: null,
    isGroupLead: false,
    bio: 'Call me on +91 98765 43210 for orders.',
    portfolioPublic: false,
    createdBy: null,
    createdAt: now,
    updatedAt: now,
  });
  const session = await signIn(ctx.app, account.phone);
  return { ...account, handle, auth: session.auth, accessToken: session.accessToken };
}

/**
 * A confirmed (`scored`) assessment with `photos` stored work photos, inserted directly: the hook the
 * assessment flow calls is `enqueueCredentialIssue`, tested separately from their pipeline.
 */
export async function aConfirmedAssessment(
  ctx: TestContext,
  artisanId: string,
  options: { status?: string; photos?: number; level?: number; reviewed?: boolean } = {},
) {
  const db = ctx.container.database.db;
  const id = crypto.randomUUID();
  const at = new Date('2026-05-20T08:00:00Z');
  await db.insert(assessmentsSchema.assessments).values({
    id,
    artisanId,
    status: options.status ?? 'scored',
    craftId: 'chikankari',
    craftConfidence: 0.91,
    scores: { technique: 74.2, complexity: 61.8, quality: 70.4, overall: 69.1 },
    confidence: 0.88,
    level: options.level ?? 4,
    completedAt: at,
    ...(options.reviewed ? { reviewedAt: at } : {}),
  });
  const photoIds = await storeWorkPhotos(ctx.container, {
    assessmentId: id,
    artisanId,
    count: options.photos ?? 2,
    keyPrefix: 'test/works',
    photo: aWorkPhoto,
  });
  return { id, photoIds };
}
