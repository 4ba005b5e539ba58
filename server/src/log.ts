import { pino } from 'pino';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/**
 * The server's logger: one event name per line plus fields (`room`,
 * `connection`, ...). Backed by pino; the interface keeps features free of it.
 */
export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

/**
 * Field names whose values never reach a log line, wherever they appear in
 * the first two levels of a record: tokens, cookies, secrets. Features should
 * not log them at all; this is the net under that rule.
 */
const REDACTED = ['token', 'adminToken', 'secret', 'cookie', 'authorization', 'link'].flatMap((key) => [
  key,
  `*.${key}`,
]);

/**
 * Structured logs through pino: one JSON object per line (`time` ISO 8601,
 * `level` as a word, `event`, then the fields), on stdout unless `write` is
 * given (it receives each line without its newline). Errors under `error`
 * are serialized with message and stack.
 *
 * @example
 * ```ts
 * const logger = createLogger({ level: 'info' });
 * logger.child({ room: 'demo:draft' }).info('room.loaded', { ms: 12 });
 * // {"level":"info","time":"2026-...","room":"demo:draft","event":"room.loaded","ms":12}
 * ```
 */
export function createLogger(
  options: { level?: LogLevel; base?: Record<string, unknown>; write?: (line: string) => void } = {},
): Logger {
  const write = options.write;
  const destination = write
    ? { write: (line: string) => write(line.replace(/\n$/, '')) }
    : pino.destination({ dest: 1, sync: true });
  const root = pino(
    {
      level: options.level ?? 'info',
      base: options.base ?? null,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { error: pino.stdSerializers.err },
      redact: { paths: REDACTED, censor: '[redacted]' },
    },
    destination,
  );
  return wrap(root);
}

function wrap(p: pino.Logger): Logger {
  return {
    debug: (event, fields) => p.debug({ event, ...fields }),
    info: (event, fields) => p.info({ event, ...fields }),
    warn: (event, fields) => p.warn({ event, ...fields }),
    error: (event, fields) => p.error({ event, ...fields }),
    child: (fields) => wrap(p.child(fields)),
  };
}

/** A logger that drops everything, for tests. */
export const silentLogger: Logger = wrap(pino({ level: 'silent' }));
