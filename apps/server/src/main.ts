import { boot, configOrExit } from './boot';

const config = configOrExit();
const { app, container } = await boot(config);
if (config.WORKER_IN_PROCESS) {
  container.startWorker({
    onEvent: (event) => {
      app.metrics.recordJob(event);
      if (event.type !== 'completed')
        app.log.warn(
          { job: event.name, id: event.id, attempt: event.attempt, error: event.error },
          `job ${event.type}`,
        );
    },
    onError: (error) => app.log.error({ err: error }, 'job worker error'),
  });
}

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await container.close();
    process.exit(0);
  });
}

await app.listen({ host: config.HOST, port: config.PORT });
app.log.info(`SheBalance is up: ${config.PUBLIC_URL} — API docs at ${config.PUBLIC_URL}/docs`);
