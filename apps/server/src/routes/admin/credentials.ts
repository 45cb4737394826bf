import { problemResponses } from '@shebalance/contracts';
import { credentialIdParams, revokeCredentialBody, revokeResponse } from '@shebalance/contracts/credentials';
import { revokeCredential } from '@shebalance/core/usecases/credentials/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { RouteContext } from '../../app';
import { credentialsOf } from '../../wiring/credentials';

/** `POST /api/v1/admin/credentials/:id/revoke` { reason }: revokes, republishes the status list, audits. */
export function adminCredentialRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const { deps } = credentialsOf(container);
  return async (app) => {
    app.post(
      '/credentials/:id/revoke',
      {
        preHandler: guard.require(['admin']),
        schema: {
          tags: ['admin', 'credentials'],
          summary: 'Revoke a credential with a reason (audited; published in the status list)',
          security: [{ bearer: [] }],
          params: credentialIdParams,
          body: revokeCredentialBody,
          response: { 200: revokeResponse, ...problemResponses },
        },
      },
      async (request) => {
        const r = await revokeCredential(deps, request.actor!, {
          credentialId: request.params.id,
          reason: request.body.reason,
        });
        return {
          id: r.id,
          revoked: true as const,
          revokedAt: r.revokedAt!.toISOString(),
          reason: r.revokedReason ?? '',
        };
      },
    );
  };
}
