/**
 * Test helpers (used only by *.test.ts): read the Opus packets out of an OGG file and mux them into a
 * WebM the way a browser's MediaRecorder does (unknown-size Segment and Cluster, SimpleBlocks).
 */
export function oggPackets(ogg: Buffer): Buffer[] {
  const packets: Buffer[] = [];
  let pending: Buffer[] = [];
  let at = 0;
  while (at + 27 <= ogg.length && ogg.toString('latin1', at, at + 4) === 'OggS') {
    const segments = ogg[at + 26]!;
    const table = ogg.subarray(at + 27, at + 27 + segments);
    let body = at + 27 + segments;
    for (const lace of table) {
      pending.push(ogg.subarray(body, body + lace));
      body += lace;
      if (lace < 255) {
        packets.push(Buffer.concat(pending));
        pending = [];
      }
    }
    at = body;
  }
  return packets;
}

const sizeVint = (n: number) => {
  const b = Buffer.alloc(8);
  b[0] = 0x01;
  b.writeUIntBE(n, 2, 6);
  return b;
};
const UNKNOWN = Buffer.from([0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff]);
const el = (id: number[], payload: Buffer, unknownSize = false) =>
  Buffer.concat([Buffer.from(id), unknownSize ? UNKNOWN : sizeVint(payload.length), payload]);
const uint = (n: number, bytes = 4) => {
  const b = Buffer.alloc(bytes);
  b.writeUIntBE(n, 0, bytes);
  return b;
};

/** A WebM/Opus file from an OpusHead and audio packets; `frameMs` spaces the block timecodes. */
export function muxWebm(opusHead: Buffer, frames: Buffer[], frameMs = 20): Buffer {
  const header = el([0x1a, 0x45, 0xdf, 0xa3], el([0x42, 0x82], Buffer.from('webm')));
  const info = el([0x15, 0x49, 0xa9, 0x66], el([0x2a, 0xd7, 0xb1], uint(1_000_000, 3)));
  const track = el(
    [0xae],
    Buffer.concat([
      el([0xd7], uint(1, 1)),
      el([0x86], Buffer.from('A_OPUS')),
      el([0x63, 0xa2], opusHead),
      el([0xe1], Buffer.concat([el([0x9f], uint(1, 1)), el([0xb5], Buffer.from([0x46, 0x3b, 0x80, 0x00]))])),
    ]),
  );
  const tracks = el([0x16, 0x54, 0xae, 0x6b], track);
  const clusters: Buffer[] = [];
  const perCluster = 50;
  for (let c = 0; c < frames.length; c += perCluster) {
    const blocks = frames.slice(c, c + perCluster).map((frame, i) => {
      const head = Buffer.alloc(4);
      head[0] = 0x81;
      head.writeInt16BE(i * frameMs, 1);
      head[3] = 0x80;
      return el([0xa3], Buffer.concat([head, frame]));
    });
    clusters.push(
      el([0x1f, 0x43, 0xb6, 0x75], Buffer.concat([el([0xe7], uint(c * frameMs)), ...blocks]), true),
    );
  }
  return Buffer.concat([
    header,
    el([0x18, 0x53, 0x80, 0x67], Buffer.concat([info, tracks, ...clusters]), true),
  ]);
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, i) => {
  let r = i << 24;
  for (let k = 0; k < 8; k++) r = r & 0x80000000 ? ((r << 1) ^ 0x04c11db7) >>> 0 : (r << 1) >>> 0;
  return r >>> 0;
});
const oggCrc = (page: Buffer) => {
  let crc = 0;
  for (const byte of page) crc = ((crc << 8) ^ CRC_TABLE[((crc >>> 24) ^ byte) & 0xff]!) >>> 0;
  return crc;
};

function oggPage(packets: Buffer[], granule: bigint, serial: number, seq: number, flags: number): Buffer {
  const lacing: number[] = [];
  for (const p of packets) {
    for (let n = p.length; ; n -= 255) {
      lacing.push(Math.min(n, 255));
      if (n < 255) break;
    }
  }
  const head = Buffer.alloc(27 + lacing.length);
  head.write('OggS', 0, 'latin1');
  head[5] = flags;
  head.writeBigInt64LE(granule, 6);
  head.writeUInt32LE(serial, 14);
  head.writeUInt32LE(seq, 18);
  head[26] = lacing.length;
  Buffer.from(lacing).copy(head, 27);
  const page = Buffer.concat([head, ...packets]);
  page.writeUInt32LE(oggCrc(page), 22);
  return page;
}

/**
 * A WhatsApp-style voice note: 16 kHz mono PCM → Opus (libopus in WASM, @evan/opus, a dev dependency)
 * in 20 ms frames → an OGG stream (OpusHead, OpusTags, audio pages), as phones record them.
 */
export async function encodeOggOpus(pcm: { samples: Float32Array; sampleRate: number }): Promise<Buffer> {
  process.env.OPUS_FORCE_WASM ??= '1';
  const { Encoder } = await import('@evan/opus');
  if (pcm.sampleRate !== 16_000) throw new Error('encodeOggOpus expects 16 kHz');
  const encoder = new Encoder({ channels: 1, sample_rate: 16_000, application: 'voip' });
  const frame = 320;
  const packets: Buffer[] = [];
  for (let at = 0; at < pcm.samples.length; at += frame) {
    const chunk = new Int16Array(frame);
    for (let i = 0; i < frame; i++) {
      const v = pcm.samples[at + i] ?? 0;
      chunk[i] = Math.max(-32768, Math.min(32767, Math.round(v * 32767)));
    }
    packets.push(Buffer.from(encoder.encode(chunk)));
  }
  const preSkip = 312;
  const head = Buffer.alloc(19);
  head.write('OpusHead', 0, 'latin1');
  head[8] = 1;
  head[9] = 1;
  head.writeUInt16LE(preSkip, 10);
  head.writeUInt32LE(16_000, 12);
  const vendor = Buffer.from('shebalance-test');
  const tags = Buffer.concat([Buffer.from('OpusTags'), Buffer.alloc(4), vendor, Buffer.alloc(4)]);
  tags.writeUInt32LE(vendor.length, 8);
  const serial = 0x5eba1a;
  const pages = [oggPage([head], 0n, serial, 0, 0x02), oggPage([tags], 0n, serial, 1, 0)];
  for (let i = 0, seq = 2; i < packets.length; i += 50, seq++) {
    const group = packets.slice(i, i + 50);
    const granule = BigInt(preSkip + (i + group.length) * 960);
    pages.push(oggPage(group, granule, serial, seq, i + 50 >= packets.length ? 0x04 : 0));
  }
  return Buffer.concat(pages);
}
