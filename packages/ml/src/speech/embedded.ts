import { createEspeakTts } from './espeak';
import type { SpeechToText, TextToSpeech } from './ports';
import { createTemplateRecognizer, type TemplateRecognizer } from './template-recognizer';

export interface EmbeddedSpeech {
  readonly tts: TextToSpeech;
  readonly recognizer: TemplateRecognizer & SpeechToText;
}

/**
 * The offline defaults: espeak-ng speaks (160 wpm), and the recognizer matches against templates
 * voiced slow-and-low and quick-and-high so it tolerates some speaking-rate and pitch variation.
 */
export function createEmbeddedSpeech(): EmbeddedSpeech {
  const tts = createEspeakTts();
  const recognizer = createTemplateRecognizer({
    voices: [createEspeakTts({ rate: 130, pitch: 45 }), createEspeakTts({ rate: 175, pitch: 60 })],
  });
  return { tts, recognizer };
}
