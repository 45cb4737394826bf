import { startEarly } from './app/early';
import './styles.css';

// Boot: read her session and language, start loading her catalog and (on her home) her account,
// while the rest of the app — React, i18next, the shell — is fetched in parallel (modulepreload).
const early = startEarly();
void import('./app/start').then(({ start }) => start(early));
