import { createMp3Encoder } from 'wasm-media-encoders';
import { toSpeechRate, type Pcm } from './pcm';

/**
 * MP3 with the reference LAME encoder compiled to WebAssembly (wasm-media-encoders; ~30× faster than
 * the pure-JS lamejs port here): mono 16 kHz at 32 kbit/s — clear for speech and accepted by WhatsApp
 * as audio/mpeg. One encoder instance per process, reused (encoding is synchronous inside).
 */
type Encoder = Awaited<ReturnType<typeof createMp3Encoder>>;
let encoder: Promise<Encoder> | undefined;

export async function encodeMp3(pcm: Pcm, kbps: 32 | 48 | 64 = 32): Promise<Buffer> {
  const speech = toSpeechRate(pcm);
  const mp3 = await (encoder ??= createMp3Encoder());
  mp3.configure({ sampleRate: speech.sampleRate, channels: 1, bitrate: kbps });
  // The returned views belong to the encoder: copy before the next call.
  const body = Buffer.from(mp3.encode([speech.samples]));
  return Buffer.concat([body, Buffer.from(mp3.finalize())]);
}
