/**
 * bench/voice — one voice turn on the embedded engines: a 4-second MP3 voice note → decode → template
 * recognizer (constrained to the menu step's expected replies) → NLU → the conversation engine
 * (`converse`, as WhatsApp) → reply text → espeak-ng TTS → MP3, p50/p95 over N turns, beside the
 * TTS alone (same reply text, same run) and with the prompt cache warm; plus NLU parses per second.
 * Targets (issue 6): voice turn p95 ≤ 1.5 s; NLU ≥ 2,000 parses/s.
 *
 *   npx tsx bench/voice/index.ts [--turns=20]
 */
import type { ObjectStore } from '@shebalance/core';
import {
  converse,
  expectedReplies,
  initialState,
  type EngineContext,
  type OutboundIntent,
} from '@shebalance/core/conversation/index';
import { expectedReplyMatch, heldoutData, parse } from '../../packages/ml/src/nlu/index';
import { INTENTS } from '../../packages/ml/src/nlu/types';
import {
  cachingTts,
  createEmbeddedSpeech,
  createEspeakTts,
  encodeMp3,
  hear,
  speak,
  type Pcm,
  type VoiceTurnDeps,
} from '../../packages/ml/src/speech/index';

const turns = Number(process.argv.find((a) => a.startsWith('--turns='))?.split('=')[1] ?? 20);
const TURN_TARGET_MS = 1500;
const NLU_TARGET = 2000;

/** An in-memory ObjectStore; `remember: false` makes every lookup a miss (no prompt cache). */
function memoryStore(remember: boolean): ObjectStore {
  const map = new Map<string, { body: Buffer; contentType: string; size: number }>();
  return {
    put: async (key, body, contentType) =>
      void (remember && map.set(key, { body, contentType, size: body.length })),
    get: async (key) => map.get(key),
    delete: async (key) => void map.delete(key),
    exists: async (key) => map.has(key),
    list: async (prefix) => [...map.keys()].filter((k) => k.startsWith(prefix)),
  };
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;
const fmt = (xs: number[]) =>
  `p50 ${pct(xs, 50).toFixed(0).padStart(5)} ms   p95 ${pct(xs, 95).toFixed(0).padStart(5)} ms`;

async function fourSecondNote(): Promise<Buffer> {
  const speaker = createEspeakTts({ rate: 120, pitch: 35 });
  const speech = await speaker.synthesizePcm('kisi se baat karni hai', 'hi');
  const rate = speech.sampleRate;
  const total = 4 * rate;
  const samples = new Float32Array(total);
  const offset = Math.max(0, Math.floor((total - speech.samples.length) / 2));
  samples.set(speech.samples.subarray(0, total - offset), offset);
  let seed = 11;
  for (let i = 0; i < total; i++)
    samples[i]! += ((seed = (seed * 16807) % 2147483647) / 2147483647 - 0.5) * 0.01;
  const pcm: Pcm = { samples, sampleRate: rate };
  return await encodeMp3(pcm);
}

/** The menu step of an onboarded artisan speaking Hindi, and the engine as WhatsApp wires it. */
const menu = initialState('hi', true);
const expected = expectedReplies(menu);
const engine: Omit<EngineContext, 'now'> = {
  nlu: {
    parse: (text, lang) => parse(text, { lang }),
    match: (text, options) => expectedReplyMatch(text, options),
  },
  capabilities: { scoring: false },
};
const textOf = (replies: OutboundIntent[]) =>
  replies.map((r) => (r as { text?: string }).text ?? '').join('\n');

/** One voice turn: hear (constrained) → engine → spoken reply. */
async function voiceTurn(deps: VoiceTurnDeps, audio: Buffer) {
  const heard = await hear(deps, { audio, lang: 'hi', expected });
  const said = heard.understood
    ? (expected.find((e) => e.id === heard.optionId)?.text ?? heard.transcript)
    : '';
  const turn = converse(menu, heard.understood ? { kind: 'audio', transcript: said } : { kind: 'audio' }, {
    ...engine,
    now: new Date(),
  });
  const reply = await speak(deps, textOf(turn.replies), 'hi');
  return { heard, reply };
}

async function main() {
  const t0 = performance.now();
  const speech = createEmbeddedSpeech();
  await speech.recognizer.prepare('hi', expected);
  const prepareMs = performance.now() - t0;
  parse('warm up the NLU engine');
  const note = await fourSecondNote();

  const deps = (remember: boolean): VoiceTurnDeps => ({
    recognizers: [speech.recognizer],
    parse,
    tts: cachingTts(speech.tts, memoryStore(remember)),
    urlFor: async (key) => `/media/${key}`,
    now: () => new Date(),
  });
  const cold = deps(false);
  const warm = deps(true);
  const first = await voiceTurn(cold, note);
  await voiceTurn(warm, note);

  const turnMs: number[] = [];
  const cachedMs: number[] = [];
  const ttsMs: number[] = [];
  const replyText = first.reply.text;
  for (let i = 0; i < turns; i++) {
    let t = performance.now();
    await voiceTurn(cold, note);
    turnMs.push(performance.now() - t);
    t = performance.now();
    await speech.tts.synthesize(replyText, 'hi');
    ttsMs.push(performance.now() - t);
    t = performance.now();
    await voiceTurn(warm, note);
    cachedMs.push(performance.now() - t);
  }

  const corpus = heldoutData().flatMap((f) => INTENTS.flatMap((i) => [...f.intents[i]]));
  let n = 0;
  const start = performance.now();
  while (performance.now() - start < 2000) parse(corpus[n++ % corpus.length]!);
  const parsesPerSec = n / ((performance.now() - start) / 1000);

  console.log(
    `bench/voice — ${turns} turns of a 4-second MP3 voice note ("kisi se baat karni hai" + silence + noise)`,
  );
  console.log(
    `  recognized: ${first.heard.understood ? `"${first.heard.transcript}" → ${first.heard.intent}` : 'not understood'}; engine reply "${first.reply.text.replace(/\n/g, ' / ')}"`,
  );
  console.log(`  templates prepared in ${prepareMs.toFixed(0)} ms (once per process)`);
  console.log(
    `  voice turn (decode+STT+NLU+engine+TTS+MP3)  ${fmt(turnMs)}   target p95 ≤ ${TURN_TARGET_MS} ms  ${pct(turnMs, 95) <= TURN_TARGET_MS ? 'MET' : 'NOT MET'}`,
  );
  console.log(`  baseline: TTS alone (same reply)      ${fmt(ttsMs)}`);
  console.log(`  voice turn, prompt cache warm         ${fmt(cachedMs)}`);
  console.log(
    `  NLU parse: ${parsesPerSec.toFixed(0)} parses/s   target ≥ ${NLU_TARGET}  ${parsesPerSec >= NLU_TARGET ? 'MET' : 'NOT MET'}`,
  );
}

await main();
