import pino from 'pino';
import { configOrExit } from './boot';
import { createContainer } from './container';

/**
 * `npm run worker`: the background-job worker as its own process (set WORKER_IN_PROCESS=false on the
 * API processes). Same container, same handlers; scale by running more of these.
 */
const config = configOrExit();
const log = pino({ level: config.LOG_LEVEL });
const container = await createContainer(config);
container.startWorker({
  onEvent: (event) =>
    log[event.type === 'completed' ? 'info' : 'warn'](
      { job: event.name, id: event.id, attempt: event.attempt, error: event.error },
      `job ${event.type}`,
    ),
  onError: (error) => log.error({ err: error }, 'job worker error'),
});
log.info(`worker started (${container.jobs.queue.kind} queue, ${config.JOB_CONCURRENCY} at a time)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    log.info({ signal }, 'worker stopping');
    await container.close();
    process.exit(0);
  });
}
