import { useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { credentialsApi } from '../../api/credentials';
import { earnApi } from '../../api/earn';
import { matchPath, navigate, usePath } from '../../app/router';
import { useServices } from '../../app/services';
import { Icon, type IconName } from '../../components/Icon';
import { useLoad as useSharedLoad } from '../buyer/load';

/** What the artisan screens share: their API clients, loading, links, downloads. */

export function useArtisanApis() {
  const { client, session } = useServices();
  const user = useSyncExternalStore(session.subscribe, session.get)?.user;
  return useMemo(
    () => ({ earn: earnApi(client), credentials: credentialsApi(client), artisanId: user?.id ?? '' }),
    [client, user?.id],
  );
}

/** Loads once (and again on `reload`), aborting when the screen goes away (the shared loader, artisan names). */
export function useLoad<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: unknown[],
): { data: T | null; error: unknown; reload: () => void; set: (v: T) => void } {
  const { value, error, reload, setValue } = useSharedLoad(load, deps);
  return { data: value, error, reload, set: setValue };
}

/** `:id` of the current path against `pattern`. */
export function useParam(pattern: string, name: string): string | null {
  const path = usePath();
  return matchPath(pattern, path)?.[name] ?? null;
}

/** An in-app link, big enough to tap. */
export function Go({
  to,
  icon,
  children,
  className = 'btn',
  testId,
}: {
  to: string;
  icon?: IconName;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  return (
    <a
      className={className}
      href={to}
      data-testid={testId}
      onClick={(e) => {
        e.preventDefault();
        navigate(to);
      }}
    >
      {icon && <Icon name={icon} />}
      <span>{children}</span>
    </a>
  );
}

export function Back({ to = '/' }: { to?: string }) {
  const { t } = useTranslation();
  return (
    <Go to={to} icon="back" className="btn small a-back">
      {t('app.back')}
    </Go>
  );
}

/** Saves a file fetched with her token (certificate, passbook) under `name`. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Shares a link with the phone's share sheet (WhatsApp…); without one, copies it. */
export async function shareLink(data: {
  title: string;
  text: string;
  url: string;
}): Promise<'shared' | 'copied' | 'failed'> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share(data);
      return 'shared';
    } catch (e) {
      if ((e as { name?: string }).name === 'AbortError') return 'failed';
    }
  }
  try {
    await navigator.clipboard.writeText(data.url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
