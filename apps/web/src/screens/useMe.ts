import { useEffect, useState } from 'react';
import type { Me } from '../api/types';
import { useServices } from '../app/services';

/** Her own account (the service worker keeps the last copy for offline use). */
export function useMe(): { me: Me | null; error: unknown; reload: () => void } {
  const { me: api } = useServices();
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [n, setN] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    api.get(controller.signal).then(setMe, (e) => !controller.signal.aborted && setError(e));
    return () => controller.abort();
  }, [api, n]);
  return { me, error, reload: () => setN((x) => x + 1) };
}
