import { problemResponses } from '@shebalance/contracts';
import { nluParseRequestSchema, nluParseResponseSchema } from '@shebalance/contracts/voice';
import { AppError, isLang } from '@shebalance/core';
import { parse } from '@shebalance/ml/nlu/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../app';

/** POST /api/v1/nlu/parse: language, intent and entities of a short text (issue 6). */
export function nluRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.post(
      '/parse',
      {
        preHandler: guard.optional(),
        schema: {
          tags: ['nlu'],
          summary: 'Understand a message: language, intent (one of 13, or none) and entities',
          body: nluParseRequestSchema,
          response: { 200: nluParseResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const { text, lang } = request.body;
        if (!text.trim()) throw new AppError('validation', 'nlu.text_empty');
        const result = parse(text, {
          lang: lang ?? (isLang(request.actorLang) ? request.actorLang : undefined),
          now: container.deps.clock.now(),
        });
        return {
          lang: result.lang,
          intent: result.intent,
          confidence: Math.round(result.confidence * 1000) / 1000,
          entities: result.entities.map((e) => ({ type: e.type, value: e.value, text: e.text })),
        };
      },
    );
  };
}
