import { boot, configOrExit } from './boot';

const config = configOrExit();
const { app, container } = await boot(config);
await container.startWorker?.();

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
