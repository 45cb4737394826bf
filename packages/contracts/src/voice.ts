import { z } from 'zod';
import { langSchema } from './common';

/** Issue 6: text understanding and voice turns. */
export const NLU_MAX_TEXT = 10_000;

export const nluParseRequestSchema = z.strictObject({
  text: z.string().max(NLU_MAX_TEXT, `at most ${NLU_MAX_TEXT} characters`),
  lang: langSchema.optional(),
});

export const entitySchema = z.object({
  type: z.enum(['number', 'quantity', 'money', 'date', 'hours', 'craft', 'state', 'district']),
  value: z.union([
    z.number(),
    z.string(),
    z.object({ amount: z.number(), unit: z.string() }),
    z.object({ amount: z.number(), currency: z.literal('INR') }),
  ]),
  text: z.string(),
});

export const intentSchema = z.enum([
  'greeting',
  'help',
  'register',
  'assess_skill',
  'find_work',
  'accept_offer',
  'decline_offer',
  'check_earnings',
  'order_status',
  'update_availability',
  'get_certificate',
  'change_language',
  'talk_to_human',
  'none',
]);

export const nluParseResponseSchema = z.object({
  lang: langSchema,
  intent: intentSchema,
  confidence: z.number().min(0).max(1),
  entities: z.array(entitySchema),
});

/** Multipart text fields of POST /api/v1/voice (the file goes in the `audio` field). */
export const voiceFieldsSchema = z.strictObject({
  lang: z.string().max(16).optional(),
  sessionId: z.string().trim().min(1).max(128).optional(),
});

export const voiceTurnResponseSchema = z.object({
  transcript: z.string(),
  lang: langSchema,
  intent: intentSchema,
  /** False when nothing understood the audio; the reply then asks her to tap a button or say an option. */
  understood: z.boolean(),
  reply: z.object({ text: z.string(), audioUrl: z.string() }),
  /** The session to send with her next turn (made up when she sent none). */
  sessionId: z.string(),
  /** Her conversation's step after this turn. */
  step: z.string(),
  /** What she can tap (or say) next: the buttons and list rows of the reply. */
  options: z.array(z.object({ id: z.string(), title: z.string() })),
});

export type NluParseResponse = z.infer<typeof nluParseResponseSchema>;
export type VoiceTurnResponse = z.infer<typeof voiceTurnResponseSchema>;
