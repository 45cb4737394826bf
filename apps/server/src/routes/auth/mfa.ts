import { problemResponses, sessionSchema } from '@shebalance/contracts';
import {
  mfaActivateBody,
  mfaActivateReply,
  mfaEnrollReply,
  mfaProofBody,
  mfaVerifyBody,
  recoveryCodesReply,
} from '@shebalance/contracts/mfa';
import { activateMfa } from '@shebalance/core/usecases/mfa/activate-mfa';
import { enrollMfa } from '@shebalance/core/usecases/mfa/enroll-mfa';
import type { SecondFactorProof } from '@shebalance/core/usecases/mfa/policy';
import { regenerateRecoveryCodes } from '@shebalance/core/usecases/mfa/regenerate-recovery-codes';
import { stepUpMfa } from '@shebalance/core/usecases/mfa/step-up-mfa';
import { verifyMfa } from '@shebalance/core/usecases/mfa/verify-mfa';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import QRCode from 'qrcode';
import type { RouteContext } from '../../app';
import { presentUser } from '../presenters';

const tags = ['auth'];
const security = [{ bearer: [] }];
/** Coarse per-client limit on top of the per-user wrong-code throttle in the use cases. */
const codeRateLimit = { rateLimit: { max: 30, timeWindow: '1 minute' } };

const proofOf = (body: { code?: string; recoveryCode?: string }): SecondFactorProof =>
  body.code !== undefined ? { code: body.code } : { recoveryCode: body.recoveryCode! };

const presentSession = <T extends { user: Parameters<typeof presentUser>[0] }>(result: T) => ({
  ...result,
  user: presentUser(result.user),
});

/** TOTP multi-factor: enroll → activate (recovery codes), second sign-in step, step-up, new recovery codes. */
export function mfaRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const deps = container.deps;
  const signedIn = guard.require(undefined, { allowWithoutMfa: true });
  return async (app) => {
    app.post(
      '/enroll',
      {
        preHandler: signedIn,
        schema: {
          tags,
          security,
          summary: 'Start TOTP enrollment: a new secret for an authenticator app',
          response: { 200: mfaEnrollReply, ...problemResponses },
        },
      },
      async (request) => {
        const enrollment = await enrollMfa(deps, request.actor!);
        return {
          ...enrollment,
          qrDataUrl: await QRCode.toDataURL(enrollment.otpauthUrl, { errorCorrectionLevel: 'M', margin: 2 }),
        };
      },
    );

    app.post(
      '/activate',
      {
        preHandler: signedIn,
        config: codeRateLimit,
        schema: {
          tags,
          security,
          summary: 'Turn TOTP on with the first code; returns recovery codes and a session with MFA',
          body: mfaActivateBody,
          response: { 200: mfaActivateReply, ...problemResponses },
        },
      },
      async (request) => presentSession(await activateMfa(deps, request.actor!, request.body)),
    );

    app.post(
      '/verify',
      {
        config: codeRateLimit,
        schema: {
          tags,
          summary: 'Second sign-in step: MFA challenge + TOTP or recovery code → session',
          body: mfaVerifyBody,
          response: { 200: sessionSchema, ...problemResponses },
        },
      },
      async (request) =>
        presentSession(await verifyMfa(deps, { mfaToken: request.body.mfaToken, ...proofOf(request.body) })),
    );

    app.post(
      '/step-up',
      {
        preHandler: signedIn,
        config: codeRateLimit,
        schema: {
          tags,
          security,
          summary: 'Raise a signed-in session without MFA to one with MFA',
          body: mfaProofBody,
          response: { 200: sessionSchema, ...problemResponses },
        },
      },
      async (request) => presentSession(await stepUpMfa(deps, request.actor!, proofOf(request.body))),
    );

    app.post(
      '/recovery-codes',
      {
        preHandler: guard.require(),
        schema: {
          tags,
          security,
          summary: 'Replace all recovery codes (needs a session that passed TOTP)',
          response: { 200: recoveryCodesReply, ...problemResponses },
        },
      },
      async (request) => regenerateRecoveryCodes(deps, request.actor!),
    );
  };
}
