import type * as BedrockSdk from '@aws-sdk/client-bedrock-runtime';
import type { LanguageModel } from '@shebalance/ml/speech/ports';
import { clientConfig, type AwsClientOptions } from '../speech/aws';

/**
 * LanguageModel on Amazon Bedrock's Converse API (e.g. Claude), for free-form replies when a
 * deployment configures it. The deterministic templates stay the default; the SDK loads on first use.
 */
export interface BedrockOptions extends AwsClientOptions {
  readonly modelId: string;
  readonly temperature?: number;
}

export function bedrockLanguageModel(options: BedrockOptions): LanguageModel {
  let loaded: Promise<{ sdk: typeof BedrockSdk; client: BedrockSdk.BedrockRuntimeClient }> | undefined;
  const load = () =>
    (loaded ??= import('@aws-sdk/client-bedrock-runtime').then((sdk) => ({
      sdk,
      client: new sdk.BedrockRuntimeClient(clientConfig(options)),
    })));
  return {
    name: `bedrock:${options.modelId}`,
    async complete({ system, messages, maxTokens }) {
      const { sdk, client } = await load();
      const out = await client.send(
        new sdk.ConverseCommand({
          modelId: options.modelId,
          system: [{ text: system }],
          messages: messages.map((m) => ({ role: m.role, content: [{ text: m.text }] })),
          inferenceConfig: { maxTokens: maxTokens ?? 300, temperature: options.temperature ?? 0.3 },
        }),
      );
      const text = (out.output?.message?.content ?? [])
        .map((c) => ('text' in c ? (c.text ?? '') : ''))
        .join('')
        .trim();
      return { text, stopReason: out.stopReason };
    },
  };
}
