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
