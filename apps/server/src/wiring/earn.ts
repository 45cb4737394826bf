import type { Ranker } from '@shebalance/core/earn/index';
import { currentRanker, type EarnDeps } from '@shebalance/core/usecases/earn/index';
import { earnStore } from '@shebalance/db/earn/index';
import type { Container } from '../container';
import { createPayments } from './payments';

export type EarnService = EarnDeps & { ranker: () => Promise<Ranker> };

const services = new WeakMap<Container, EarnService>();

/** The Earn use-case deps of a container (one per container; no module-level state). */
export function earnOf(container: Container): EarnService {
  let service = services.get(container);
  if (!service) {
    const { deps, database, jobs, storage, config } = container;
    const store = earnStore(database.db);
    service = {
      store,
      clock: deps.clock,
      ids: deps.ids,
      messaging: deps.messaging,
      jobs: jobs.queue,
      audit: deps.repos.audit,
      payments: createPayments(config),
      objects: storage.store,
      settings: { platformFeeBps: config.PLATFORM_FEE_BPS },
      live: deps.live,
      ranker: () => currentRanker({ store, objects: storage.store, clock: deps.clock, ids: deps.ids }),
    };
    services.set(container, service);
  }
  return service;
}
