/** Audio containers we accept, recognised by their first bytes (never by name or declared type). */
export type AudioFormat = 'ogg' | 'webm' | 'wav' | 'mp3';

export const AUDIO_CONTENT_TYPES: Record<AudioFormat, string> = {
  ogg: 'audio/ogg',
  webm: 'audio/webm',
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
};

export function sniffAudio(buf: Uint8Array): AudioFormat | undefined {
  const ascii = (from: number, to: number) => Buffer.from(buf.subarray(from, to)).toString('latin1');
  if (buf.length >= 4 && ascii(0, 4) === 'OggS') return 'ogg';
  if (buf.length >= 4 && buf[0] === 0x1a && buf[1] === 0x45 && buf[2] === 0xdf && buf[3] === 0xa3)
    return 'webm';
  if (buf.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WAVE') return 'wav';
  if (buf.length >= 3 && ascii(0, 3) === 'ID3') return 'mp3';
  // MPEG audio frame sync: 11 set bits, layer bits not 00.
  if (buf.length >= 2 && buf[0] === 0xff && (buf[1]! & 0xe0) === 0xe0 && (buf[1]! & 0x06) !== 0) return 'mp3';
  return undefined;
}
