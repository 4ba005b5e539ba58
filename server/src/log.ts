export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

/** Structured logs: one JSON object per line on stdout. */
export function createLogger(
  options: { level?: LogLevel; base?: Record<string, unknown>; write?: (line: string) => void } = {},
): Logger {
  const level = ORDER[options.level ?? 'info'];
  const base = options.base ?? {};
  const write = options.write ?? ((line: string) => process.stdout.write(`${line}\n`));
  const emit = (lvl: LogLevel, event: string, fields?: Record<string, unknown>) => {
    if (ORDER[lvl] < level) return;
    const record: Record<string, unknown> = { t: new Date().toISOString(), level: lvl, event, ...base, ...fields };
    if (record.error instanceof Error) record.error = { message: record.error.message, stack: record.error.stack };
    write(JSON.stringify(record));
  };
  return {
    debug: (e, f) => emit('debug', e, f),
    info: (e, f) => emit('info', e, f),
    warn: (e, f) => emit('warn', e, f),
    error: (e, f) => emit('error', e, f),
    child: (fields) => createLogger({ ...options, base: { ...base, ...fields } }),
  };
}

/** A logger that drops everything, for tests. */
export const silentLogger: Logger = createLogger({ write: () => {} });
