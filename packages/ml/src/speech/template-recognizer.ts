import { dtwDistance } from './dtw';
import { mfcc, type Features } from './mfcc';
import { toSpeechRate, type Pcm } from './pcm';
import type {
  ExpectedOption,
  PcmSynthesizer,
  Recognition,
  RecognizeRequest,
  SpeechToText,
  VoiceLang,
} from './ports';
import { findSpeech } from './vad';

/**
 * The embedded offline recognizer: it can only choose among the replies expected at this step.
 * Each expected phrase is synthesized by the embedded TTS in a few voicings (rate and pitch
 * variants; Latin-script phrases with both the Hindi and the English voice), turned into MFCC sequences, and the
 * recording is matched to them by dynamic time warping. A match is accepted only when it is close
 * in absolute terms and clearly better than the best other option.
 *
 * Honest limits: templates come from a synthetic voice, so real voices — especially noisy phone
 * recordings — match far less reliably than synthesized speech does; it cannot transcribe anything
 * outside the expected list; long recordings (> 8 s of speech) are not matched. It exists so the
 * platform works offline; Amazon Transcribe (or another provider) is the real recognizer.
 */

export interface TemplateRecognizerOptions {
  /** One synthesizer per voicing (e.g. espeak-ng at two rates and pitches); each phrase is voiced by all. */
  readonly voices: readonly PcmSynthesizer[];
  /** Accept only when the best normalised DTW distance is below this. */
  readonly maxDistance?: number;
  /** …and the runner-up option is at least this much (relative) farther away. */
  readonly minMargin?: number;
  readonly maxSpeechSeconds?: number;
  /** How many phrase templates to keep in memory. */
  readonly cacheSize?: number;
}

export interface TemplateRecognizer extends SpeechToText {
  /** Builds (and caches) the templates of these options ahead of time. */
  prepare(lang: VoiceLang, options: readonly ExpectedOption[]): Promise<void>;
}

export function createTemplateRecognizer(options: TemplateRecognizerOptions): TemplateRecognizer {
  const maxDistance = options.maxDistance ?? 24;
  const minMargin = options.minMargin ?? 0.15;
  const maxSpeechSeconds = options.maxSpeechSeconds ?? 8;
  const cacheSize = options.cacheSize ?? 2000;
  const cache = new Map<string, Promise<Features[]>>();

  /**
   * Latin-script phrases (romanized Hindi, English) are voiced by the Hindi and the English voices
   * whatever her language, so one set of templates serves every language; other scripts by hers.
   */
  const voicesFor = (phrase: string, lang: VoiceLang): VoiceLang[] =>
    /^[\x20-\x7e]+$/.test(phrase) ? ['hi', 'en'] : [lang];

  const voiced = (phrase: string, voice: VoiceLang): Promise<Features[]> => {
    const key = `${voice}\u0000${phrase}`;
    let hit = cache.get(key);
    if (!hit) {
      hit = (async () => {
        const out: Features[] = [];
        for (const synth of options.voices) {
          const features = featuresOf(await synth.synthesizePcm(phrase, voice));
          if (features) out.push(features);
        }
        return out;
      })();
      cache.set(key, hit);
      if (cache.size > cacheSize) cache.delete(cache.keys().next().value!);
    }
    return hit;
  };

  const templatesFor = async (phrase: string, lang: VoiceLang): Promise<Features[]> =>
    (await Promise.all(voicesFor(phrase, lang).map((v) => voiced(phrase, v)))).flat();

  /** Grouped by voice, because switching the synthesizer's voice is the slow part. */
  const prepare = async (lang: VoiceLang, expected: readonly ExpectedOption[]) => {
    const phrases = expected.flatMap((o) => o.phrases);
    for (const voice of [lang, 'hi', 'en'] as const)
      for (const phrase of phrases) if (voicesFor(phrase, lang).includes(voice)) await voiced(phrase, voice);
  };

  return {
    name: 'embedded-template',
    openDictation: false,
    prepare,
    async recognize(request: RecognizeRequest): Promise<Recognition> {
      const engine = 'embedded-template';
      const expected = request.expected ?? [];
      if (expected.length === 0) return { understood: false, reason: 'unavailable', engine };
      const pcm = toSpeechRate(request.pcm);
      const region = findSpeech(pcm.samples);
      if (region.kind === 'silence') return { understood: false, reason: 'silence', engine };
      if ((region.to - region.from) / pcm.sampleRate > maxSpeechSeconds)
        return { understood: false, reason: 'no_match', engine };
      const input = mfcc(pcm.samples, region.from, region.to);
      const scored = await scoreOptions(input, expected, (phrase) => templatesFor(phrase, request.lang));
      scored.sort((a, b) => a.distance - b.distance);

      const [top, second] = scored;
      if (!top || !(top.distance <= maxDistance)) return { understood: false, reason: 'no_match', engine };
      const margin = second ? (second.distance - top.distance) / second.distance : 1;
      if (margin < minMargin) return { understood: false, reason: 'no_match', engine };
      const confidence = Math.max(
        0,
        Math.min(1, (1 - top.distance / maxDistance) * 0.5 + Math.min(margin, 0.5)),
      );
      return { understood: true, transcript: top.phrase, optionId: top.id, confidence, engine };
    },
  };
}

interface Scored {
  readonly id: string;
  readonly phrase: string;
  readonly distance: number;
}

const everyOther = (f: Features): Features => f.filter((_, i) => i % 2 === 0);

/**
 * Two passes: every option against every template at half the frame rate (4× cheaper), then the
 * closest three options again at full resolution.
 */
async function scoreOptions(
  input: Features,
  expected: readonly ExpectedOption[],
  templatesFor: (phrase: string) => Promise<Features[]>,
): Promise<Scored[]> {
  const best = async (option: ExpectedOption, coarse: boolean): Promise<Scored> => {
    const query = coarse ? everyOther(input) : input;
    let top: Scored = { id: option.id, phrase: option.phrases[0] ?? option.id, distance: Infinity };
    for (const phrase of option.phrases)
      for (const template of await templatesFor(phrase)) {
        const distance = dtwDistance(query, coarse ? everyOther(template) : template);
        if (distance < top.distance) top = { id: option.id, phrase, distance };
      }
    return top;
  };
  const coarse: Scored[] = [];
  for (const option of expected) coarse.push(await best(option, true));
  coarse.sort((a, b) => a.distance - b.distance);
  const shortlist = new Set(coarse.slice(0, 3).map((s) => s.id));
  const fine: Scored[] = [];
  for (const option of expected) if (shortlist.has(option.id)) fine.push(await best(option, false));
  return [...fine, ...coarse.filter((s) => !shortlist.has(s.id))];
}

function featuresOf(pcm: Pcm): Features | undefined {
  const speech = toSpeechRate(pcm);
  const region = findSpeech(speech.samples);
  if (region.kind === 'silence') return undefined;
  return mfcc(speech.samples, region.from, region.to);
}
