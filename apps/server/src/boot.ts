import { buildApp, type App } from './app';
import { ConfigError, loadConfig, type Config } from './config';
import { createContainer, type Container } from './container';
import { hasUsers, seedDemo } from './seed/demo';

/** Loads config or exits with a message naming every bad variable. */
export function configOrExit(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(
        `SheBalance cannot start.\n${error.message}\nSee .env.example for every variable and its default.`,
      );
      process.exit(78);
    }
    throw error;
  }
}

/** Container + demo data on an empty database (embedded default) + app. */
export async function boot(config: Config): Promise<{ container: Container; app: App }> {
  const container = await createContainer(config);
  if (config.SEED_DEMO && !config.isProduction && !(await hasUsers(container.database.db))) {
    const summary = await seedDemo(container.database.db);
    console.info(
      `Seeded demo data: ${summary.artisans} artisans in ${summary.states} states, ${summary.crafts} crafts, ${summary.buyers} buyers, ${summary.opportunities} open requests.`,
    );
  }
  const app = await buildApp(container);
  return { container, app };
}
