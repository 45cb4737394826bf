export { signBody, verifySignature } from './signature';
export { WhatsAppCloudTransport, type CloudTransportOptions } from './cloud';
export { SimulatorTransport, storeWhatsAppMedia, extensionFor } from './simulator';
export { OutboundRateLimiter, type RateLimiterOptions } from './rate-limit';
export {
  prepareOutbound,
  enqueueSends,
  queueMessages,
  recoverQueued,
  deliverOutbound,
  SEND_JOB,
  SEND_MAX_ATTEMPTS,
  type DeliveryDeps,
} from './outbox';
export { processInbound, CONSENT_TEXT_VERSION, type TurnDeps, type TurnOutcome } from './turns';
export { WriteBatcher } from './batcher';
