import { configOrExit } from './boot';
import { assessmentCommands } from './cli/assessments';
import { credentialCommands } from './cli/credentials';
import { earnCommands } from './cli/earn';
import { foundationCommands } from './cli/foundation';
import { nluCommands } from './cli/nlu';
import type { Command } from './cli/registry';

/** `npm run cli -- <command> [flags]`: operator tools over the same container as the server. */
export const commands: Command[] = [
  ...foundationCommands,
  ...credentialCommands,
  ...nluCommands,
  ...assessmentCommands,
  ...earnCommands,
];

export async function runCli(argv: string[], out: (line: string) => void = console.log): Promise<number> {
  const { positionals, values } = parseFlags(argv);
  const command = [...commands]
    .sort((a, b) => b.name.length - a.name.length)
    .find((c) => positionals.join(' ').startsWith(c.name));
  if (!command) {
    out('SheBalance operator tools. Commands:');
    for (const c of commands) out(`  ${c.usage.padEnd(72)} ${c.description}`);
    return positionals.length ? 2 : 0;
  }
  const config = configOrExit();
  const code = await command.run({
    config,
    args: positionals.slice(command.name.split(' ').length),
    flags: values,
    out,
  });
  return code ?? 0;
}

/** `--key value` pairs become strings, a bare `--flag` becomes true, everything else is positional. */
export function parseFlags(argv: string[]) {
  const positionals: string[] = [];
  const values: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const [key, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    const next = argv[i + 1];
    if (inline !== undefined) values[key] = inline;
    else if (next !== undefined && !next.startsWith('--')) {
      values[key] = next;
      i++;
    } else values[key] = true;
  }
  return { positionals, values };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await runCli(process.argv.slice(2));
}
