import type { FastifySerializerCompiler } from 'fastify';
import {
  ResponseSerializationError,
  serializerCompiler as zodSerializerCompiler,
} from 'fastify-type-provider-zod';
import { $ZodType, safeParse } from 'zod/v4/core';

/**
 * Zod types whose output equals their input: checking a value against them and encoding it are
 * the same thing. Anything else (transform, pipe/codec, default, catch, preprocess, lazy, custom,
 * date…) keeps fastify-type-provider-zod's `safeEncode` path.
 */
const PLAIN = new Set([
  'object',
  'string',
  'number',
  'int',
  'boolean',
  'null',
  'literal',
  'enum',
  'array',
  'tuple',
  'record',
  'optional',
  'nullable',
  'union',
  'intersection',
  'readonly',
]);

interface Def {
  type: string;
  shape?: Record<string, $ZodType>;
  catchall?: $ZodType;
  element?: $ZodType;
  innerType?: $ZodType;
  options?: $ZodType[];
  items?: $ZodType[];
  rest?: $ZodType | null;
  keyType?: $ZodType;
  valueType?: $ZodType;
  left?: $ZodType;
  right?: $ZodType;
}

/** True when every type inside `schema` is in PLAIN (so parse ≡ encode for it). */
export function isPlainSchema(schema: $ZodType, seen = new Set<$ZodType>()): boolean {
  if (seen.has(schema)) return true;
  seen.add(schema);
  const def = schema._zod.def as unknown as Def;
  if (!PLAIN.has(def.type)) return false;
  const children: ($ZodType | null | undefined)[] = [
    ...Object.values(def.type === 'object' ? (def.shape ?? {}) : {}),
    def.catchall,
    def.element,
    def.innerType,
    ...(def.options ?? []),
    ...(def.type === 'tuple' ? (def.items ?? []) : []),
    def.rest,
    def.keyType,
    def.valueType,
    def.left,
    def.right,
  ];
  return children.every((child) => !child || isPlainSchema(child, seen));
}

function resolveSchema(maybeSchema: unknown): $ZodType {
  if (maybeSchema instanceof $ZodType) return maybeSchema;
  const properties = (maybeSchema as { properties?: unknown } | null)?.properties;
  if (properties instanceof $ZodType) return properties;
  throw new TypeError(`not a zod response schema: ${JSON.stringify(maybeSchema)}`);
}

/**
 * Response serializer: the same contract check as fastify-type-provider-zod, cheaper. For a plain
 * schema (no transforms, codecs or defaults) encoding is parsing, and zod's synchronous `safeParse`
 * runs its compiled (JIT) object parser, while `safeEncode` walks the schema generically (measured
 * ~2× slower on GET /me). Unknown keys are still stripped, a value that breaks the contract still
 * fails the response with `ResponseSerializationError` (→ 500, never a leak); other schemas use
 * the library's serializer unchanged.
 */
export const contractSerializerCompiler: FastifySerializerCompiler<unknown> = (route) => {
  const schema = resolveSchema(route.schema);
  if (!isPlainSchema(schema)) return zodSerializerCompiler(route as never);
  const { method, url } = route;
  return (data: unknown) => {
    const result = safeParse(schema, data);
    if (result.error) throw new ResponseSerializationError(method, url, { cause: result.error });
    return JSON.stringify(result.data);
  };
};
