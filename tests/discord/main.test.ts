import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/discord/config.js';
import { KnowledgeError } from '../../src/knowledge/errors.js';
import { describeStartupError, main, USAGE } from '../../src/main.js';

function sink(): NodeJS.WritableStream & { text: string } {
  const stream = new PassThrough() as PassThrough & { text: string };
  stream.text = '';
  stream.on('data', (d: Buffer) => (stream.text += d.toString()));
  return stream;
}

describe('main (what npm start runs)', () => {
  it('prints its usage with --help', async () => {
    const stdout = sink();
    const running = await main({ argv: ['--help'], env: {}, stdout });
    expect(await running.finished).toBe(0);
    expect(stdout.text).toBe(`${USAGE}\n`);
  });

  it('refuses an unknown flag with the usage', async () => {
    const error = await main({ argv: ['--ofline'], env: {} }).catch((e: unknown) => e);
    expect(describeStartupError(error)).toMatch(/--ofline[\s\S]*Usage: npm start/);
  });

  it('stops on invalid configuration, naming the variable', async () => {
    const error = await main({ argv: ['--offline'], env: { COOLDOWN_SECONDS: 'many' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect(describeStartupError(error)).toMatch(/COOLDOWN_SECONDS: .*\n +fix: /);
  });

  it('stops on a knowledge problem with the knowledge base\'s own message', async () => {
    const error = await main({ argv: ['--offline'], env: { KNOWLEDGE_DIR: '/nonexistent/knowledge' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KnowledgeError);
    expect(describeStartupError(error)).toMatch(/does not exist[\s\S]*fix: set KNOWLEDGE_DIR/);
  });

  it('runs offline without a token, saying how to add one, and ends with its input', async () => {
    const stdin = new PassThrough();
    const stdout = sink();
    const stderr = sink();
    const running = await main({ argv: [], env: { LANG: 'fr_FR.UTF-8' }, stdin, stdout, stderr });
    expect(running.mode).toBe('offline');
    stdin.end('/sources\n');
    expect(await running.finished).toBe(0);
    expect(stderr.text).toMatch(/No DISCORD_TOKEN[\s\S]*\.env\.example/);
    expect(stdout.text).toMatch(/Communiqué :/);
  });
});
