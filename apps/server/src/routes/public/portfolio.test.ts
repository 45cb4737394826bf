import { describe, expect, it } from 'vitest';
import { drainJobs, useTestApp } from '../../../test/harness';
import { enqueueCredentialIssue } from '../../handlers/credentials';
import { aConfirmedAssessment, anArtisan } from '../credentials/test-support';

const ctx = useTestApp({ env: { PUBLIC_URL: 'https://shebalance.example' } });

const consent = (auth: Record<string, string>, granted: boolean) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/v1/me/consents',
    headers: auth,
    payload: { purpose: 'public_portfolio', granted, channel: 'app', textVersion: '2026-01' },
  });
const putPortfolio = (auth: Record<string, string>, payload: Record<string, unknown>) =>
  ctx.app.inject({ method: 'PUT', url: '/api/v1/me/portfolio', headers: auth, payload });

describe('public portfolio', () => {
  it('needs her consent, shows her chosen works and certificates without private data, and hides on request', async () => {
    const artisan = await anArtisan(ctx, { lang: 'bn', displayName: 'মিতা দাস', handle: 'mita-das' });
    const assessment = await aConfirmedAssessment(ctx, artisan.userId, { photos: 2 });
    await enqueueCredentialIssue(ctx.container.jobs.queue, assessment.id);
    await drainJobs(ctx);

    expect((await ctx.app.inject({ method: 'GET', url: '/p/mita-das' })).statusCode).toBe(404);
    expect((await putPortfolio(artisan.auth, { public: true })).statusCode).toBe(403);
    expect((await consent(artisan.auth, true)).statusCode).toBeLessThan(300);

    const other = await anArtisan(ctx);
    const foreign = await aConfirmedAssessment(ctx, other.userId, { photos: 1 });
    expect((await putPortfolio(artisan.auth, { public: true, works: foreign.photoIds })).statusCode).toBe(
      400,
    );

    const shown = await putPortfolio(artisan.auth, { public: true, works: [assessment.photoIds[1]] });
    expect(shown.statusCode).toBe(200);
    expect(shown.json().url).toBe('https://shebalance.example/p/mita-das');

    const page = await ctx.app.inject({
      method: 'GET',
      url: '/p/mita-das',
      headers: { 'accept-language': 'bn' },
    });
    expect(page.statusCode).toBe(200);
    const html = page.body;
    expect(html).toContain('<html lang="bn">');
    expect(html).toContain('মিতা দাস');
    expect(html).toContain('Lucknow, Uttar Pradesh');
    expect(html).toContain('property="og:description"');
    expect(html).toContain('<title>');
    expect(html).toContain(`/api/v1/public/works/${assessment.photoIds[1]}`);
    expect(html).toMatch(/href="\/verify\/[0-9a-f-]{36}\?lang=bn"/);
    // No phone number anywhere (her account's, nor the one she typed into her bio), no coordinates.
    expect(html).not.toContain(artisan.phone.slice(3));
    expect(html).not.toMatch(/98765\s?43210/);
    expect(html).not.toContain('26.85');
    expect(html).not.toMatch(/<script/i);

    expect((await putPortfolio(artisan.auth, { public: false })).statusCode).toBe(200);
    const hidden = await ctx.app.inject({ method: 'GET', url: '/p/mita-das' });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.headers['content-type']).toMatch(/text\/html/);
    // A work that is only in a hidden portfolio (not credential evidence) is no longer served.
    const extra = await aConfirmedAssessment(ctx, artisan.userId, { photos: 1, status: 'needs_review' });
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/v1/public/works/${extra.photoIds[0]}` })).statusCode,
    ).toBe(404);
  });
});
