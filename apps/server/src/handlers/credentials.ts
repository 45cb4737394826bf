import type { JobQueue } from '@shebalance/core';
import {
  CREDENTIAL_ISSUE_JOB,
  issueCredentialForAssessment,
} from '@shebalance/core/usecases/credentials/index';
import { z } from 'zod';
import type { Container } from '../container';
import { credentialsOf } from '../wiring/credentials';
import { enqueueCertificateNotice } from './whatsapp-journeys';

const payloadSchema = z.object({ assessmentId: z.uuid() }).strict();

/**
 * The hook the assessment flow calls when an assessment becomes confirmed (`scored`, automatically
 * or by a reviewer): enqueues the credential job once per assessment (idempotency key).
 */
export async function enqueueCredentialIssue(
  queue: Pick<JobQueue, 'enqueue'>,
  assessmentId: string,
): Promise<{ id: string; created: boolean }> {
  return queue.enqueue(
    CREDENTIAL_ISSUE_JOB,
    { assessmentId },
    { idempotencyKey: `${CREDENTIAL_ISSUE_JOB}:${assessmentId}`, maxAttempts: 5 },
  );
}

/**
 * `credential.issue`: issues the Open Badges credential of a confirmed assessment. Idempotent (one
 * credential per assessment); an assessment that is not confirmed is skipped. Also creates the
 * issuer key ring on first start, so `/.well-known/did.json` is ready before the first credential.
 */
export function registerCredentialHandlers(container: Container): void {
  const service = credentialsOf(container);
  void service.ring().catch((err: unknown) => {
    // The first request that needs the ring retries and reports the error itself.
    void err;
  });
  container.jobs.registry.register<z.infer<typeof payloadSchema>>(
    CREDENTIAL_ISSUE_JOB,
    async ({ assessmentId }) => {
      const outcome = await issueCredentialForAssessment(service.deps, assessmentId);
      // Issue 5: the certificate image and PDF go to her on WhatsApp (once per credential).
      if (outcome.kind === 'issued' || outcome.kind === 'existing')
        await enqueueCertificateNotice(container.jobs.queue, outcome.record.id);
    },
    { parse: (p) => payloadSchema.parse(p) },
  );
}
