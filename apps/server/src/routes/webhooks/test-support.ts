import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeGraphServer } from '@shebalance/adapters/whatsapp/fake-graph-server';
import { syntheticCraftPhoto, type SyntheticCraft } from '@shebalance/ml/recognition/synthetic';
import { afterAll, beforeAll } from 'vitest';
import { useTestApp, type TestContext } from '../../../test/harness';
import { importGalleryFolder } from '../../cli/assessments';

/** What the WhatsApp webhook tests share: an app on the Cloud API driver and a recognition gallery. */

/**
 * The app with `MESSAGING_DRIVER=whatsapp` talking to a local fake Graph API (started before the
 * app, stopped after). Call at module level, like `useTestApp`.
 */
export function useWhatsAppTestApp(o: {
  secret: string;
  phoneId: string;
  verifyToken: string;
  token: string;
}): {
  ctx: TestContext;
  graph: FakeGraphServer;
} {
  const env: Record<string, string> = {
    MESSAGING_DRIVER: 'whatsapp',
    WHATSAPP_APP_SECRET: o.secret,
    WHATSAPP_VERIFY_TOKEN: o.verifyToken,
    WHATSAPP_TOKEN: o.token,
    WHATSAPP_PHONE_NUMBER_ID: o.phoneId,
  };
  const graph = new FakeGraphServer(o.token, o.phoneId);
  beforeAll(async () => {
    await graph.start();
    env.WHATSAPP_GRAPH_URL = graph.url;
  });
  afterAll(() => graph.stop());
  return { ctx: useTestApp({ env, clock: 'fixed' }), graph };
}

/** A synthetic photo of a craft (JPEG, with grain, as a phone would send). */
export const craftPhoto = (craft: SyntheticCraft, seed: number, width = 1000, height = 750) =>
  syntheticCraftPhoto(craft, seed, { width, height, grain: 8, format: 'jpeg' });

/** The recognition gallery, as a reviewer would import it: three crafts, four photos each. */
export async function importCraftGallery(ctx: TestContext, prefix: string): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  const gallery: Record<SyntheticCraft, string> = {
    'woven-checks': 'handloom-weaving',
    'pottery-rings': 'pottery',
    'tie-dye-dots': 'bandhani',
  };
  for (const [synthetic, craft] of Object.entries(gallery)) {
    await mkdir(join(root, craft));
    for (const s of [0, 1, 2, 3])
      await writeFile(
        join(root, craft, `${s}.jpg`),
        await craftPhoto(synthetic as SyntheticCraft, s, 640, 480),
      );
  }
  await importGalleryFolder(ctx.container, root, () => undefined);
}

/** A buyer's POST to the API (optional JSON body). */
export const buyerPost =
  (ctx: TestContext, auth: Record<string, string>) => (url: string, payload?: object) =>
    ctx.app.inject({ method: 'POST', url: `/api/v1${url}`, headers: auth, ...(payload ? { payload } : {}) });

/** A pottery request near Lucknow for Hindi speakers, due in 30 days on the test clock. */
export const potteryRequest = (
  ctx: TestContext,
  work: { description: string; quantity: number; unitPricePaise: number },
) => ({
  ...work,
  craftIds: ['pottery'],
  deadline: new Date(ctx.clock.now().getTime() + 30 * 86_400_000).toISOString(),
  location: { lat: 26.9, lng: 80.9 },
  maxDistanceKm: 100,
  minLevel: 1,
  languages: ['hi'],
});
