/**
 * npm run start:sharded against a fake Discord that recommends 2 shards over 2
 * guilds: the manager (src/bin/start-sharded.ts, run from source) spawns one
 * process per shard, each answers in its own guild, logs are prefixed per
 * shard, SIGHUP reloads every shard, a killed shard is respawned, and SIGTERM
 * stops them all cleanly.
 */
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeDiscord, type FakeDiscord } from '../support/fake-discord.js';

let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord({ shards: 2, guilds: 2 });
});

afterAll(async () => {
  await fake?.close();
});

function startManager(env: Record<string, string> = {}) {
  const { DISCORD_TOKEN: _t, DISCORD_GUILD_ID: _g, SHARD_COUNT: _s, ...inherited } = process.env;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/bin/start-sharded.ts'], {
    cwd: new URL('../../', import.meta.url).pathname,
    env: { ...inherited, DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, LOG_LEVEL: 'info', COOLDOWN_SECONDS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { text: '' };
  child.stdout.on('data', (d: Buffer) => (output.text += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output.text += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, output, exited };
}

async function answersIn(guild: number, question = 'Who is Faisal Shahkar?'): Promise<string> {
  const g = fake.guilds[guild];
  if (!g) throw new Error(`no guild ${guild}`);
  const cb = await fake.slash('ask', { question }, { guildId: g.id }).waitForCallback(10_000);
  return cb.body.data.embeds[0].description as string;
}

describe('npm run start:sharded', () => {
  it('runs 2 shards (Discord’s recommendation), each answering in its own guild; reloads, respawns and stops cleanly', async () => {
    const identifies = fake.identifies;
    const { child, output, exited } = startManager({ REGISTER_COMMANDS_ON_START: 'true' });
    try {
      // Each shard's own lines come through a pipe and may trail the manager's "ready".
      const loggedIn = (n: number) => new RegExp(`^\\[shard ${n}\\] .* INFO {2}logged in as `, 'm').test(output.text);
      await fake.waitUntil(() => fake.connectedShards().join() === '0,1' && output.text.includes('all 2 shards ready') && loggedIn(0) && loggedIn(1), 40_000, 'two shards');
      expect(fake.identifies - identifies).toBe(2);
      expect(fake.currentShardCount).toBe(2);
      expect(output.text).toMatch(/^\[manager\] .* INFO {2}starting 2 shards \(Discord's recommendation\)$/m);
      expect(output.text).toMatch(/^\[shard 0\] .* INFO {2}logged in as .* in 1 server\(s\) as shard 0 of 2$/m);
      expect(output.text).toMatch(/^\[shard 1\] .* INFO {2}logged in as .* in 1 server\(s\) as shard 1 of 2$/m);
      // Shard 0 alone registered the commands.
      expect(fake.requests.filter((r) => r.method === 'PUT' && r.path.endsWith('/commands'))).toHaveLength(1);

      // Guild i is routed to shard i: each shard answers its own.
      expect(await answersIn(0)).toMatch(/\[1\]/);
      expect(await answersIn(1)).toMatch(/\[1\]/);

      // SIGHUP reaches every shard.
      child.kill('SIGHUP');
      await fake.waitUntil(() => (output.text.match(/^\[shard \d\] .*knowledge reloaded \(SIGHUP\)/gm) ?? []).length === 2, 20_000, 'both shards reloaded');

      // A shard that dies is respawned, and answers again.
      const pid = Number(/shard 1 started \(pid (\d+)\)/.exec(output.text)?.[1]);
      process.kill(pid, 'SIGKILL');
      await fake.waitUntil(() => /shard 1 died \(signal SIGKILL\); respawning it in 1000 ms/.test(output.text), 10_000, 'the death');
      await fake.waitUntil(() => (output.text.match(/shard 1 started/g) ?? []).length === 2 && (output.text.match(/shard 1 ready/g) ?? []).length === 2, 30_000, 'the respawn');
      await fake.waitUntil(() => fake.connectedShards().join() === '0,1', 10_000, 'shard 1 back');
      expect(await answersIn(1, 'Who is Alexandre Zouev?')).toMatch(/Zouev/);

      const closes = fake.gatewayCloses.length;
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      // Both shards closed their gateway connection themselves (1000), then the manager exited.
      expect(fake.gatewayCloses.slice(closes).map((c) => [c.shard?.[0], c.code, c.by]).sort()).toEqual([
        [0, 1000, 'client'],
        [1, 1000, 'client'],
      ]);
      expect(output.text).toMatch(/\[shard 0\] .*shutting down/);
      expect(output.text).toMatch(/\[shard 1\] .*shutting down/);
      expect(output.text).toMatch(/\[manager\] .*every shard stopped/);
      expect(output.text).not.toContain(fake.token);
      expect(output.text).not.toMatch(/ERROR/);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 90_000);

  it('honours SHARD_COUNT, and stops with the reason when a shard cannot start', async () => {
    const { output, exited } = startManager({ SHARD_COUNT: '1', KNOWLEDGE_DIR: '/nonexistent/knowledge' });
    expect(await exited).toBe(1);
    expect(output.text).toMatch(/^\[manager\] .*starting 1 shard \(SHARD_COUNT\)$/m);
    expect(output.text).toMatch(/^\[shard 0\] The knowledge base is invalid[\s\S]*does not exist/m);
    expect(output.text).toMatch(/\[manager\] .* ERROR shard 0 exited during start-up \(code 1\)/);
    expect(output.text).toMatch(/a shard could not start/);
    expect(output.text).not.toMatch(/respawning/);
  }, 60_000);
});
