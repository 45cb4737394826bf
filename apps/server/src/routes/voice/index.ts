import multipart from '@fastify/multipart';
import { problemResponses } from '@shebalance/contracts';
import { voiceFieldsSchema, voiceTurnResponseSchema } from '@shebalance/contracts/voice';
import { AppError, isLang, pickLang, type Lang } from '@shebalance/core';
import {
  AudioDecodeError,
  MAX_AUDIO_BYTES,
  MAX_AUDIO_SECONDS,
  type AudioErrorCode,
} from '@shebalance/ml/speech/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../app';
import { speechFor } from '../../wiring/speech';
import { runVoiceTurn } from './turn';

const DECODE_ERRORS: Record<AudioErrorCode, () => AppError> = {
  empty: () => new AppError('validation', 'voice.audio_empty'),
  too_large: () =>
    new AppError('payload_too_large', 'voice.audio_too_large', { mb: MAX_AUDIO_BYTES / 1024 / 1024 }),
  too_long: () => new AppError('payload_too_large', 'voice.audio_too_long', { seconds: MAX_AUDIO_SECONDS }),
  unsupported_format: () => new AppError('unsupported_media_type', 'voice.audio_unsupported'),
  corrupt: () => new AppError('validation', 'voice.audio_corrupt'),
};

/**
 * POST /api/v1/voice: a voice note (multipart `audio`; OGG/Opus, WebM/Opus, WAV or MP3; ≤ 60 s,
 * ≤ 16 MB; optional `lang`, `sessionId`) → one turn of the shared conversation engine (the same as
 * WhatsApp's, see turn.ts) → transcript, intent and a spoken reply in her language.
 */
export function voiceRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(multipart, {
      limits: { fileSize: MAX_AUDIO_BYTES, files: 1, fields: 4, fieldSize: 256 },
    });
    // The recognizer's templates (~8 s of CPU) are built in the background once the server has been
    // up for a while, so start-up and readiness do not pay for them (SPEECH_WARMUP_DELAY_MS; -1: never).
    const delay = container.config.SPEECH_WARMUP_DELAY_MS;
    if (container.config.NODE_ENV !== 'test' && delay >= 0) {
      const timer = setTimeout(
        () =>
          void speechFor(container)
            .warmUp()
            .catch(() => undefined),
        delay,
      );
      timer.unref();
      app.addHook('onClose', async () => clearTimeout(timer));
    }

    app.post(
      '/',
      {
        preHandler: guard.optional(),
        schema: {
          tags: ['voice'],
          summary:
            'One voice turn: audio in, transcript + intent + spoken reply out (multipart field `audio`)',
          consumes: ['multipart/form-data'],
          response: { 200: voiceTurnResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        if (!request.isMultipart()) throw new AppError('unsupported_media_type', 'voice.audio_missing');
        let audio: Buffer | undefined;
        const fields: Record<string, string> = {};
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            if (part.fieldname !== 'audio' || audio) {
              await part.toBuffer().catch(() => undefined);
              continue;
            }
            audio = await part.toBuffer().catch((error: { code?: string }) => {
              if (error.code === 'FST_REQ_FILE_TOO_LARGE') throw DECODE_ERRORS.too_large();
              throw error;
            });
          } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
        }
        const parsed = voiceFieldsSchema.safeParse(fields);
        if (!parsed.success) throw new AppError('validation', 'error.validation');
        const lang = explicitLang(parsed.data.lang);
        if (!audio) throw new AppError('validation', 'voice.audio_missing');
        try {
          return await runVoiceTurn(container, {
            audio,
            lang,
            fallbackLang: pickLang(request.actorLang, request.headers['accept-language'], 'hi'),
            ...(parsed.data.sessionId ? { sessionId: parsed.data.sessionId } : {}),
            ...(request.actor ? { user: request.actor.user } : {}),
          });
        } catch (error) {
          if (error instanceof AudioDecodeError) throw DECODE_ERRORS[error.code]();
          throw error;
        }
      },
    );
  };
}

/**
 * An explicit `lang` must be one we speak. Without one she is heard in her conversation's language
 * (then her saved language, then Accept-Language, for a new session).
 */
function explicitLang(requested: string | undefined): Lang | undefined {
  if (requested === undefined) return undefined;
  const code = requested.trim().toLowerCase().split('-')[0];
  if (!isLang(code)) throw new AppError('validation', 'voice.lang_unsupported');
  return code;
}
