import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeAudio } from './decode';
import { AudioDecodeError } from './errors';
import { encodeMp3 } from './mp3';
import { estimateMp3Seconds } from './mp3-duration';
import { encodeWav, rms, type Pcm } from './pcm';
import { sniffAudio } from './sniff';
import { muxWebm, oggPackets } from './test-audio';

const fixture = readFileSync(new URL('../../data/speech/haan-ji.ogg', import.meta.url));

/** A 440 Hz tone with a 3 Hz tremolo: easy to recognise after a round trip. */
function tone(seconds: number, rate: number): Pcm {
  const samples = Float32Array.from({ length: Math.round(seconds * rate) }, (_, i) => {
    const t = i / rate;
    return 0.4 * Math.sin(2 * Math.PI * 440 * t) * (0.6 + 0.4 * Math.sin(2 * Math.PI * 3 * t));
  });
  return { samples, sampleRate: rate };
}

/** Dominant frequency by counting zero crossings. */
const zeroCrossingHz = (pcm: Pcm) => {
  let crossings = 0;
  for (let i = 1; i < pcm.samples.length; i++)
    if (pcm.samples[i - 1]! < 0 !== pcm.samples[i]! < 0) crossings++;
  return crossings / 2 / (pcm.samples.length / pcm.sampleRate);
};

const codeOf = async (p: Promise<unknown>) => {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AudioDecodeError);
  return (error as AudioDecodeError).code;
};

describe('decodeAudio', () => {
  it('decodes a 44.1 kHz WAV to 16 kHz mono, keeping pitch and length', async () => {
    const wav = encodeWav(tone(1.5, 44_100));
    const out = await decodeAudio(wav);
    expect(out.format).toBe('wav');
    expect(out.sampleRate).toBe(16_000);
    expect(out.durationSec).toBeCloseTo(1.5, 1);
    expect(zeroCrossingHz(out)).toBeGreaterThan(420);
    expect(zeroCrossingHz(out)).toBeLessThan(460);
  });

  it('decodes a WhatsApp-style OGG/Opus voice note', async () => {
    expect(sniffAudio(fixture)).toBe('ogg');
    const out = await decodeAudio(fixture);
    expect(out.format).toBe('ogg');
    expect(out.durationSec).toBeGreaterThan(0.4);
    expect(out.durationSec).toBeLessThan(1.2);
    expect(rms(out.samples)).toBeGreaterThan(0.01);
  });

  it('decodes a browser WebM/Opus recording by demuxing Matroska', async () => {
    const packets = oggPackets(fixture);
    const webm = muxWebm(packets[0]!, packets.slice(2));
    expect(sniffAudio(webm)).toBe('webm');
    const [fromWebm, fromOgg] = [await decodeAudio(webm), await decodeAudio(fixture)];
    expect(fromWebm.format).toBe('webm');
    expect(Math.abs(fromWebm.durationSec - fromOgg.durationSec)).toBeLessThan(0.1);
    expect(rms(fromWebm.samples)).toBeCloseTo(rms(fromOgg.samples), 1);
  });

  it('decodes MP3 (encoded here with LAME)', async () => {
    const mp3 = await encodeMp3(tone(2, 22_050));
    expect(sniffAudio(mp3)).toBe('mp3');
    const out = await decodeAudio(mp3);
    expect(out.durationSec).toBeGreaterThan(1.9);
    expect(out.durationSec).toBeLessThan(2.2);
    expect(zeroCrossingHz(out)).toBeGreaterThan(400);
    expect(zeroCrossingHz(out)).toBeLessThan(480);
  });

  it('refuses empty, unknown, corrupt, too large and too long input with typed errors', async () => {
    expect(await codeOf(decodeAudio(Buffer.alloc(0)))).toBe('empty');
    expect(await codeOf(decodeAudio(Buffer.from('hello, this is not audio at all')))).toBe(
      'unsupported_format',
    );
    const brokenOgg = Buffer.concat([fixture.subarray(0, 60), Buffer.alloc(400, 7)]);
    expect(await codeOf(decodeAudio(brokenOgg))).toBe('corrupt');
    expect(await codeOf(decodeAudio(Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0x00, 0x00])))).toBe('corrupt');
    expect(await codeOf(decodeAudio(encodeWav(tone(1, 8000)), { maxBytes: 1000 }))).toBe('too_large');
    expect(await codeOf(decodeAudio(encodeWav(tone(61, 8000))))).toBe('too_long');
    const longMp3 = await encodeMp3(tone(150, 16_000));
    expect(estimateMp3Seconds(longMp3)).toBeCloseTo(150, -1);
    expect(await codeOf(decodeAudio(longMp3))).toBe('too_long');
    expect(await codeOf(decodeAudio(await encodeMp3(tone(70, 16_000))))).toBe('too_long');
    const packets = oggPackets(fixture);
    const audio = packets.slice(2);
    const tenMinutes = muxWebm(
      packets[0]!,
      Array.from({ length: 30_000 }, (_, i) => audio[i % audio.length]!),
    );
    expect(await codeOf(decodeAudio(tenMinutes))).toBe('too_long');
  });
});
