import { AudioDecodeError } from './errors';

/** Reads RIFF/WAVE: PCM 8/16/24/32-bit integers and 32/64-bit floats, any channel count. */
export interface WavAudio {
  readonly channels: Float32Array[];
  readonly sampleRate: number;
}

interface Format {
  tag: number;
  channels: number;
  sampleRate: number;
  bits: number;
}

export function decodeWav(buf: Buffer): WavAudio {
  if (buf.length < 12 || buf.toString('ascii', 0, 4) !== 'RIFF' || buf.toString('ascii', 8, 12) !== 'WAVE')
    throw new AudioDecodeError('corrupt', 'not a RIFF/WAVE file');
  let format: Format | undefined;
  let offset = 12;
  while (offset + 8 <= buf.length) {
    const id = buf.toString('ascii', offset, offset + 4);
    const size = buf.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === 'fmt ') format = readFormat(buf, body, size);
    if (id === 'data') {
      if (!format) throw new AudioDecodeError('corrupt', 'data chunk before fmt chunk');
      const end = Math.min(buf.length, body + size);
      return { channels: readSamples(buf.subarray(body, end), format), sampleRate: format.sampleRate };
    }
    offset = body + size + (size % 2);
  }
  throw new AudioDecodeError('corrupt', 'no data chunk');
}

function readFormat(buf: Buffer, at: number, size: number): Format {
  if (size < 16 || at + 16 > buf.length) throw new AudioDecodeError('corrupt', 'short fmt chunk');
  let tag = buf.readUInt16LE(at);
  if (tag === 0xfffe && size >= 26) tag = buf.readUInt16LE(at + 24);
  const format = {
    tag,
    channels: buf.readUInt16LE(at + 2),
    sampleRate: buf.readUInt32LE(at + 4),
    bits: buf.readUInt16LE(at + 14),
  };
  const pcmOk = tag === 1 && [8, 16, 24, 32].includes(format.bits);
  const floatOk = tag === 3 && [32, 64].includes(format.bits);
  if (!pcmOk && !floatOk)
    throw new AudioDecodeError('unsupported_format', `WAV encoding ${tag}/${format.bits}`);
  if (format.channels < 1 || format.channels > 8 || format.sampleRate < 4000 || format.sampleRate > 192_000)
    throw new AudioDecodeError('corrupt', 'implausible WAV format');
  return format;
}

function readSamples(data: Buffer, f: Format): Float32Array[] {
  const width = f.bits / 8;
  const frames = Math.floor(data.length / (width * f.channels));
  const channels = Array.from({ length: f.channels }, () => new Float32Array(frames));
  for (let i = 0; i < frames; i++) {
    for (let c = 0; c < f.channels; c++) {
      const at = (i * f.channels + c) * width;
      channels[c]![i] = readSample(data, at, f);
    }
  }
  return channels;
}

function readSample(data: Buffer, at: number, f: Format): number {
  if (f.tag === 3) return f.bits === 32 ? data.readFloatLE(at) : data.readDoubleLE(at);
  switch (f.bits) {
    case 8:
      return (data[at]! - 128) / 128;
    case 16:
      return data.readInt16LE(at) / 32768;
    case 24:
      return data.readIntLE(at, 3) / 8388608;
    default:
      return data.readInt32LE(at) / 2147483648;
  }
}
