import { MPEGDecoder } from 'mpg123-decoder';
import { OggOpusDecoder } from 'ogg-opus-decoder';
import { OpusDecoder } from 'opus-decoder';
import { AudioDecodeError } from './errors';
import { estimateMp3Seconds } from './mp3-duration';
import { mixToMono, resample, SPEECH_RATE, type Pcm } from './pcm';
import { sniffAudio, type AudioFormat } from './sniff';
import { decodeWav } from './wav';
import { demuxWebmOpus } from './webm';

/** Upload limits for a voice turn (issue 6): at most 60 seconds and 16 MB. */
export const MAX_AUDIO_SECONDS = 60;
export const MAX_AUDIO_BYTES = 16 * 1024 * 1024;

export interface DecodeLimits {
  readonly maxSeconds?: number;
  readonly maxBytes?: number;
}

export interface DecodedAudio extends Pcm {
  readonly format: AudioFormat;
  readonly durationSec: number;
}

interface Decoded {
  channelData: Float32Array[];
  samplesDecoded: number;
  sampleRate: number;
  errors: unknown[];
}

/**
 * OGG/Opus (WhatsApp voice notes), WebM/Opus (browser recordings), WAV and MP3 → 16 kHz mono PCM,
 * all in WebAssembly/JS (no system packages). Long recordings are refused from their headers before
 * decoding where the container says how long it is. Throws AudioDecodeError with a typed code.
 */
export async function decodeAudio(input: Uint8Array, limits: DecodeLimits = {}): Promise<DecodedAudio> {
  const maxSeconds = limits.maxSeconds ?? MAX_AUDIO_SECONDS;
  const maxBytes = limits.maxBytes ?? MAX_AUDIO_BYTES;
  if (input.length === 0) throw new AudioDecodeError('empty');
  if (input.length > maxBytes) throw new AudioDecodeError('too_large');
  const format = sniffAudio(input);
  if (!format) throw new AudioDecodeError('unsupported_format');
  const decoded = await decodeByFormat(format, input, maxSeconds);
  const pcm = toPcm(decoded);
  const durationSec = pcm.samples.length / SPEECH_RATE;
  if (durationSec > maxSeconds + 0.5) throw new AudioDecodeError('too_long');
  if (pcm.samples.length === 0) throw new AudioDecodeError('corrupt', 'no audio frames');
  return { ...pcm, format, durationSec };
}

async function decodeByFormat(format: AudioFormat, input: Uint8Array, maxSeconds: number): Promise<Decoded> {
  switch (format) {
    case 'wav': {
      const wav = decodeWav(Buffer.from(input.buffer, input.byteOffset, input.byteLength));
      const frames = wav.channels[0]?.length ?? 0;
      if (frames / wav.sampleRate > maxSeconds + 0.5) throw new AudioDecodeError('too_long');
      return { channelData: wav.channels, samplesDecoded: frames, sampleRate: wav.sampleRate, errors: [] };
    }
    case 'ogg':
      if (oggDurationSec(input) > maxSeconds + 0.5) throw new AudioDecodeError('too_long');
      return decodeOgg(input);
    case 'webm':
      return decodeWebm(input, maxSeconds);
    case 'mp3':
      if ((estimateMp3Seconds(input) ?? 0) > maxSeconds * 2) throw new AudioDecodeError('too_long');
      return decodeMp3(input);
  }
}

async function decodeOgg(input: Uint8Array): Promise<Decoded> {
  if (!validOggPage(Buffer.from(input.buffer, input.byteOffset, input.byteLength), 0))
    throw new AudioDecodeError('corrupt', 'bad first OGG page');
  if (!hasOpusHead(input)) throw new AudioDecodeError('unsupported_format', 'OGG without Opus');
  const decoder = new OggOpusDecoder();
  await decoder.ready;
  try {
    return checked(await decoder.decodeFile(input));
  } catch (error) {
    throw asDecodeError(error);
  } finally {
    decoder.free();
  }
}

