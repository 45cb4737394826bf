import { DATA_LANGS, INTENTS, type DataLang, type Intent, type KnownIntent, type NluDataFile } from './types';
import type { NluEngine } from './engine';

/** Per-language, per-intent precision and recall on the held-out split (never used for training). */

export interface IntentStats {
  readonly precision: number;
  readonly recall: number;
  readonly support: number;
}

export interface LanguageEval {
  readonly lang: DataLang;
  readonly total: number;
  readonly accuracy: number;
  /** Share of held-out utterances whose language (and romanization) was identified correctly. */
  readonly langIdAccuracy: number;
  /** Share answered `none` (counted as errors in accuracy). */
  readonly noneRate: number;
  readonly perIntent: Readonly<Record<KnownIntent, IntentStats>>;
  readonly errors: readonly { text: string; expected: KnownIntent; got: Intent; confidence: number }[];
}

export interface EvalReport {
  readonly languages: readonly LanguageEval[];
  readonly overallAccuracy: number;
  readonly threshold: number;
}

const EXPECTED_LANG: Readonly<Record<DataLang, readonly [string, boolean]>> = {
  en: ['en', false],
  hi: ['hi', false],
  hinglish: ['hi', true],
  ta: ['ta', false],
  bn: ['bn', false],
  mr: ['mr', false],
};

const ratio = (a: number, b: number): number => (b === 0 ? 0 : a / b);

function evaluateFile(engine: NluEngine, file: NluDataFile): LanguageEval {
  const tp = new Map<Intent, number>();
  const predicted = new Map<Intent, number>();
  const errors: LanguageEval['errors'][number][] = [];
  let correct = 0;
  let total = 0;
  let langOk = 0;
  let none = 0;
  const [expectLang, expectRoman] = EXPECTED_LANG[file.lang];
  for (const expected of INTENTS) {
    for (const text of file.intents[expected] ?? []) {
      const result = engine.parse(text);
      total++;
      predicted.set(result.intent, (predicted.get(result.intent) ?? 0) + 1);
      if (result.intent === 'none') none++;
      if (result.lang === expectLang && result.romanized === expectRoman) langOk++;
      if (result.intent === expected) {
        correct++;
        tp.set(expected, (tp.get(expected) ?? 0) + 1);
      } else errors.push({ text, expected, got: result.intent, confidence: result.confidence });
    }
  }
  const perIntent = Object.fromEntries(
    INTENTS.map((intent) => {
      const support = file.intents[intent]?.length ?? 0;
      const hits = tp.get(intent) ?? 0;
      return [
        intent,
        { precision: ratio(hits, predicted.get(intent) ?? 0), recall: ratio(hits, support), support },
      ];
    }),
  ) as Record<KnownIntent, IntentStats>;
  return {
    lang: file.lang,
    total,
    accuracy: ratio(correct, total),
    langIdAccuracy: ratio(langOk, total),
    noneRate: ratio(none, total),
    perIntent,
    errors,
  };
}

/** Evaluates `engine` on held-out files, in the fixed language order en, hi, hinglish, ta, bn, mr. */
export function evaluateEngine(engine: NluEngine, heldout: readonly NluDataFile[]): EvalReport {
  const order = (f: NluDataFile) => DATA_LANGS.indexOf(f.lang);
  const languages = [...heldout].sort((a, b) => order(a) - order(b)).map((f) => evaluateFile(engine, f));
  const total = languages.reduce((s, l) => s + l.total, 0);
  const correct = languages.reduce((s, l) => s + l.accuracy * l.total, 0);
  return { languages, overallAccuracy: ratio(correct, total), threshold: engine.intents.threshold };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);

/** A plain-text table: per-intent precision/recall for each language, then accuracy per language. */
export function formatEvalReport(report: EvalReport, options: { errors?: boolean } = {}): string {
  const langs = report.languages;
  const head = ['intent'.padEnd(20), ...langs.map((l) => `${l.lang} P / R`.padStart(16))].join(' ');
  const lines = [
    `NLU held-out evaluation (confidence threshold ${report.threshold})`,
    head,
    '-'.repeat(head.length),
  ];
  for (const intent of INTENTS) {
    const cells = langs.map((l) =>
      `${pct(l.perIntent[intent].precision)} / ${pct(l.perIntent[intent].recall)}`.padStart(16),
    );
    lines.push([intent.padEnd(20), ...cells].join(' '));
  }
  lines.push('-'.repeat(head.length));
  lines.push(['accuracy'.padEnd(20), ...langs.map((l) => `${pct(l.accuracy)}`.padStart(16))].join(' '));
  lines.push(
    ['language id'.padEnd(20), ...langs.map((l) => `${pct(l.langIdAccuracy)}`.padStart(16))].join(' '),
  );
  lines.push(['answered none'.padEnd(20), ...langs.map((l) => `${pct(l.noneRate)}`.padStart(16))].join(' '));
  lines.push(['utterances'.padEnd(20), ...langs.map((l) => `${l.total}`.padStart(16))].join(' '));
  lines.push(`overall accuracy ${pct(report.overallAccuracy).trim()} (target ≥ 90% in every language)`);
  if (options.errors) {
    for (const l of langs)
      for (const e of l.errors)
        lines.push(`  [${l.lang}] ${e.text} → ${e.got} (${e.confidence}), expected ${e.expected}`);
  }
  return lines.join('\n');
}
