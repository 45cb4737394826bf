import multipart from '@fastify/multipart';
import { problemResponses } from '@shebalance/contracts';
import { voiceFieldsSchema, voiceTurnResponseSchema } from '@shebalance/contracts/voice';
import { AppError, isLang, pickLang, type Lang } from '@shebalance/core';
import {
  AudioDecodeError,
  MAX_AUDIO_BYTES,
  MAX_AUDIO_SECONDS,
  voiceTurn,
  type AudioErrorCode,
} from '@shebalance/ml/speech/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../app';
import { speechFor } from '../../wiring/speech';

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
 * ≤ 16 MB; optional `lang`, `sessionId`) → transcript, intent and a spoken reply in her language.
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
        const lang = chooseLang(parsed.data.lang, request.actorLang, request.headers['accept-language']);
        if (!audio) throw new AppError('validation', 'voice.audio_missing');
        try {
          // The conversation engine (issue 5) will supply the expected replies of the session's step.
          const turn = await voiceTurn(speechFor(container).turnDeps, { audio, lang });
          return {
            transcript: turn.transcript,
            lang: turn.lang,
            intent: turn.intent,
            understood: turn.understood,
            reply: turn.reply,
          };
        } catch (error) {
          if (error instanceof AudioDecodeError) throw DECODE_ERRORS[error.code]();
          throw error;
        }
      },
    );
  };
}

/** An explicit `lang` must be one we speak; otherwise her saved language, then Accept-Language. */
function chooseLang(
  requested: string | undefined,
  saved: string | undefined,
  accept: string | undefined,
): Lang {
  if (requested !== undefined) {
    const code = requested.trim().toLowerCase().split('-')[0];
    if (!isLang(code)) throw new AppError('validation', 'voice.lang_unsupported');
    return code;
  }
  return pickLang(saved, accept, 'hi');
}
