import {
  otpRequestBody,
  otpRequestReply,
  otpVerifyBody,
  problemResponses,
  refreshBody,
  sessionSchema,
  mfaChallengeSchema,
} from '@shebalance/contracts';
import { refreshSession } from '@shebalance/core/usecases/auth/refresh-session';
import { requestOtp } from '@shebalance/core/usecases/auth/request-otp';
import { signOutEverywhere } from '@shebalance/core/usecases/auth/sign-out-everywhere';
import { verifyOtp } from '@shebalance/core/usecases/auth/verify-otp';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';
import { requestLang } from '../../plugins/problem';
import { presentUser } from '../presenters';
import { mfaRoutes } from './mfa';

const tags = ['auth'];

export function authRoutes(ctx: RouteContext): FastifyPluginAsyncZod {
  const { container, guard } = ctx;
  const deps = container.deps;
  return async (app) => {
    await app.register(mfaRoutes(ctx), { prefix: '/mfa' });
    app.post(
      '/otp',
      {
        schema: {
          tags,
          summary: 'Send a one-time sign-in code to a phone',
          body: otpRequestBody,
          response: { 202: otpRequestReply, ...problemResponses },
        },
        config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      },
      async (request, reply) => {
        const result = await requestOtp(deps, request.body, { ip: request.ip, lang: requestLang(request) });
        return reply.status(202).send({ status: 'sent', ...result });
      },
    );

    app.post(
      '/otp/verify',
      {
        schema: {
          tags,
          summary: 'Exchange a one-time code for a session (or an MFA challenge for staff)',
          body: otpVerifyBody,
          response: { 200: z.union([sessionSchema, mfaChallengeSchema]), ...problemResponses },
        },
        config: { rateLimit: { max: 30, timeWindow: '1 minute' } },
      },
      async (request) => {
        const result = await verifyOtp(deps, request.body, { ip: request.ip, lang: requestLang(request) });
        if (result.kind === 'mfa_required')
          return { mfaRequired: true as const, mfaToken: result.mfaToken, user: presentUser(result.user) };
        const { kind: _kind, user, ...session } = result;
        return { ...session, user: presentUser(user) };
      },
    );

    app.post(
      '/refresh',
      {
        schema: {
          tags,
          summary: 'Rotate a refresh token into a new token pair',
          body: refreshBody,
          response: { 200: sessionSchema.omit({ user: true }), ...problemResponses },
        },
      },
      async (request) => refreshSession(deps, request.body),
    );

    app.post(
      '/sign-out-everywhere',
      {
        preHandler: guard.require(undefined, { allowWithoutMfa: true }),
        schema: {
          tags,
          summary: 'Revoke every session of the caller',
          security: [{ bearer: [] }],
          response: { 204: z.null(), ...problemResponses },
        },
      },
      async (request, reply) => {
        await signOutEverywhere(deps, request.actor!);
        return reply.status(204).send(null);
      },
    );
  };
}
