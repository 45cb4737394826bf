import type { Config } from '../config';

export interface CliContext {
  config: Config;
  args: string[];
  flags: Record<string, string | boolean | undefined>;
  out: (line: string) => void;
}

export interface Command {
  /** e.g. 'db migrate', 'user create'. */
  name: string;
  usage: string;
  description: string;
  run(ctx: CliContext): Promise<number | void>;
}