async function decodeWebm(input: Uint8Array, maxSeconds: number): Promise<Decoded> {
  const track = demuxWebmOpus(input);
  if (track.lastTimeSec > maxSeconds + 0.5) throw new AudioDecodeError('too_long');
  if (track.frames.length === 0) throw new AudioDecodeError('corrupt', 'no Opus frames');
  const { head } = track;
  const decoder = new OpusDecoder({
    sampleRate: SPEECH_RATE as 16000,
    channels: head.channels,
    preSkip: Math.round((head.preSkip * SPEECH_RATE) / 48_000),
    ...(head.mappingFamily !== 0 && {
      streamCount: head.streamCount,
      coupledStreamCount: head.coupledStreamCount,
      channelMappingTable: head.channelMappingTable,
    }),
  });
  await decoder.ready;
  try {
    return checked(decoder.decodeFrames(track.frames));
  } catch (error) {
    throw asDecodeError(error);
  } finally {
    decoder.free();
  }
}

async function decodeMp3(input: Uint8Array): Promise<Decoded> {
  const decoder = new MPEGDecoder();
  await decoder.ready;
  try {
    return checked(decoder.decode(input));
  } catch (error) {
    throw asDecodeError(error);
  } finally {
    decoder.free();
  }
}

/** A stream that yields errors and (almost) no audio is corrupt; a few bad frames in a long note are not. */
function checked(d: Decoded): Decoded {
  if (d.samplesDecoded === 0 || d.channelData.length === 0)
    throw new AudioDecodeError('corrupt', 'no decodable frames');
  if (d.errors.length > 0 && d.errors.length * 960 > d.samplesDecoded)
    throw new AudioDecodeError('corrupt', 'mostly undecodable');
  return d;
}

function toPcm(d: Decoded): Pcm {
  const mono = mixToMono(d.channelData.map((c) => c.subarray(0, d.samplesDecoded)));
  return { samples: resample(mono, d.sampleRate, SPEECH_RATE), sampleRate: SPEECH_RATE };
}

const asDecodeError = (error: unknown) =>
  error instanceof AudioDecodeError
    ? error
    : new AudioDecodeError('corrupt', String((error as Error)?.message ?? error));

function hasOpusHead(input: Uint8Array): boolean {
  const head = Buffer.from(input.buffer, input.byteOffset, Math.min(input.byteLength, 512));
  return head.indexOf('OpusHead', 0, 'latin1') >= 0;
}

/** Granule position of the last valid OGG page / 48 kHz: the stream's length without decoding it. */
export function oggDurationSec(input: Uint8Array): number {
  const buf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let at = buf.lastIndexOf('OggS', buf.length - 27, 'latin1');
  while (at >= 0 && !validOggPage(buf, at)) at = at > 0 ? buf.lastIndexOf('OggS', at - 1, 'latin1') : -1;
  if (at < 0) return 0;
  const granule = buf.readBigInt64LE(at + 6);
  return granule > 0n ? Number(granule) / 48_000 : 0;
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, i) => {
  let r = i << 24;
  for (let k = 0; k < 8; k++) r = r & 0x80000000 ? (r << 1) ^ 0x04c11db7 : r << 1;
  return r >>> 0;
});

/** A complete page whose CRC checks out (so its granule position can be trusted). */
function validOggPage(buf: Buffer, at: number): boolean {
  if (at + 27 > buf.length || buf[at + 4] !== 0) return false;
  const segments = buf[at + 26]!;
  if (at + 27 + segments > buf.length) return false;
  let length = 27 + segments;
  for (let i = 0; i < segments; i++) length += buf[at + 27 + i]!;
  if (at + length > buf.length) return false;
  let crc = 0;
  for (let i = 0; i < length; i++) {
    const byte = i >= 22 && i < 26 ? 0 : buf[at + i]!;
    crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ byte) & 0xff]!) >>> 0;
  }
  return crc === buf.readUInt32LE(at + 22);
}
