import type { LanguageModel } from '@shebalance/ml/speech/ports';

/**
 * The default LanguageModel: no model at all. It answers with the reply the deterministic engine
 * already chose (passed as the last assistant message, or the given fallback), so every journey
 * works without Bedrock.
 */
export function templateLanguageModel(fallback: string): LanguageModel {
  return {
    name: 'templates',
    async complete({ messages }) {
      const last = [...messages].reverse().find((m) => m.role === 'assistant');
      return { text: last?.text ?? fallback, stopReason: 'template' };
    },
  };
}
