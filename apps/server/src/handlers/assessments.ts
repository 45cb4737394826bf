import { ASSESSMENT_JOB } from '@shebalance/core/assessments/index';
import { PIPELINE_MAX_ATTEMPTS, runAssessmentPipeline } from '@shebalance/core/usecases/assessments/index';
import { assessmentChanged, publishLive } from '@shebalance/core/live/index';
import { z } from 'zod';
import type { Container } from '../container';
import { visionFor } from '../wiring/vision';
import { enqueueCredentialIssue } from './credentials';
import { enqueueWhatsAppResult } from './whatsapp-journeys';

const payload = z.strictObject({ assessmentId: z.uuid() });

/**
 * The Snap → Score pipeline job. Idempotent: per-photo results are stored as they are computed
 * and the outcome is written once, only while the assessment is open. After the queue's last
 * attempt fails, the assessment is marked `failed` (never left half-finished).
 */
export function registerAssessmentHandlers(container: Container): void {
  container.jobs.registry.register<{ assessmentId: string }>(
    ASSESSMENT_JOB,
    async ({ assessmentId }, context) => {
      const vision = visionFor(container);
      const base = await vision.pipelineDeps();
      // Issue 5: a WhatsApp assessment gets its full result there (below), not the "open the app" notice.
      const viaWhatsApp = (await base.assessments.get(assessmentId))?.channel === 'whatsapp';
      const deps = viaWhatsApp ? { ...base, notifyText: () => null } : base;
      try {
        const done = await runAssessmentPipeline(deps, assessmentId);
        // Issue 7 (credentials owner): a confirmed (auto-scored) assessment gets its credential; idempotent.
        if (done?.status === 'scored') await enqueueCredentialIssue(container.jobs.queue, assessmentId);
        // Issue 5: an assessment sent on WhatsApp gets its result there (idempotent per status).
        if (done) await enqueueWhatsAppResult(container.jobs.queue, done);
      } catch (error) {
        if (context.attempt >= PIPELINE_MAX_ATTEMPTS) {
          const message = error instanceof Error ? error.message : String(error);
          await deps.assessments.fail(assessmentId, message, container.deps.clock.now());
          const failed = await deps.assessments.get(assessmentId);
          if (failed) publishLive(deps.live, assessmentChanged(failed, failed.status));
          if (viaWhatsApp)
            await enqueueWhatsAppResult(container.jobs.queue, {
              id: assessmentId,
              channel: 'whatsapp',
              status: 'failed',
            });
        }
        throw error;
      }
    },
    { parse: (p) => payload.parse(p) },
  );
}
