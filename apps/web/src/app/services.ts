import { createContext, useContext } from 'react';
import { assessmentsApi } from '../api/assessments';
import { authApi } from '../api/auth';
import { createApiClient, type ApiClient } from '../api/client';
import type { LiveChannel } from '../api/live';
import { meApi } from '../api/me';
import type { SessionStore } from '../api/session';
import { voiceApi } from '../api/voice';
import { currentLang } from '../i18n';
import { createLiveChannel, createLiveEvents, type LiveEvents } from '../live';
import type { OutboxService } from './outbox-service';

/** Everything the screens use, made once in app/start.tsx (the web app's composition root). */
export interface Services {
  session: SessionStore;
  client: ApiClient;
  auth: ReturnType<typeof authApi>;
  me: ReturnType<typeof meApi>;
  assessments: ReturnType<typeof assessmentsApi>;
  voice: ReturnType<typeof voiceApi>;
  live: LiveChannel;
  /** The server's live event stream (useLive); `live` above reloads on its events and polls without it. */
  events: LiveEvents;
  outbox: OutboxService;
  /** Development build or a server with development routes: show the dev outbox hint. */
  devHints: boolean;
}

/** `session`: the store the boot script made (app/early.ts), read from localStorage once. */
export function createServices(
  outbox: (session: SessionStore) => OutboxService,
  session: SessionStore,
): Services {
  const client = createApiClient({ session, lang: currentLang });
  const events = createLiveEvents({
    ticket: async () => (await client.request<{ ticket: string }>('POST', '/api/v1/events/ticket')).ticket,
    identity: () => {
      const user = session.get()?.user;
      return user ? `${user.id}:${user.role}` : null;
    },
    onSessionChange: (listener) => session.subscribe(listener),
  });
  return {
    session,
    client,
    auth: authApi(client),
    me: meApi(client),
    assessments: assessmentsApi(client),
    voice: voiceApi(client),
    live: createLiveChannel(events),
    events,
    outbox: outbox(session),
    devHints: import.meta.env.DEV || location.hostname === 'localhost' || location.hostname === '127.0.0.1',
  };
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('ServicesContext missing');
  return s;
}
