import { renderCertificatePdf, renderCertificatePng, renderQrPng } from '@shebalance/credentials';
import { problemResponses } from '@shebalance/contracts';
import {
  artisanCredentialsResponse,
  certificateQuery,
  credentialIdParams,
  credentialResponseSchema,
  verifyJwtBody,
  verifyResponseSchema,
} from '@shebalance/contracts/credentials';
import { forbidden, notFound, pickLang, isLang, type Lang } from '@shebalance/core';
import {
  canSeeAll,
  credentialUrls,
  listArtisanCredentials,
  verdictOf,
  verifyJwt,
  verifyStoredCredential,
} from '@shebalance/core/usecases/credentials/index';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { RouteContext } from '../../app';
import { credentialsOf } from '../../wiring/credentials';
import { credentialView, presentSummary } from './view';

const tags = ['credentials'];

/**
 * Verifiable skill credentials (issue 7), all under /api/v1: the credential, its verification, its
 * status list, and its deliveries (QR, certificate PDF/PNG, raw credential for wallets).
 */
export function credentialRoutes({ container, guard }: RouteContext): FastifyPluginAsyncZod {
  const service = credentialsOf(container);
  const { deps } = service;
  const urls = credentialUrls(service.publicUrl);
  const load = async (id: string) => {
    const record = await deps.store.get(id);
    if (!record) throw notFound('credential');
    return record;
  };
  return async (app) => {
    app.get(
      '/credentials/:id',
      {
        schema: {
          tags,
          summary: 'The Open Badges 3.0 credential, as JSON and as a VC-JWT',
          params: credentialIdParams,
          response: { 200: credentialResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const r = await load(request.params.id);
        return {
          id: r.id,
          credential: r.credential,
          jwt: r.jwt,
          verifyUrl: urls.verifyPage(r.id),
          revoked: !!r.revokedAt,
        };
      },
    );

    app.get(
      '/credentials/:id/verify',
      {
        schema: {
          tags,
          summary: 'Verifies the stored credential: signature, issuer key, schema, status, dates',
          params: credentialIdParams,
          response: { 200: verifyResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const { verification, verdict } = await verifyStoredCredential(deps, request.params.id);
        return {
          verified: verification.verified,
          result: verdict,
          checks: verification.checks,
          credential: verification.credential ?? null,
        };
      },
    );

    app.post(
      '/credentials/verify',
      {
        schema: {
          tags,
          summary:
            'Verifies any VC-JWT against this issuer (tampered, unknown key, garbage → verified false)',
          body: verifyJwtBody,
          response: { 200: verifyResponseSchema, ...problemResponses },
        },
      },
      async (request) => {
        const verification = await verifyJwt(deps, request.body.jwt);
        return {
          verified: verification.verified,
          result: verdictOf(verification),
          checks: verification.checks,
          credential: verification.credential ?? null,
        };
      },
    );

    app.get(
      '/credentials/status/:listId',
      {
        schema: {
          tags,
          summary: 'The signed BitstringStatusListCredential (VC-JWT; ?format=json for JSON)',
          params: z.strictObject({ listId: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/) }),
          querystring: z.strictObject({ format: z.enum(['jwt', 'json']).default('jwt') }),
        },
      },
      async (request, reply) => {
        const list = await deps.store.statusList(request.params.listId);
        if (!list?.jwt) throw notFound('status list');
        reply.header('cache-control', 'public, max-age=60');
        if (request.query.format === 'json')
          return reply
            .type('application/json')
            .send({ id: urls.statusList(list.id), encodedList: list.encodedList, jwt: list.jwt });
        return reply.type('application/vc+jwt').send(list.jwt);
      },
    );

    app.get(
      '/credentials/:id/qr.png',
      {
        schema: {
          tags,
          summary: 'QR code that opens the public verification page',
          params: credentialIdParams,
        },
      },
      async (request, reply) => {
        const r = await load(request.params.id);
        return reply
          .type('image/png')
          .header('cache-control', 'public, max-age=86400')
          .send(await renderQrPng(urls.verifyPage(r.id), { size: 512 }));
      },
    );

    const certificate =
      (format: 'pdf' | 'png') =>
      async (request: {
        params: { id: string };
        query: { lang?: Lang };
        actor?: { userId: string; role: string; mfa: boolean };
      }) => {
        const r = await load(request.params.id);
        const actor = request.actor as Parameters<typeof canSeeAll>[0];
        if (!canSeeAll(actor, r.artisanId)) throw forbidden();
        const v = credentialView(r, service.publicUrl);
        const lang = request.query.lang ?? r.lang;
        const input = {
          lang,
          name: v.name,
          craft: v.craftNames,
          level: v.level,
          date: v.awardedAt,
          verifyUrl: v.verifyUrl,
          scores: v.scores,
        };
        return format === 'pdf' ? renderCertificatePdf(input) : renderCertificatePng(input);
      };

    app.get(
      '/credentials/:id/certificate.pdf',
      {
        preHandler: guard.require(),
        schema: {
          tags,
          summary: 'Certificate PDF in her language (?lang= to choose); owner and admins',
          security: [{ bearer: [] }],
          params: credentialIdParams,
          querystring: certificateQuery,
        },
      },
      async (request, reply) => {
        const pdf = await certificate('pdf')(request);
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="certificate-${request.params.id}.pdf"`)
          .header('cache-control', 'private, no-store')
          .send(pdf);
      },
    );

    app.get(
      '/credentials/:id/certificate.png',
      {
        preHandler: guard.require(),
        schema: {
          tags,
          summary: 'Certificate image sized for WhatsApp (1080×1350); owner and admins',
          security: [{ bearer: [] }],
          params: credentialIdParams,
          querystring: certificateQuery,
        },
      },
      async (request, reply) => {
        const png = await certificate('png')(request);
        return reply.type('image/png').header('cache-control', 'private, no-store').send(png);
      },
    );

    app.get(
      '/credentials/:id/credential.json',
      { schema: { tags, summary: 'The raw credential (JSON) for any wallet', params: credentialIdParams } },
      async (request, reply) => {
        const r = await load(request.params.id);
        return reply
          .type('application/json')
          .header('content-disposition', `attachment; filename="credential-${r.id}.json"`)
          .send(JSON.stringify({ ...r.credential, jwt: r.jwt }, null, 2));
      },
    );

    app.get(
      '/credentials/:id/credential.jwt',
      {
        schema: {
          tags,
          summary: 'The raw credential as a VC-JWT for any wallet',
          params: credentialIdParams,
        },
      },
      async (request, reply) => {
        const r = await load(request.params.id);
        return reply
          .type('application/vc+jwt')
          .header('content-disposition', `attachment; filename="credential-${r.id}.jwt"`)
          .send(r.jwt);
      },
    );

    app.get(
      '/artisans/:id/credentials',
      {
        preHandler: guard.optional(),
        schema: {
          tags,
          summary: 'Her credentials (all for herself and admins; public ones for others)',
          params: credentialIdParams,
          response: { 200: artisanCredentialsResponse, ...problemResponses },
        },
      },
      async (request) => {
        const actor = request.actor;
        const list = await listArtisanCredentials(deps, actor, request.params.id);
        const full = canSeeAll(actor, request.params.id);
        return { credentials: list.map((r) => presentSummary(r, service.publicUrl, full)) };
      },
    );
  };
}

/** The visitor's language: ?lang= first, then Accept-Language. */
export const visitorLang = (query: unknown, acceptLanguage: string | undefined): Lang => {
  const q = (query as { lang?: unknown })?.lang;
  return isLang(q) ? q : pickLang(acceptLanguage);
};
