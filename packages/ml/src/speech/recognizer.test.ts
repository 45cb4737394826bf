import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crafts } from '@shebalance/core';
import { localObjectStore } from '@shebalance/adapters/storage/index';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../nlu/index';
import { decodeAudio } from './decode';
import { encodeMp3 } from './mp3';
import { createEmbeddedSpeech } from './embedded';
import { createEspeakTts } from './espeak';
import { craftOptions, DEFAULT_EXPECTED, NO, YES } from './expected';
import type { ExpectedOption } from './ports';
import type { Pcm } from './pcm';
import { cachingTts } from './tts-cache';

/**
 * Speech in, intent out: the embedded TTS says a reply in a voice the recognizer's templates were
 * NOT made with (other rate and pitch, plus background noise), the recording goes through MP3
 * encoding and decoding, and the recognizer + NLU must reach the right intent.
 */
const speech = createEmbeddedSpeech();
const speaker = createEspeakTts({ rate: 150, pitch: 30 });
let seed = 7;
const noise = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647 - 0.5;
};
const noisy = (pcm: Pcm, level: number): Pcm => ({
  samples: pcm.samples.map((s) => s + noise() * level),
  sampleRate: pcm.sampleRate,
});

async function say(phrase: string): Promise<Pcm> {
  const pcm = noisy(await speaker.synthesizePcm(phrase, 'hi'), 0.02);
  const mp3 = await encodeMp3(pcm);
  return decodeAudio(mp3);
}

const offerStep: ExpectedOption[] = [YES, NO];
const craftStep = craftOptions(
  crafts
    .filter((c) => ['chikankari', 'phulkari', 'madhubani', 'warli'].includes(c.id))
    .map((c) => ({ id: c.id, names: [c.names.en] })),
);

describe('embedded speech: TTS → recognizer → NLU', () => {
  beforeAll(async () => {
    await speech.recognizer.prepare('hi', [...offerStep, ...DEFAULT_EXPECTED, ...craftStep]);
  }, 60_000);

  it.each([
    ['haan', offerStep, 'yes', 'accept_offer'],
    ['nahi', offerStep, 'no', 'decline_offer'],
    ['kaam chahiye', DEFAULT_EXPECTED, 'find_work', 'find_work'],
    ['mera paisa', DEFAULT_EXPECTED, 'check_earnings', 'check_earnings'],
  ])('"%s" is recognised and understood', async (phrase, expected, optionId, intent) => {
    const result = await speech.recognizer.recognize({ pcm: await say(phrase), lang: 'hi', expected });
    expect(result).toMatchObject({ understood: true, optionId });
    if (!result.understood) return;
    expect(parse(result.transcript, { lang: 'hi' }).intent).toBe(intent);
  });

  it('"do" is menu choice 2 among the numbers', async () => {
    const result = await speech.recognizer.recognize({
      pcm: await say('do'),
      lang: 'hi',
      expected: DEFAULT_EXPECTED,
    });
    expect(result).toMatchObject({ understood: true, optionId: '2' });
  });

  it('a craft name is picked out of the crafts offered, and the NLU finds the craft', async () => {
    expect(craftStep).toHaveLength(4);
    const result = await speech.recognizer.recognize({
      pcm: await say('Phulkari'),
      lang: 'hi',
      expected: craftStep,
    });
    expect(result).toMatchObject({ understood: true, optionId: 'phulkari' });
    if (!result.understood) return;
    expect(parse(result.transcript).entities.find((e) => e.type === 'craft')?.value).toBe('phulkari');
  });

  it('silence and noise are not understood (never a guess)', async () => {
    const silence = { samples: new Float32Array(16_000 * 2), sampleRate: 16_000 };
    expect(
      await speech.recognizer.recognize({ pcm: silence, lang: 'hi', expected: DEFAULT_EXPECTED }),
    ).toMatchObject({ understood: false, reason: 'silence' });
    const hiss = {
      samples: Float32Array.from({ length: 16_000 * 2 }, () => noise() * 0.6),
      sampleRate: 16_000,
    };
    expect(
      await speech.recognizer.recognize({ pcm: hiss, lang: 'hi', expected: DEFAULT_EXPECTED }),
    ).toMatchObject({ understood: false });
    expect(
      await speech.recognizer.recognize({ pcm: await say('haan'), lang: 'hi', expected: [] }),
    ).toMatchObject({ understood: false, reason: 'unavailable' });
  });
});

describe('text to speech', () => {
  it('speaks every supported language as MP3', async () => {
    for (const lang of ['hi', 'en', 'ta', 'bn', 'mr', 'te', 'kn', 'ml', 'gu', 'pa'] as const) {
      const audio = await speech.tts.synthesize(lang === 'en' ? 'Hello' : '1 2 3', lang);
      expect(audio.contentType).toBe('audio/mpeg');
      const decoded = await decodeAudio(audio.body);
      expect(decoded.durationSec).toBeGreaterThan(0.3);
    }
  });

  it('caches a prompt in the object store by (voice, text)', async () => {
    const store = localObjectStore(mkdtempSync(join(tmpdir(), 'tts-')));
    const tts = cachingTts(speech.tts, store);
    const first = await tts.synthesize('नमस्ते बहन', 'hi');
    const again = await tts.synthesize('नमस्ते बहन', 'hi');
    const other = await tts.synthesize('नमस्ते बहन', 'mr');
    expect([first.cached, again.cached, other.cached]).toEqual([false, true, false]);
    expect(again.body.equals(first.body)).toBe(true);
    expect(other.key).not.toBe(first.key);
    expect((await store.get(first.key))?.contentType).toBe('audio/mpeg');
  });
});
