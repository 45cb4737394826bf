import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { createOutboxService, mirrorSession } from './app/outbox-service';
import { createServices, ServicesContext } from './app/services';
import { initI18n } from './i18n';
import './styles.css';

const i18n = await initI18n();
const services = createServices(createOutboxService, (s) => void mirrorSession(s));
void mirrorSession(services.session.get());

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

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true }));
}
