import type { Container } from '../container';

/**
 * Registers every background-job handler on the container's registry. Each feature adds one line
 * here (e.g. `registerAssessmentHandlers(container)`); handlers must be idempotent.
 */
export function registerJobHandlers(container: Container): void {
  void container;
}
