import { randomUUID } from 'node:crypto';
import { assessmentsSchema } from '@shebalance/db';
import { count } from 'drizzle-orm';
import type { TestContext } from '../../../test/harness';

export interface FilePart {
  field: string;
  filename: string;
  contentType: string;
  data: Buffer;
}

/** A multipart/form-data body built by hand (what a phone's browser sends). */
export function multipart(files: FilePart[], fields: Record<string, string> = {}) {
  const boundary = `----sb${randomUUID().replace(/-/g, '')}`;
  const chunks: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    chunks.push(
      Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  for (const f of files) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="${f.field}"; filename="${f.filename}"\r\ncontent-type: ${f.contentType}\r\n\r\n`,
      ),
      f.data,
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

export const jpegPart = (data: Buffer, field = 'photos', filename = 'work.jpg'): FilePart => ({
  field,
  filename,
  contentType: 'image/jpeg',
  data,
});

/** Rows in the assessment tables and objects in the store: "nothing stored" means these do not move. */
export async function storedCounts(ctx: TestContext) {
  const db = ctx.container.database.db;
  const [a] = await db.select({ n: count() }).from(assessmentsSchema.assessments);
  const [p] = await db.select({ n: count() }).from(assessmentsSchema.assessmentPhotos);
  const objects = await ctx.container.storage.store.list('media/');
  return { assessments: Number(a!.n), photos: Number(p!.n), objects: objects.length };
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A PNG whose header claims width × height (a decompression bomb's calling card); no pixel data. */
export function pngHeaderOnly(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const type = Buffer.from('IHDR');
  const len = Buffer.alloc(4);
  len.writeUInt32BE(13);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([type, ihdr])));
  const iend = Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    len,
    type,
    ihdr,
    crc,
    iend,
  ]);
}
