import { evaluate, formatEvalReport } from '@shebalance/ml/nlu/index';
import type { Command } from './registry';

/** `npm run cli -- nlu eval`: per-language, per-intent precision and recall on the held-out split. */
export const nluCommands: Command[] = [
  {
    name: 'nlu eval',
    usage: 'nlu eval [--errors]',
    description:
      'Evaluate intent recognition on the held-out split (precision/recall per intent and language).',
    run: async (ctx) => {
      for (const line of formatEvalReport(evaluate(), { errors: ctx.flags.errors === true }).split('\n'))
        ctx.out(line);
    },
  },
];
