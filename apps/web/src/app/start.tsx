import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../i18n';
import { App, preloadScreen } from './App';
import type { Early } from './early';
import { createOutboxService, mirrorSession } from './outbox-service';
import { createServices, ServicesContext } from './services';

/**
 * The app proper, loaded by main.tsx after the boot steps (early.ts): i18next with her catalog and
 * the first screen's chunk are awaited together, then React draws the shell and that screen in one go.
 */
export async function start(early: Early): Promise<void> {
  // Each step in its own task, yielding to the browser in between: evaluating this chunk, starting
  // i18next and React's first render would otherwise be one long task on a slow phone.
  await yieldToMain();
  const [i18n] = await Promise.all([
    initI18n({ lang: early.lang, catalog: early.catalog }),
    preloadScreen(early.session.get(), location.pathname),
  ]);
  early.mirrorSession((s) => void mirrorSession(s));
  const services = createServices(createOutboxService, early.session);
  await yieldToMain();

  // The first render is a transition: React yields to the browser between components instead of
  // blocking the main thread for the whole tree (Total Blocking Time on a slow phone).
  const root = createRoot(document.getElementById('root')!);
  startTransition(() => {
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <ServicesContext.Provider value={services}>
            <App />
          </ServicesContext.Provider>
        </I18nextProvider>
      </StrictMode>,
    );
  });

  // Work the first screen does not need waits until the page has loaded and the main thread is idle:
  // the service worker's copy of the session, and the service worker's registration (an update check).
  afterFirstScreen(() => {
    void mirrorSession(services.session.get());
    if ('serviceWorker' in navigator && import.meta.env.PROD)
      void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true }));
  });
}

/** Lets the browser run what is waiting (input, paint) before the next step: a new task. */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function afterFirstScreen(work: () => void) {
  const idle = () =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(work, { timeout: 2000 })
      : setTimeout(work, 1);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
