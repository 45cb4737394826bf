import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../test/harness';

const ctx = useTestApp({ clock: 'fixed' });
const parse = (payload: unknown, headers: Record<string, string> = {}) =>
  ctx.app.inject({ method: 'POST', url: '/api/v1/nlu/parse', payload: payload as object, headers });

describe('POST /api/v1/nlu/parse', () => {
  it('returns language, intent, confidence and entities in the contract shape', async () => {
    const res = await parse({ text: 'mujhe kal se kaam chahiye' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(Object.keys(body).sort()).toEqual(['confidence', 'entities', 'intent', 'lang']);
    expect(body).toMatchObject({ lang: 'hi', intent: 'find_work' });
    expect(body.confidence).toBeGreaterThan(0.45);
    for (const e of body.entities) expect(Object.keys(e).sort()).toEqual(['text', 'type', 'value']);
    // 'kal' resolves against the server clock (2026-06-01 10:00 UTC → India 2026-06-02 is tomorrow).
    expect(body.entities).toContainEqual({ type: 'date', value: '2026-06-02', text: expect.any(String) });
  });

  it('understands Hindi in Devanagari and a craft name', async () => {
    const body = (await parse({ text: 'मेरी कमाई कितनी हुई?', lang: 'hi' })).json();
    expect(body).toMatchObject({ lang: 'hi', intent: 'check_earnings' });
    const craft = (await parse({ text: 'I make phulkari' })).json();
    expect(craft.entities).toContainEqual({ type: 'craft', value: 'phulkari', text: expect.any(String) });
  });

  it('answers an empty text with a clear message in her language', async () => {
    const res = await parse({ text: '   ' }, { 'accept-language': 'hi' });
    expect(res.statusCode).toBe(400);
    expect(res.json().detail).toBe('कृपया कुछ शब्द लिखिए।');
  });

  it('handles 10,000 characters, and refuses more, without crashing', async () => {
    const long = 'mujhe kaam chahiye '.repeat(600).slice(0, 10_000);
    const res = await parse({ text: long });
    expect(res.statusCode).toBe(200);
    expect(res.json().intent).toBe('find_work');
    expect((await parse({ text: long + 'x' })).statusCode).toBe(400);
  });

  it('rejects an unknown language and unknown fields', async () => {
    expect((await parse({ text: 'hello', lang: 'fr' })).statusCode).toBe(400);
    expect((await parse({ text: 'hello', extra: 1 })).statusCode).toBe(400);
  });
});
