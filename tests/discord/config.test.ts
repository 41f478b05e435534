import { readFileSync } from 'node:fs';
import { parse } from 'dotenv';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULTS, loadConfig, requireClientId, VARIABLE_NAMES } from '../../src/discord/config.js';
import { createLogger, redact } from '../../src/discord/logger.js';
import { describeStartupError } from '../../src/main.js';

const ID = '123456789012345678';
const TOKEN = `${Buffer.from(ID).toString('base64').replace(/=+$/, '')}.GfAkE0.abcdefghijklmnopqrstuvwxyz0123456789ab`;

function problemsOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has defaults for everything but the token', () => {
    expect(loadConfig({})).toEqual({
      cooldownSeconds: DEFAULTS.cooldownSeconds,
      contextTtlMinutes: DEFAULTS.contextTtlMinutes,
      contextMaxTurns: DEFAULTS.contextMaxTurns,
      contextMaxConversations: DEFAULTS.contextMaxConversations,
      logLevel: 'info',
      logFormat: 'text',
      shutdownGraceSeconds: 10,
      registerCommandsOnStart: false,
      // The privileged intent is asked for only when an operator turns it on: mentions, replies and DMs work without it.
      messageContent: false,
      gapsLogUserIds: false,
      ownerIds: [],
      shardCount: 'auto',
    });
    expect(loadConfig({}, 'offline')).toMatchObject({ logLevel: 'warn', cooldownSeconds: 0 });
  });

  it('reads every variable, treats empty ones as unset, and reads the application id from the token', () => {
    const config = loadConfig({
      DISCORD_TOKEN: TOKEN,
      DISCORD_GUILD_ID: '',
      DISCORD_API_BASE: 'http://127.0.0.1:9999/api/',
      COOLDOWN_SECONDS: '0.5',
      CONTEXT_TTL_MINUTES: '5',
      CONTEXT_MAX_TURNS: '3',
      CONTEXT_MAX_CONVERSATIONS: '10',
      LOG_LEVEL: 'debug',
      KNOWLEDGE_DIR: 'elsewhere',
      REGISTER_COMMANDS_ON_START: 'yes',
      DISCORD_MESSAGE_CONTENT: 'true',
      LOG_FORMAT: 'json',
      SHUTDOWN_GRACE_SECONDS: '2.5',
      GAPS_LOG: 'logs/gaps.jsonl',
      GAPS_LOG_USER_IDS: 'on',
      BOT_OWNER_IDS: '123456789012345678, 876543210987654321',
      SHARD_COUNT: '4',
    });
    expect(config).toMatchObject({
      token: TOKEN,
      clientId: ID,
      apiBase: 'http://127.0.0.1:9999/api',
      cooldownSeconds: 0.5,
      contextTtlMinutes: 5,
      contextMaxTurns: 3,
      contextMaxConversations: 10,
      logLevel: 'debug',
      knowledgeDir: 'elsewhere',
      registerCommandsOnStart: true,
      messageContent: true,
      logFormat: 'json',
      shutdownGraceSeconds: 2.5,
      gapsLog: 'logs/gaps.jsonl',
      gapsLogUserIds: true,
      ownerIds: ['123456789012345678', '876543210987654321'],
      shardCount: 4,
    });
    expect(loadConfig({ SHARD_COUNT: 'Auto' }).shardCount).toBe('auto');
    expect(config.guildId).toBeUndefined();
    expect(loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '987654321098765432' }).clientId).toBe('987654321098765432');
    expect(() => requireClientId(loadConfig({}))).toThrow(/DISCORD_CLIENT_ID/);
  });

  it.each([
    ['COOLDOWN_SECONDS', 'soon', /number/],
    ['COOLDOWN_SECONDS', '-1', /number/],
    ['CONTEXT_TTL_MINUTES', '0', /at least/],
    ['CONTEXT_MAX_TURNS', '2.5', /whole number/],
    ['CONTEXT_MAX_CONVERSATIONS', '0', /at least 1/],
    ['LOG_LEVEL', 'verbose', /error, warn, info, debug/],
    ['DISCORD_API_BASE', 'not a url', /http/],
    ['DISCORD_GUILD_ID', 'my-server', /17 to 20 digits/],
    ['DISCORD_CLIENT_ID', '42', /17 to 20 digits/],
    ['REGISTER_COMMANDS_ON_START', 'maybe', /true or false/],
    ['GAPS_LOG_USER_IDS', 'sometimes', /true or false/],
    ['BOT_OWNER_IDS', '123456789012345678,me', /user ids/],
    ['SHARD_COUNT', 'many', /auto or a whole number/],
    ['SHARD_COUNT', '0', /auto or a whole number/],
  ])('stops on %s=%s naming the variable, the problem and the fix', (variable, value, problem) => {
    const error = problemsOf({ [variable]: value });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]?.variable).toBe(variable);
    expect(error.problems[0]?.problem).toMatch(problem);
    expect(error.message).toContain(`${variable}: `);
    expect(error.message).toContain('fix: ');
    expect(error.message).toContain(value);
  });

  it('lists every bad variable at once', () => {
    expect(problemsOf({ LOG_LEVEL: 'loud', COOLDOWN_SECONDS: 'x' }).problems.map((p) => p.variable)).toEqual(['COOLDOWN_SECONDS', 'LOG_LEVEL']);
  });

  it('never shows the token, even a malformed one', () => {
    const bad = 'this-is-my-secret-token-value';
    const error = problemsOf({ DISCORD_TOKEN: bad });
    expect(error.problems[0]?.variable).toBe('DISCORD_TOKEN');
    expect(error.message).toMatch(/Developer Portal/);
    expect(error.message).not.toContain(bad);
    const almost = `${TOKEN.split('.')[0]}.only-two-parts`;
    expect(problemsOf({ DISCORD_TOKEN: almost }).message).not.toContain(almost);
    expect(describeStartupError(new Error(`boom with ${TOKEN}`), [TOKEN])).not.toContain(TOKEN);
  });
});

