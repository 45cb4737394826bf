import { AudioDecodeError } from './errors';

/**
 * A small Matroska/WebM demuxer for browser recordings (MediaRecorder 'audio/webm;codecs=opus'):
 * finds the Opus track, its OpusHead (CodecPrivate) and every frame of its SimpleBlocks/Blocks.
 * Handles unknown-size Segment/Cluster elements (live recordings) and all four lacing modes.
 */
export interface OpusTrack {
  readonly head: OpusHead;
  readonly frames: Uint8Array[];
  /** Last block time in seconds (from cluster + block timecodes), to reject long recordings early. */
  readonly lastTimeSec: number;
}

export interface OpusHead {
  readonly channels: number;
  readonly preSkip: number;
  readonly mappingFamily: number;
  readonly streamCount?: number;
  readonly coupledStreamCount?: number;
  readonly channelMappingTable?: number[];
}

const ID = {
  segment: 0x18538067,
  info: 0x1549a966,
  timecodeScale: 0x2ad7b1,
  tracks: 0x1654ae6b,
  trackEntry: 0xae,
  trackNumber: 0xd7,
  codecId: 0x86,
  codecPrivate: 0x63a2,
  audio: 0xe1,
  channels: 0x9f,
  cluster: 0x1f43b675,
  clusterTimecode: 0xe7,
  simpleBlock: 0xa3,
  blockGroup: 0xa0,
  block: 0xa1,
} as const;

const MASTERS = new Set<number>([
  ID.segment,
  ID.info,
  ID.tracks,
  ID.trackEntry,
  ID.audio,
  ID.cluster,
  ID.blockGroup,
]);

interface Vint {
  value: number;
  length: number;
  unknown: boolean;
}

function readVint(buf: Uint8Array, at: number, keepMarker: boolean): Vint {
  const first = buf[at];
  if (first === undefined || first === 0)
    throw new AudioDecodeError('corrupt', 'bad EBML variable-length integer');
  const length = Math.clz32(first) - 23;
  if (at + length > buf.length) throw new AudioDecodeError('corrupt', 'truncated EBML element');
  let value = keepMarker ? first : first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i++) {
    value = value * 256 + buf[at + i]!;
    if (buf[at + i] !== 0xff) allOnes = false;
  }
  return { value, length, unknown: !keepMarker && allOnes };
}

const readUint = (buf: Uint8Array, at: number, size: number) => {
  let value = 0;
  for (let i = 0; i < size; i++) value = value * 256 + buf[at + i]!;
  return value;
};

export function parseOpusHead(data: Uint8Array): OpusHead {
  const view = Buffer.from(data);
  if (view.length < 19 || view.toString('latin1', 0, 8) !== 'OpusHead')
    throw new AudioDecodeError('corrupt', 'missing OpusHead');
  const channels = view[9]!;
  const mappingFamily = view[18]!;
  const head: OpusHead = { channels, preSkip: view.readUInt16LE(10), mappingFamily };
  if (mappingFamily === 0 || view.length < 21 + channels) return head;
  return {
    ...head,
    streamCount: view[19],
    coupledStreamCount: view[20],
    channelMappingTable: [...view.subarray(21, 21 + channels)],
  };
}

export function demuxWebmOpus(buf: Uint8Array): OpusTrack {
  const tracks: { number?: number; codec?: string; private?: Uint8Array }[] = [];
  const blocks: { track: number; time: number; frames: Uint8Array[] }[] = [];
  let clusterTime = 0;
  let scale = 1_000_000;
  let at = 0;
  while (at < buf.length) {
    const id = readVint(buf, at, true);
    const size = readVint(buf, at + id.length, false);
    const body = at + id.length + size.length;
    if (MASTERS.has(id.value)) {
      if (id.value === ID.trackEntry) tracks.push({});
      at = body;
      continue;
    }
    if (size.unknown) throw new AudioDecodeError('corrupt', 'unknown size on a non-master element');
    const end = body + size.value;
    if (end > buf.length) break; // a recording cut short: keep what we have
    const payload = buf.subarray(body, end);
    const track = tracks[tracks.length - 1];
    switch (id.value) {
      case ID.timecodeScale:
        scale = readUint(payload, 0, payload.length) || scale;
        break;
      case ID.trackNumber:
        if (track) track.number = readUint(payload, 0, payload.length);
        break;
      case ID.codecId:
        if (track) track.codec = Buffer.from(payload).toString('latin1').replace(/\0+$/, '');
        break;
      case ID.codecPrivate:
        if (track) track.private = payload;
        break;
      case ID.clusterTimecode:
        clusterTime = readUint(payload, 0, payload.length);
        break;
      case ID.simpleBlock:
      case ID.block:
        blocks.push(readBlock(payload, clusterTime));
        break;
    }
    at = end;
  }
  const opus = tracks.find((t) => t.codec === 'A_OPUS');
  if (!opus || opus.number === undefined) {
    if (tracks.length) throw new AudioDecodeError('unsupported_format', 'WebM without an Opus audio track');
    throw new AudioDecodeError('corrupt', 'WebM without tracks');
  }
  const head = opus.private ? parseOpusHead(opus.private) : { channels: 1, preSkip: 0, mappingFamily: 0 };
  const mine = blocks.filter((b) => b.track === opus.number);
  const lastTime = mine.reduce((max, b) => Math.max(max, b.time), 0);
  return { head, frames: mine.flatMap((b) => b.frames), lastTimeSec: (lastTime * scale) / 1e9 };
}

function readBlock(payload: Uint8Array, clusterTime: number) {
  const track = readVint(payload, 0, false);
  let at = track.length;
  if (at + 3 > payload.length) throw new AudioDecodeError('corrupt', 'short block');
  const relative = Buffer.from(payload).readInt16BE(at);
  const flags = payload[at + 2]!;
  at += 3;
  const lacing = (flags >> 1) & 3;
  const time = clusterTime + relative;
  if (lacing === 0) return { track: track.value, time, frames: [payload.subarray(at)] };
  const count = payload[at]! + 1;
  at += 1;
  const sizes = readLaceSizes(payload, at, count, lacing);
  at = sizes.next;
  const frames: Uint8Array[] = [];
  for (const size of sizes.sizes) {
    if (at + size > payload.length) throw new AudioDecodeError('corrupt', 'lace overruns block');
    frames.push(payload.subarray(at, at + size));
    at += size;
  }
  return { track: track.value, time, frames };
}

function readLaceSizes(p: Uint8Array, start: number, count: number, lacing: number) {
  let at = start;
  const sizes: number[] = [];
  if (lacing === 2) {
    const each = Math.floor((p.length - at) / count);
    return { sizes: Array<number>(count).fill(each), next: at };
  }
  if (lacing === 1) {
    for (let i = 0; i < count - 1; i++) {
      let size = 0;
      let byte: number;
      do {
        byte = p[at++] ?? 0;
        size += byte;
      } while (byte === 255 && at < p.length);
      sizes.push(size);
    }
  } else {
    const first = readVint(p, at, false);
    at += first.length;
    sizes.push(first.value);
    for (let i = 1; i < count - 1; i++) {
      const delta = readVint(p, at, false);
      at += delta.length;
      const bias = 2 ** (7 * delta.length - 1) - 1;
      sizes.push(sizes[i - 1]! + delta.value - bias);
    }
  }
  const used = sizes.reduce((a, b) => a + b, 0);
  sizes.push(p.length - at - used);
  if (sizes.some((s) => s < 0)) throw new AudioDecodeError('corrupt', 'bad lacing');
  return { sizes, next: at };
}
