import { startTransition, useEffect, useState } from 'react';
import type { Me } from '../api/types';
import { consumeMePrefetch, peekMePrefetch } from '../app/early';
import { useServices } from '../app/services';

/**
 * Her own account (the service worker keeps the last copy for offline use). The first home screen
 * uses the answer the boot script already asked for (app/early.ts): drawn at once when it is in,
 * else awaited; when that failed (an expired token), it asks through the API client, which renews it.
 */
export function useMe(): { me: Me | null; error: unknown; reload: () => void } {
  const { me: api, session } = useServices();
  const [early] = useState(() => peekMePrefetch(session.get()?.accessToken));
  const [me, setMe] = useState<Me | null>(() => early?.value ?? null);
  const [error, setError] = useState<unknown>(null);
  const [n, setN] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    const fetchMe = () =>
      api.get(controller.signal).then(
        // A transition: React draws her data in slices, yielding to the browser (no long task).
        (m) => startTransition(() => setMe(m)),
        (e) => !controller.signal.aborted && setError(e),
      );
    const prefetched = n === 0 ? early : null;
    if (prefetched) {
      consumeMePrefetch(prefetched);
      if (!prefetched.value)
        void prefetched.result.then((m) => {
          if (controller.signal.aborted) return;
          if (m) startTransition(() => setMe(m));
          else void fetchMe();
        });
    } else void fetchMe();
    return () => controller.abort();
  }, [api, early, n]);
  return { me, error, reload: () => setN((x) => x + 1) };
}
