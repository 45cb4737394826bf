/**
 * A quick length estimate of an MP3 from its first frame header (bytes × 8 / bitrate), so a
 * ten-minute file is refused before it is decoded. Only an estimate (VBR files vary): callers
 * compare it against a generous bound and still check the decoded length.
 */
const BITRATES_V1_L3 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const BITRATES_V2_L3 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];

export function estimateMp3Seconds(buf: Uint8Array): number | undefined {
  let at = 0;
  if (buf.length >= 10 && buf[0] === 0x49 && buf[1] === 0x44 && buf[2] === 0x33) {
    const size =
      ((buf[6]! & 0x7f) << 21) | ((buf[7]! & 0x7f) << 14) | ((buf[8]! & 0x7f) << 7) | (buf[9]! & 0x7f);
    at = 10 + size;
  }
  for (const end = Math.min(buf.length - 4, at + 4096); at < end; at++) {
    if (buf[at] !== 0xff || (buf[at + 1]! & 0xe0) !== 0xe0) continue;
    const version = (buf[at + 1]! >> 3) & 3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
    const layer = (buf[at + 1]! >> 1) & 3; // 1 = Layer III
    const index = buf[at + 2]! >> 4;
    if (layer !== 1 || version === 1 || index === 0 || index === 15) continue;
    const kbps = (version === 3 ? BITRATES_V1_L3 : BITRATES_V2_L3)[index]!;
    return ((buf.length - at) * 8) / (kbps * 1000);
  }
  return undefined;
}
