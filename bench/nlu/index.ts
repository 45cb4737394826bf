/**
 * bench/nlu — parses per second of the NLU `parse()` (language ID + intent + entities) over a mixed
 * corpus in English, Hindi, Hinglish, Tamil, Bengali and Marathi, beside two baselines measured in the
 * same run: (a) input preparation + language ID alone, (b) a regex keyword matcher (the pre-NLU way).
 * Target (issue 6): ≥ 2,000 parses/s on one core.
 *
 *   npx tsx bench/nlu/index.ts [--seconds=3]
 */
import {
  createNluEngine,
  heldoutData,
  identifyLanguage,
  prepareInput,
  trainingData,
} from '../../packages/ml/src/nlu/index';
import { INTENTS, type KnownIntent } from '../../packages/ml/src/nlu/types';

const TARGET = 2000;
const seconds = Number(process.argv.find((a) => a.startsWith('--seconds='))?.split('=')[1] ?? 3);

const ENTITY_SENTENCES = [
  'roz 4 ghante kaam kar sakti hu agle hafte se',
  'mujhe 20 pieces banane hai 25 Dec tak, ₹500 per piece',
  'मैं मधुबनी पेंटिंग बनाती हूं, दरभंगा बिहार से, कल से खाली हूं',
  'I am from Jaipur Rajasthan, block printing, free next Monday for 3 hours',
  'माझे ५०० रुपये कधी मिळणार, उद्या चार तास काम करू शकते',
  'நாளைக்கு நாலு மணி நேரம் வேலை செய்ய முடியும்',
  'আমি কাঁথা সেলাই করি, ৩ ঘণ্টা দিতে পারব পরশু',
];

function corpus(): string[] {
  const held = heldoutData().flatMap((f) => INTENTS.flatMap((i) => [...f.intents[i]]));
  return [...held, ...ENTITY_SENTENCES];
}

function measure(label: string, items: readonly string[], fn: (text: string) => unknown): number {
  for (let i = 0; i < 2000; i++) fn(items[i % items.length]!); // warm-up
  let n = 0;
  const cpu = process.cpuUsage();
  const start = performance.now();
  const deadline = start + seconds * 1000;
  while (performance.now() < deadline) {
    for (let k = 0; k < 100; k++) fn(items[(n + k) % items.length]!);
    n += 100;
  }
  const perSecond = n / ((performance.now() - start) / 1000);
  const used = process.cpuUsage(cpu);
  const perCpuSecond = n / ((used.user + used.system) / 1e6);
  const fmt = (x: number) => Math.round(x).toLocaleString('en-US').padStart(10);
  console.log(`${label.padEnd(40)} ${fmt(perSecond)} /s wall  ${fmt(perCpuSecond)} /s per CPU-second`);
  return perSecond;
}

/** The kind of keyword table a conversation uses before it has an NLU: first regex that matches wins. */
const KEYWORDS: readonly (readonly [KnownIntent, RegExp])[] = [
  ['greeting', /\b(hi|hello|namaste|namaskar)\b|नमस्ते|नमस्कार|வணக்கம்|নমস্কার/i],
  ['help', /\b(help|madad)\b|मदद|मदत|உதவி|সাহায্য/i],
  ['register', /\b(register|join|sign ?up)\b|रजिस्टर|नोंदणी|பதிவு|নাম লেখা/i],
  ['assess_skill', /\b(score|check my|photo)\b|जांच|तपास|சோதனை|যাচাই/i],
  ['find_work', /\b(work|job|kaam|order chahiye)\b|काम चाहिए|काम पाहिजे|வேலை|কাজ চাই/i],
  ['accept_offer', /\b(yes|accept|haan|ok)\b|हाँ|होय|ஆம்|হ্যাঁ/i],
  ['decline_offer', /\b(no|nahi|decline|reject)\b|नहीं|नको|இல்லை|না/i],
  ['check_earnings', /\b(money|payment|paise|earn)\w*|पैसे|பணம்|টাকা/i],
  ['order_status', /\b(order|parcel|delivery)\b|ऑर्डर|ஆர்டர்|অর্ডার/i],
  ['update_availability', /\b(free|available|busy|ghante)\b|खाली|मोकळी|ஃப்ரீ|ফাঁকা/i],
  ['get_certificate', /\b(certificate)\b|सर्टिफिकेट|प्रमाण|சான்றிதழ்|সার্টিফিকেট/i],
  ['change_language', /\b(language|bhasha)\b|भाषा|மொழி|ভাষা/i],
  ['talk_to_human', /\b(call|person|human|phone)\b|बात|फोन|பேச|কথা/i],
];
const keywordIntent = (text: string): KnownIntent | 'none' =>
  KEYWORDS.find(([, re]) => re.test(text))?.[0] ?? 'none';

function accuracy(classify: (text: string) => string): number {
  let ok = 0;
  let n = 0;
  for (const file of heldoutData()) {
    for (const intent of INTENTS) {
      for (const text of file.intents[intent]) {
        n++;
        if (classify(text) === intent) ok++;
      }
    }
  }
  return ok / n;
}

const trainStart = performance.now();
const engine = createNluEngine({ training: trainingData() });
const trainMs = performance.now() - trainStart;
const items = corpus();
const now = new Date();

console.log(`NLU bench: ${items.length} utterances (6 languages), ${seconds}s per measurement, one core`);
console.log(
  '(wall = real throughput now; per CPU-second = what one uncontended core does, for a shared machine)',
);
console.log(
  `model trained in ${Math.round(trainMs)} ms (${engine.intents.trainingSize} examples, ${engine.intents.vocabularySize} features)\n`,
);
const prep = measure('baseline: prepare + language ID', items, (t) => identifyLanguage(prepareInput(t)));
const kw = measure('baseline: regex keyword matcher', items, (t) => keywordIntent(prepareInput(t)));
const full = measure('parse(): lang ID + intent + entities', items, (t) => engine.parse(t, { now }));
console.log('');
console.log(
  `held-out accuracy: parse() ${(accuracy((t) => engine.parse(t).intent) * 100).toFixed(1)}% · keyword matcher ${(accuracy(keywordIntent) * 100).toFixed(1)}%`,
);
console.log(
  `parse() is ${(prep / full).toFixed(1)}× slower than language ID alone and ${(kw / full).toFixed(1)}× slower than keywords`,
);
console.log(
  `parse(): ${Math.round(full).toLocaleString('en-US')} parses/s vs target ${TARGET.toLocaleString('en-US')}/s → ${full >= TARGET ? 'MET' : 'NOT MET'}`,
);
