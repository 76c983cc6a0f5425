import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { createStream, type RotatingFileStream } from 'rotating-file-stream';

/**
 * The core's and the newsroom server's logger: structured fields, no string building at call sites. Never pass secrets,
 * passwords or article text as fields; log ids, codes and counts instead.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

/** A logger that owns a file: `close()` flushes what is buffered and closes it. */
export interface FileLogger extends Logger {
  close(): Promise<void>;
}

/** One JSON line per entry on stderr, the format main's log file and CI output both read well. */
export function createJsonLogger(write: (line: string) => void = (line) => process.stderr.write(line)): Logger {
  const log = (level: string) => (message: string, fields: LogFields = {}) =>
    write(`${JSON.stringify({ time: new Date().toISOString(), level, message, ...fields })}\n`);
  return { info: log('info'), warn: log('warn'), error: log('error') };
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** The log folder inside a newsroom's data directory. */
export const logFolder = (dataDir: string): string => join(dataDir, 'logs');
export const LOG_FILE = 'newsdesk.log';

export interface FileLoggerOptions {
  /** Where the files go (normally `logFolder(dataDir)`). */
  folder: string;
  /** The live file is rotated once it passes this size. Default 5 MiB. */
  maxFileBytes?: number;
  /** How many rotated files are kept besides the live one (`newsdesk.1.log` is the newest). Default 4. */
  keptFiles?: number;
  /** Also copy every line to stdout (development). */
  teeToStdout?: boolean;
  /** After the disk refused a line, how long lines are dropped before the file is opened again. Default 10 s. */
  reopenAfterMs?: number;
}

/**
 * Field names whose values never reach a file, whatever a call site passes: a second line of
 * defence behind the rule above (pino's redaction replaces the value, keeps the key).
 */
export const REDACTED_FIELDS = [
  'password',
  'newPassword',
  'applicationPassword',
  'secret',
  'token',
  'authorization',
  'body',
  'text',
  'headline',
  'sapo',
  'caption',
  'note',
] as const;

/**
 * JSON lines in `<folder>/newsdesk.log`, rotated by size with a fixed number of old files kept,
 * so the logs of a laptop that runs for months stay bounded: (keptFiles + 1) × maxFileBytes at
 * most. pino formats and redacts; rotating-file-stream rotates in-process (pino's own rotating
 * transport runs in a worker thread, which a bundled Electron main cannot load by file name).
 */
/**
 * rotating-file-stream destroys itself and emits 'error' when a write fails (a full or read-only
 * disk); an unheard 'error' would end the main process. Lines are dropped while the disk refuses,
 * and the next line after `reopenAfterMs` opens the file again.
 */
function reopeningStream(open: () => RotatingFileStream, reopenAfterMs: number) {
  let stream: RotatingFileStream | null = null;
  let failedAt = Number.NEGATIVE_INFINITY;
  const current = (): RotatingFileStream | null => {
    if (!stream && Date.now() - failedAt >= reopenAfterMs) {
      const fresh = open();
      fresh.on('error', () => {
        if (stream === fresh) stream = null;
        failedAt = Date.now();
      });
      stream = fresh;
    }
    return stream;
  };
  return {
    write: (line: string): void => void current()?.write(line),
    close: () =>
      new Promise<void>((resolve, reject) => {
        const open = stream;
        if (!open) return resolve();
        open.once('error', reject);
        open.end(() => resolve());
      }),
  };
}

export function createFileLogger(options: FileLoggerOptions): FileLogger {
  mkdirSync(options.folder, { recursive: true });
  const stream = reopeningStream(
    () =>
      // With `rotate`, the generator gets the rotated file's index (1 = newest), or nothing for the live file.
      createStream((index: number | Date) => (typeof index === 'number' && index > 0 ? `newsdesk.${index}.log` : LOG_FILE), {
        path: options.folder,
        size: `${Math.max(1, Math.round(options.maxFileBytes ?? 5 * 1024 * 1024))}B`,
        rotate: options.keptFiles ?? 4,
        teeToStdout: options.teeToStdout ?? false,
      }),
    options.reopenAfterMs ?? 10_000,
  );
  const log = pino(
    {
      base: null,
      messageKey: 'message',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: [...REDACTED_FIELDS], censor: '[redacted]' },
    },
    stream,
  );
  const entry = (level: 'info' | 'warn' | 'error') => (message: string, fields: LogFields = {}) => log[level](fields, message);
  return { info: entry('info'), warn: entry('warn'), error: entry('error'), close: stream.close };
}
