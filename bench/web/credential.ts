/**
 * A real, signed credential for the verification page: an artisan's confirmed (scored) assessment
 * with two stored photos goes through the same issue job the reviewer decision enqueues.
 */
import { eq } from 'drizzle-orm';
import { assessmentsSchema, credentialsSchema } from '@shebalance/db';
import { enqueueCredentialIssue } from '../../apps/server/src/handlers/credentials';
import { aPaintedWorkPhoto, storeWorkPhotos } from '../../apps/server/src/routes/credentials/test-photos';
import { drainJobs, type E2eServer } from '../../e2e/support';

export async function issueCredential(server: E2eServer, artisanPhone: string): Promise<string> {
  const user = await server.container.deps.repos.users.findByPhone(artisanPhone);
  if (!user) throw new Error(`no account for ${artisanPhone}`);
  const db = server.container.database.db;
  const assessmentId = crypto.randomUUID();
  await db.insert(assessmentsSchema.assessments).values({
    id: assessmentId,
    artisanId: user.id,
    status: 'scored',
    craftId: 'madhubani',
    craftConfidence: 0.9,
    scores: { technique: 74, complexity: 62, quality: 70, overall: 69 },
    confidence: 0.88,
    level: 4,
    completedAt: new Date(),
  });
  await storeWorkPhotos(server.container, {
    assessmentId,
    artisanId: user.id,
    count: 2,
    keyPrefix: 'bench/works',
    photo: aPaintedWorkPhoto,
  });
  await enqueueCredentialIssue(server.container.jobs.queue, assessmentId);
  await drainJobs(server);
  const [row] = await db
    .select({ id: credentialsSchema.credentials.id })
    .from(credentialsSchema.credentials)
    .where(eq(credentialsSchema.credentials.assessmentId, assessmentId));
  if (!row) throw new Error('the credential was not issued');
  return row.id;
}