describe('logging', () => {
  it('masks the token, token-shaped strings and interaction tokens, and honours the level', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', secrets: [TOKEN], write: (l) => lines.push(l) });
    log.debug('hidden');
    log.info(`token ${TOKEN}`);
    log.error('failed', Object.assign(new Error('Unknown interaction'), { method: 'POST', url: 'https://x/api/v10/interactions/123/aW50ZXJhY3Rpb24tdG9rZW4/callback' }));
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toContain(TOKEN);
    expect(lines.join('\n')).not.toContain('aW50ZXJhY3Rpb24tdG9rZW4');
    expect(lines[1]).toContain('/interactions/123/[redacted]/callback');
    expect(redact(`a ${TOKEN.replace('GfAkE0', 'OtHeR1')} b`)).toBe('a [redacted] b');
  });

  it('writes one JSON object per line with LOG_FORMAT=json: level, time, message, fields, the error; secrets masked there too', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'debug', format: 'json', secrets: [TOKEN], write: (l) => lines.push(l), now: () => new Date('2025-12-01T10:00:00.000Z') });
    log.info('request', { kind: 'interaction', id: '1300000000000000001', command: '/ask', latencyMs: 3, outcome: 'answered', token: 'aW50ZXJhY3Rpb24tdG9rZW4' });
    log.child({ shard: 1 }).warn(`leaked ${TOKEN}`);
    log.error('failed', Object.assign(new Error('Unknown interaction'), { method: 'POST', url: 'https://x/api/v10/webhooks/123/aW50ZXJhY3Rpb24tdG9rZW4/messages/@original' }));
    expect(lines).toHaveLength(3);
    const [request, shard, failure] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(request).toMatchObject({ level: 'info', time: '2025-12-01T10:00:00.000Z', msg: 'request', kind: 'interaction', command: '/ask', latencyMs: 3, outcome: 'answered', token: '[redacted]' });
    expect(shard).toMatchObject({ level: 'warn', shard: 1, msg: 'leaked [redacted]' });
    expect(failure).toMatchObject({ level: 'error', err: { type: 'Error', message: 'Unknown interaction', request: 'POST https://x/api/v10/webhooks/123/[redacted]/messages/@original' } });
    expect(lines.join('\n')).not.toContain(TOKEN);
    expect(lines.join('\n')).not.toContain('aW50ZXJhY3Rpb24tdG9rZW4');
  });

  it('keeps the readable text by default, with fields as key=value', () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', write: (l) => lines.push(l), now: () => new Date('2025-12-01T10:00:00.000Z') });
    log.child({ shard: 0 }).info('/ask answered', { id: '42', latencyMs: 3 });
    expect(lines).toEqual(['2025-12-01T10:00:00.000Z INFO  /ask answered shard=0 id=42 latencyMs=3']);
  });
});

describe('.env.example', () => {
  it('documents every variable, and as shipped is a valid configuration', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    for (const name of VARIABLE_NAMES) expect(example).toMatch(new RegExp(`^#? ?${name}=`, 'm'));
    expect(loadConfig(parse(example))).toMatchObject({ cooldownSeconds: DEFAULTS.cooldownSeconds });
  });
});
