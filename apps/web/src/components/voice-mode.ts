export type VoiceMode = 'recognition' | 'record' | 'none';

/**
 * Speech recognition in the browser first (free, instant); else record for the voice endpoint. A
 * recognizer that failed for want of a service (Chromium without one: 'network') is not tried again.
 */
export function pickVoiceMode(has: {
  recognition: boolean;
  recorder: boolean;
  recognitionFailed?: boolean;
}): VoiceMode {
  if (has.recognition && !has.recognitionFailed) return 'recognition';
  if (has.recorder) return 'record';
  return 'none';
}

/** Recognition errors that mean "this browser cannot recognise speech here": record instead. */
export const RECOGNIZER_UNAVAILABLE = ['network', 'service-not-allowed', 'language-not-supported'];

/** Whether what she says goes into a field (dictation) rather than being a request to the app. */
export function isDictationTarget(el: Element | null): boolean {
  if (!el) return false;
  if (el.tagName === 'TEXTAREA') return !(el as HTMLTextAreaElement).readOnly;
  if (el.tagName !== 'INPUT') return false;
  const input = el as HTMLInputElement;
  return !input.readOnly && ['text', 'search', 'tel', 'email', 'number', 'url', ''].includes(input.type);
}
