export type VoiceMode = 'recognition' | 'record' | 'none';

/** Speech recognition in the browser first (free, instant); else record for the voice endpoint. */
export function pickVoiceMode(has: { recognition: boolean; recorder: boolean }): VoiceMode {
  if (has.recognition) return 'recognition';
  if (has.recorder) return 'record';
  return 'none';
}
