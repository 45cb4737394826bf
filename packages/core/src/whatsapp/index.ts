export * from './types';
export { parseWebhook, WebhookShapeError, statusAdvances, waIdToPhone, phoneToWaId } from './webhook';
export {
  LIMITS,
  OutboundLimitError,
  outboundProblems,
  assertSendable,
  charCount,
  type LimitProblem,
} from './validate';
export {
  TEMPLATE_NAMES,
  TEMPLATE_BODIES,
  TEMPLATE_LANGUAGE,
  template,
  templateParam,
  renderTemplate,
  windowOpen,
  fitToWindow,
  messageText,
  SERVICE_WINDOW_MS,
  type TemplateName,
} from './templates';
export { renderIntent } from './render';
export { toConversationInput, MAX_INBOUND_MEDIA_BYTES } from './input';
export { RETRYABLE_CODES, TransportError, type WhatsAppTransport } from './transport';
export { webhookPayload, wire, type WireMessage, type WireStatus } from './build';
