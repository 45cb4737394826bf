import type { Container } from '../container';
import { registerAssessmentHandlers } from './assessments';
import { registerCredentialHandlers } from './credentials';
import { registerEarnHandlers } from './earn';
import { registerWhatsAppHandlers } from './whatsapp';

/**
 * Registers every background-job handler on the container's registry. Each feature adds one line
 * here (e.g. `registerAssessmentHandlers(container)`); handlers must be idempotent.
 */
export function registerJobHandlers(container: Container): void {
  void container;
  registerAssessmentHandlers(container);
  registerCredentialHandlers(container);
  registerEarnHandlers(container);
  registerWhatsAppHandlers(container);
}
