import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../../api/client';

/** Loads once (and again on reload()); shared by the buyer, reviewer and admin screens. */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]) {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [n, setN] = useState(0);
  useEffect(() => {
    const controller = new AbortController();
    setError(null);
    load(controller.signal).then(
      (v) => !controller.signal.aborted && setValue(v),
      (e) => !controller.signal.aborted && setError(e),
    );
    return () => controller.abort();
  }, [...deps, n]);
  const reload = useCallback(() => setN((x) => x + 1), []);
  return { value, error, reload, setValue };
}

/** The server's problem detail (already in her language), or the generic message. */
export function errorText(e: unknown, fallback: string): string {
  return e instanceof ApiError && e.problem ? e.problem.detail : fallback;
}

/** Whole rupees typed in a form → integer paise (₹1 = 100 paise); null when empty. */
export function rupeesToPaise(input: string): number | null {
  const n = Number(input.replace(/[,\s₹]/g, ''));
  return input.trim() === '' || !Number.isFinite(n) || n <= 0 ? null : Math.round(n * 100);
}
