import { meSchema } from '@shebalance/contracts';
import { ResponseSerializationError, serializerCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { contractSerializerCompiler, isPlainSchema } from './serializer';

const route = (schema: z.ZodType) => ({ schema, method: 'GET', url: '/x', httpStatus: '200' });
const fast = (schema: z.ZodType) => contractSerializerCompiler(route(schema) as never);
const library = (schema: z.ZodType) => serializerCompiler(route(schema) as never);

const aMe = () => ({
  id: '0b5f3c1e-8d4a-4f7b-9a51-2c9e6d8f1a23',
  role: 'artisan',
  phone: '+919876543210',
  displayName: 'Sunita Devi',
  preferredLanguage: 'hi',
  mfaEnabled: false,
  isDemo: true,
  mfaRequired: false,
  artisan: {
    view: 'full',
    id: '0b5f3c1e-8d4a-4f7b-9a51-2c9e6d8f1a23',
    handle: 'sunita-devi',
    displayName: 'Sunita Devi',
    languages: ['hi', 'en'],
    district: 'Lucknow',
    state: 'UP',
    stateName: 'Uttar Pradesh',
    crafts: [{ craftId: 'chikankari', capacityPerWeek: 3 }],
    bio: null,
    portfolioPublic: true,
    phone: '+919876543210',
    preferredLanguage: 'hi',
    location: { lat: 26.85, lng: 80.95 },
    availability: { days: ['mon', 'tue'], hoursPerDay: 4 },
    groupId: null,
    isGroupLead: false,
    createdBy: null,
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
  },
});

describe('isPlainSchema', () => {
  it('accepts schemas whose output is their input and refuses transforms, defaults and codecs', () => {
    expect(isPlainSchema(meSchema)).toBe(true);
    expect(isPlainSchema(z.object({ a: z.array(z.union([z.string(), z.null()])).optional() }))).toBe(true);
    expect(isPlainSchema(z.object({ a: z.string().transform((s) => s.length) }))).toBe(false);
    expect(isPlainSchema(z.object({ a: z.number().default(1) }))).toBe(false);
    expect(isPlainSchema(z.object({ a: z.array(z.iso.datetime().pipe(z.string())) }))).toBe(false);
    expect(isPlainSchema(z.object({ at: z.date() }))).toBe(false);
  });
});

describe('contractSerializerCompiler', () => {
  it('writes exactly what the zod serializer writes, unknown keys stripped', () => {
    const data = { ...aMe(), secret: 'never', artisan: { ...aMe().artisan, internalNote: 'x' } };
    const out = fast(meSchema)(data);
    expect(out).toBe(library(meSchema)(data));
    expect(out).not.toContain('never');
    expect(out).not.toContain('internalNote');
    expect(meSchema.strict().safeParse(JSON.parse(out)).success).toBe(true);
  });

  it('fails a response that breaks the contract, like the zod serializer', () => {
    for (const bad of [
      { ...aMe(), role: 'superuser' },
      { ...aMe(), id: 'not-a-uuid' },
      { ...aMe(), artisan: { ...aMe().artisan, createdAt: 'yesterday' } },
      (({ phone: _phone, ...rest }) => rest)(aMe()),
    ]) {
      expect(() => fast(meSchema)(bad)).toThrow(ResponseSerializationError);
      expect(() => library(meSchema)(bad)).toThrow(ResponseSerializationError);
    }
  });

  it('keeps the library serializer where parsing and encoding differ (defaults, transforms)', () => {
    // Encoding does not fill a default in; parsing would. The library's behaviour is kept.
    const schema = z.object({ n: z.number().default(7), s: z.string() });
    expect(fast(schema)({ n: 3, s: 'a' })).toBe(library(schema)({ n: 3, s: 'a' }));
    expect(() => fast(schema)({ s: 'a' })).toThrow(ResponseSerializationError);
    expect(() => library(schema)({ s: 'a' })).toThrow(ResponseSerializationError);
  });
});
