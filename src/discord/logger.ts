// Levelled logging to stderr, with every secret masked: the bot token, and
// interaction tokens that appear in webhook and callback URLs of errors.
import type { LogLevel } from './config.js';
import { LOG_LEVELS } from './config.js';

export interface Logger {
  error(message: string, detail?: unknown): void;
  warn(message: string, detail?: unknown): void;
  info(message: string, detail?: unknown): void;
  debug(message: string, detail?: unknown): void;
}

/** Shaped like a Discord bot token: base64 id, timestamp, HMAC. */
const TOKEN_SHAPE = /[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{20,}/g;
/** Interaction tokens travel in these URL paths. */
const INTERACTION_PATHS = /(\/(?:webhooks|interactions)\/\d+\/)[^/\s?"']+/g;
export const REDACTED = '[redacted]';

/** The text with every given secret, and anything shaped like a token, masked. */
export function redact(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join(REDACTED);
  return out.replace(TOKEN_SHAPE, REDACTED).replace(INTERACTION_PATHS, `$1${REDACTED}`);
}

function describe(detail: unknown): string {
  if (detail === undefined) return '';
  if (detail instanceof Error) {
    // discord.js API errors carry the request that failed; its URL is redacted like the rest.
    const { method, url } = detail as { method?: unknown; url?: unknown };
    const request = typeof method === 'string' && typeof url === 'string' ? `\n    during ${method} ${url}` : '';
    return `\n${detail.stack ?? `${detail.name}: ${detail.message}`}${request}`;
  }
  if (typeof detail === 'string') return ` ${detail}`;
  try {
    return ` ${JSON.stringify(detail)}`;
  } catch {
    return ` ${String(detail)}`;
  }
}

export interface LoggerOptions {
  level: LogLevel;
  secrets?: readonly string[];
  write?: (line: string) => void;
  now?: () => Date;
}

export function createLogger(options: LoggerOptions): Logger {
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const threshold = LOG_LEVELS.indexOf(options.level);
  const at = (level: LogLevel) => (message: string, detail?: unknown) => {
    if (LOG_LEVELS.indexOf(level) > threshold) return;
    write(redact(`${now().toISOString()} ${level.toUpperCase().padEnd(5)} ${message}${describe(detail)}`, options.secrets));
  };
  return { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
}
