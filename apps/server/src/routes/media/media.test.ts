import { describe, expect, it } from 'vitest';
import { signIn, useTestApp } from '../../../test/harness';

const ctx = useTestApp();

function multipart(filename: string, body: Buffer, contentType = 'application/octet-stream') {
  const boundary = '----sbtest' + Math.random().toString(16).slice(2);
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${contentType}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, body, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d4948445200000001000000010806000000' +
    '1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082',
  'hex',
);

describe('private media', () => {
  it('stores an upload under a server-generated key and serves it only through a signed link', async () => {
    const s = await signIn(ctx.app);
    const up = multipart('../../etc/passwd.png', PNG, 'text/plain');
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/media',
      payload: up.payload,
      headers: { ...up.headers, ...s.auth },
    });
    expect(res.statusCode).toBe(201);
    const { url, contentType } = res.json();
    expect(contentType).toBe('image/png');
    expect(url).toMatch(/^\/api\/v1\/media\/media\/upload\/\d{4}\/\d{2}\/[0-9a-f-]+\.png\?exp=\d+&sig=/);
    expect(url).not.toContain('passwd');

    const fetched = await ctx.app.inject({ method: 'GET', url });
    expect(fetched.statusCode).toBe(200);
    expect(fetched.rawPayload.equals(PNG)).toBe(true);

    const tampered = url.replace(/sig=./, (m: string) => (m.endsWith('A') ? 'sig=B' : 'sig=A'));
    expect((await ctx.app.inject({ method: 'GET', url: tampered })).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: url.split('?')[0] })).statusCode).toBe(400);
  });

  it('refuses anonymous uploads, unknown types by magic bytes, and empty files', async () => {
    const s = await signIn(ctx.app);
    const text = multipart('photo.jpg', Buffer.from('this is not a photo'), 'image/jpeg');
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/media',
          payload: text.payload,
          headers: text.headers,
        })
      ).statusCode,
    ).toBe(401);
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/media',
      payload: text.payload,
      headers: { ...text.headers, ...s.auth, 'accept-language': 'hi' },
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().detail).toContain('PDF');
    const empty = multipart('a.png', Buffer.alloc(0));
    expect(
      (
        await ctx.app.inject({
          method: 'POST',
          url: '/api/v1/media',
          payload: empty.payload,
          headers: { ...empty.headers, ...s.auth },
        })
      ).statusCode,
    ).toBe(415);
  });
});
