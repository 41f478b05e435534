// Levelled logging to stderr through pino, as readable text (the default) or
// one JSON object per line (LOG_FORMAT=json) for a log collector. Every
// secret is masked in both: the bot token, and the interaction tokens that
// travel in webhook and callback URLs of errors.
import { pino, type DestinationStream, type Logger as Pino } from 'pino';
import type { LogFormat, LogLevel } from './config.js';

/** Fields describing what a line is about: a request's id, command, latency, outcome; a shard. */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  /** `detail` is an Error (its stack is logged), a string (appended), or fields (JSON keys; in text, `key=value`). */
  error(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  debug(message: string, detail?: unknown): void;
  /** The same logger with `fields` on every line (a shard's id, say). */
  child(fields: LogFields): Logger;
}

/** Shaped like a Discord bot token: base64 id, timestamp, HMAC. */
const TOKEN_SHAPE = /[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{20,}/g;
/** Interaction tokens travel in these URL paths. */
const INTERACTION_PATHS = /(\/(?:webhooks|interactions)\/\d+\/)[^/\s?"'\\]+/g;
export const REDACTED = '[redacted]';
/** Keys whose value is a secret wherever they appear in logged fields. */
const SECRET_KEYS = ['token', '*.token', 'authorization', '*.authorization', 'headers.authorization'];

/** The text with every given secret, and anything shaped like a token, masked. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  return out.replace(TOKEN_SHAPE, REDACTED).replace(INTERACTION_PATHS, `$1${REDACTED}`);
}

export interface LoggerOptions {
  level: LogLevel;
  /** Default text. */
  format?: LogFormat;
  secrets?: readonly string[];
  /** One line at a time, without its newline (default: stderr). */
  write?: (line: string) => void;
  now?: () => Date;
}

/** An error as it is logged: its stack, and the request that failed when discord.js says which. */
function serializeError(error: Error): Record<string, unknown> {
  const { method, url, code, status } = error as { method?: unknown; url?: unknown; code?: unknown; status?: unknown };
  return {
    type: error.name,
    message: error.message,
    stack: error.stack ?? `${error.name}: ${error.message}`,
    ...(code !== undefined ? { code } : {}),
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof method === 'string' && typeof url === 'string' ? { request: `${method} ${url}` } : {}),
  };
}

/** pino's arguments for a message and its detail. */
function entry(message: string, detail: unknown): [Record<string, unknown>, string] {
  if (detail === undefined) return [{}, message];
  if (detail instanceof Error) return [{ err: detail }, message];
  if (typeof detail === 'string') return [{ detail }, message];
  if (detail !== null && typeof detail === 'object' && !Array.isArray(detail)) return [{ ...detail }, message];
  return [{ detail: String(detail) }, message];
}

/** pino's own keys, not fields to show in text. */
const RESERVED = new Set(['level', 'time', 'msg', 'err', 'detail', 'pid', 'hostname']);

/** A pino line as the readable text line: "2025-01-01T00:00:00.000Z INFO  message key=value", then a stack if any. */
export function textLine(record: Record<string, unknown>): string {
  const level = String(record['level'] ?? '').toUpperCase();
  const fields = Object.entries(record)
    .filter(([key, value]) => !RESERVED.has(key) && value !== undefined && value !== null)
    .map(([key, value]) => `${key}=${typeof value === 'string' && !/\s/.test(value) ? value : JSON.stringify(value)}`);
  const err = record['err'] as { stack?: string; request?: string } | undefined;
  const detail = typeof record['detail'] === 'string' ? ` ${record['detail']}` : '';
  const stack = err ? `\n${err.stack ?? ''}${err.request ? `\n    during ${err.request}` : ''}` : '';
  return `${String(record['time'] ?? '')} ${level.padEnd(5)} ${String(record['msg'] ?? '')}${detail}${fields.length ? ` ${fields.join(' ')}` : ''}${stack}`;
}

function wrap(p: Pino): Logger {
  const at = (level: LogLevel) => (message: string, detail?: unknown) => {
    if (!p.isLevelEnabled(level)) return;
    const [fields, msg] = entry(message, detail);
    p[level](fields, msg);
  };
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug'), child: (fields) => wrap(p.child(fields)) };
}

export function createLogger(options: LoggerOptions): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const secrets = options.secrets ?? [];
  const json = options.format === 'json';
  // Synchronous: a line is out before the next statement, so nothing is lost when the process exits.
  const destination: DestinationStream = {
    write(chunk: string) {
      const line = chunk.endsWith('\n') ? chunk.slice(0, -1) : chunk;
      write(redact(json ? line : textLine(JSON.parse(line) as Record<string, unknown>), secrets));
    },
  };
  const p = pino(
    {
      level: options.level,
      base: json ? { pid: process.pid } : {},
      timestamp: () => `,"time":"${now().toISOString()}"`,
      formatters: { level: (label) => ({ level: label }) },
      serializers: { err: (e: unknown) => (e instanceof Error ? serializeError(e) : e) },
      redact: { paths: SECRET_KEYS, censor: REDACTED },
    },
    destination,
  );
  return wrap(p);
}
