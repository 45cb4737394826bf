import {
  consentBody,
  consentOverviewSchema,
  consentRecordSchema,
  consentStatusSchema,
  problemResponses,
} from '@shebalance/contracts';
import { listConsents } from '@shebalance/core/usecases/profiles/list-consents';
import { recordConsent } from '@shebalance/core/usecases/profiles/record-consent';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';
import { presentConsent, presentConsentStatus } from '../presenters';

const tags = ['profiles'];
const security = [{ bearer: [] }];

/** Her consent decisions: an append-only history per purpose. */
export function meConsentRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const deps = container.deps;
  return async (app) => {
    app.post(
      '/consents',
      {
        preValidation: guard.require(),
        schema: {
          tags,
          security,
          summary: 'Record that she gave or withdrew consent for one purpose',
          description:
            'Appends to the history (never edits it). Withdrawing public_portfolio hides her portfolio at once.',
          body: consentBody,
          response: {
            201: z.object({ consent: consentRecordSchema, current: z.array(consentStatusSchema) }),
            ...problemResponses,
          },
        },
      },
      async (request, reply) => {
        const actor = request.actor!;
        const consent = await recordConsent(deps, actor, request.body);
        const overview = await listConsents(deps, actor);
        return reply
          .status(201)
          .send({ consent: presentConsent(consent), current: overview.current.map(presentConsentStatus) });
      },
    );

    app.get(
      '/consents',
      {
        preValidation: guard.require(),
        schema: {
          tags,
          security,
          summary: 'Her current consent per purpose, and the full history (newest first)',
          response: { 200: consentOverviewSchema, ...problemResponses },
        },
      },
      async (request) => {
        const overview = await listConsents(deps, request.actor!);
        return {
          current: overview.current.map(presentConsentStatus),
          history: overview.history.map(presentConsent),
        };
      },
    );
  };
}
