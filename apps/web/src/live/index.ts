export { createLiveEvents, concerns, type LiveEvents, type LiveMessage, type LiveStatus } from './events';
export { createLiveChannel } from './channel';
export { useLive } from './useLive';
export { useLiveRefresh, FALLBACK_POLL_MS } from './useLiveRefresh';
