import {
  AppError,
  pickLang,
  t,
  type ErrorKind,
  type FieldProblem,
  type Lang,
  type MessageKey,
} from '@shebalance/core';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

const STATUS: Record<ErrorKind, number> = {
  validation: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
};

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The language a person reads errors in: her saved preference, else the request's Accept-Language. */
export function requestLang(request: FastifyRequest): Lang {
  const query = request.query as { lang?: string } | undefined;
  return pickLang(query?.lang, request.actorLang, request.headers['accept-language']);
}

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  key: MessageKey,
  params: Record<string, string | number> = {},
  extra: { errors?: FieldProblem[]; code?: string } = {},
) {
  const code = extra.code ?? key.replace(/[._]/g, '-');
  return reply
    .status(status)
    .type('application/problem+json')
    .send({
      type: `https://shebalance.org/problems/${code}`,
      title: TITLES[status] ?? 'Error',
      status,
      detail: t(requestLang(request), key, params),
      instance: request.url.split('?')[0],
      requestId: request.id,
      ...(extra.errors ? { errors: extra.errors } : {}),
    });
}

/** One place maps every error to RFC 9457 problem+json, in the caller's language. */
export function registerProblemHandling(app: FastifyInstance) {
  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, 404, 'error.route_not_found'));

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.extra.retryAfterSeconds) reply.header('retry-after', String(error.extra.retryAfterSeconds));
      return sendProblem(request, reply, STATUS[error.kind], error.messageKey, error.params, error.extra);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const errors = error.validation.map((v) => ({
        path: [
          error.validationContext,
          ...(v.instancePath ? v.instancePath.split('/').filter(Boolean) : []),
        ].join('.'),
        message: v.message ?? 'invalid',
      }));
      return sendProblem(request, reply, 400, 'error.validation', {}, { errors, code: 'validation' });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error }, 'response did not match its schema');
      return sendProblem(request, reply, 500, 'error.internal');
    }
    const status = error.statusCode ?? 500;
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413)
      return sendProblem(request, reply, 413, 'error.body_too_large');
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || status === 415) {
      return sendProblem(request, reply, 415, 'error.unsupported_media_type');
    }
    if (
      error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' ||
      error instanceof SyntaxError ||
      error.code === 'FST_ERR_CTP_INVALID_JSON_BODY'
    ) {
      return sendProblem(request, reply, 400, 'error.malformed_json', {}, { code: 'malformed-json' });
    }
    if (status === 429) {
      return sendProblem(request, reply, 429, 'error.rate_limited', {
        seconds: Number(reply.getHeader('retry-after') ?? 60),
      });
    }
    if (status >= 400 && status < 500) {
      return sendProblem(
        request,
        reply,
        status,
        'error.validation',
        {},
        { errors: [{ path: '', message: error.message }], code: 'bad-request' },
      );
    }
    request.log.error({ err: error }, 'unhandled error');
    return sendProblem(
      request,
      reply,
      status >= 500 ? status : 500,
      status === 503 ? 'error.unavailable' : 'error.internal',
    );
  });
}
