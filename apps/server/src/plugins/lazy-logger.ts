import type { FastifyBaseLogger } from 'fastify';
import type { FastifyChildLoggerFactory } from 'fastify/types/logger';

type Level = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';
type LogFn = (...args: unknown[]) => void;

/**
 * A request's child logger that is only built when something is logged through it. Fastify makes a
 * pino child for every request; with redaction configured pino serialises (and redacts) its bindings
 * at once, a tenth of the allocations of a small authenticated request, even when the level drops
 * every line. Until the first enabled line it answers from the parent; after that it is the child.
 */
class LazyChildLogger {
  #real: FastifyBaseLogger | undefined;
  readonly #parent: FastifyBaseLogger;
  readonly #bindings: Record<string, unknown>;

  constructor(parent: FastifyBaseLogger, bindings: Record<string, unknown>) {
    this.#parent = parent;
    this.#bindings = bindings;
  }

  get real(): FastifyBaseLogger {
    return (this.#real ??= this.#parent.child(this.#bindings));
  }
  get level(): string {
    return this.#real ? this.#real.level : this.#parent.level;
  }
  set level(level: string) {
    this.real.level = level;
  }
  isLevelEnabled(level: string): boolean {
    const logger = (this.#real ?? this.#parent) as { isLevelEnabled?: (l: string) => boolean };
    return logger.isLevelEnabled ? logger.isLevelEnabled(level) : true;
  }
  bindings(): Record<string, unknown> {
    return (this.real as unknown as { bindings(): Record<string, unknown> }).bindings();
  }
  child(...args: Parameters<FastifyBaseLogger['child']>): FastifyBaseLogger {
    return this.real.child(...args);
  }
  #log(level: Level, args: unknown[]) {
    if (this.#real || this.isLevelEnabled(level)) (this.real[level] as LogFn)(...args);
  }
  fatal(...args: unknown[]) {
    this.#log('fatal', args);
  }
  error(...args: unknown[]) {
    this.#log('error', args);
  }
  warn(...args: unknown[]) {
    this.#log('warn', args);
  }
  info(...args: unknown[]) {
    this.#log('info', args);
  }
  debug(...args: unknown[]) {
    this.#log('debug', args);
  }
  trace(...args: unknown[]) {
    this.#log('trace', args);
  }
  silent() {}
}

/**
 * Fastify's child logger factory with lazy children. Child options (a route's own log level or
 * serializers) need a real child at once (pino rebuilds its methods for them), so those get one.
 */
export const lazyChildLoggerFactory: FastifyChildLoggerFactory = (logger, bindings, options) =>
  Object.keys(options).length > 0
    ? logger.child(bindings, options)
    : (new LazyChildLogger(logger, bindings) as unknown as FastifyBaseLogger);
