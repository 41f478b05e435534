/**
 * `npm start` itself, a real process through npm: offline with a piped
 * session, as a newcomer or CI runs it; and on (a fake) Discord, stopped with
 * SIGTERM sent to the npm process, as systemd, Docker or `kill` do. (One file:
 * its tests take turns, so two of them never compile dist/ at once.)
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startFakeDiscord } from '../support/fake-discord.js';

const SESSION = new URL('./fixtures/offline-session.txt', import.meta.url);

function runOffline(input: string, args = ['--offline']): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const { DISCORD_TOKEN: _token, ...inherited } = process.env;
    const child = spawn('npm', ['start', '--silent', '--', ...args], {
      cwd: new URL('../../', import.meta.url).pathname,
      // No token, whatever the developer's shell has: the run must be offline and reproducible.
      env: { ...inherited, LANG: 'C.UTF-8', LC_ALL: '', LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('npm start -- --offline < session', () => {
  it('runs every line, prints each exchange with its answers and quotes, and exits 0 at the end of input', async () => {
    const session = readFileSync(SESSION, 'utf8');
    const { code, stdout, stderr } = await runOffline(session);
    // npm's own notices, and the one-off compile when sources changed since the last build, are not the bot's output.
    expect(stderr.replace(/^npm (warn|notice).*\n/gm, '').replace(/^coverage-bot: compiling TypeScript .*\n/m, '')).toBe('');
    expect(code).toBe(0);
    // Plain text when piped: no colour codes.
    expect(stdout).not.toMatch(/\u001b\[/);
    const exchanges = stdout.split(/^› /m).slice(1);
    expect(exchanges.map((e) => e.split('\n')[0])).toEqual(session.trim().split('\n'));
    const [ask, followUp, passage, hidden, who, meetings, mention, declined, suggestion, sources, help] = exchanges as [string, string, string, string, string, string, string, string, string, string, string];
    expect(ask).toMatch(/Hammouchi.*\[1\]/s);
    expect(ask).toMatch(/^│ \[1\] [^\n]+\n[^\n]*¶1$/m);
    expect(ask).toMatch(/│ +« .+/);
    expect(ask).toMatch(/Confiance \d+ % · 1 source/);
    expect(ask).toMatch(/\[1\] Passage complet +\[2\] Sources/);
    expect(followUp).toMatch(/Ménara/);
    expect(passage).toMatch(/^\(only you can see this\)\n│ /m);
    expect(hidden).toMatch(/^\(only you can see this\)/m);
    expect(who).toMatch(/│ Abdellatif Hammouchi\n/);
    expect(meetings.match(/^│ \*?\*?\w+day \d/gm)).toHaveLength(2);
    expect(mention).toMatch(/\[1\]/);
    expect(declined).toMatch(/You could ask me:[\s\S]*^\[1\] \w+/m);
    expect(suggestion).toMatch(/\[1\]\.\n[\s\S]*Confidence \d+ %/);
    expect(sources).toMatch(/2 articles/);
    expect(help).toMatch(/At this prompt:[\s\S]*\/quit or Ctrl-D/);
  }, 60_000);

  it('runs offline when no token is set, saying how to add one, and stops at /quit', async () => {
    const { code, stdout, stderr } = await runOffline('/quit\nWho is Faisal Shahkar?\n', []);
    expect(code).toBe(0);
    expect(stderr).toMatch(/No DISCORD_TOKEN is set[\s\S]*\.env\.example/);
    expect(stdout).toBe('› /quit\n');
  }, 60_000);
});

/** Whether a process is still there. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start under a supervisor', () => {
  it('SIGTERM to the npm process reaches the bot: it disconnects, and no process is left', async () => {
    const fake = await startFakeDiscord();
    let botPid = 0;
    let npmPid = 0;
    try {
      const { DISCORD_TOKEN: _t, DISCORD_GUILD_ID: _g, ...inherited } = process.env;
      const npm = spawn('npm', ['start'], {
        cwd: new URL('../../', import.meta.url).pathname,
        env: { ...inherited, DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase, LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      npm.stdout.on('data', (d: Buffer) => (output += d.toString()));
      npm.stderr.on('data', (d: Buffer) => (output += d.toString()));
      npmPid = npm.pid ?? 0;
      const exited = new Promise<number | null>((resolve) => npm.on('close', (code) => resolve(code)));
      // The bot names its own process id (for SIGHUP) once logged in.
      await fake.waitUntil(() => /kill -HUP (\d+)/.test(output), 60_000, 'the login');
      botPid = Number(/kill -HUP (\d+)/.exec(output)?.[1]);
      expect(fake.connectedShards()).toEqual([0]);

      npm.kill('SIGTERM');
      expect(await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('npm still running 20 s after SIGTERM'), 20_000))])).toBe(0);
      expect(output).toMatch(/shutting down/);
      await fake.waitUntil(() => fake.connectedShards().length === 0, 5000, 'the gateway to close');
      expect(fake.gatewayCloses.at(-1)).toMatchObject({ code: 1000, by: 'client' });
      // The bot itself is gone: a restart cannot run two instances on one token.
      await fake.waitUntil(() => !alive(botPid), 5000, `process ${botPid} to exit`);
      expect(alive(npmPid)).toBe(false);
    } finally {
      // Whatever happened, nothing this test started outlives it.
      for (const pid of [botPid, npmPid]) if (pid > 0 && alive(pid)) process.kill(pid, 'SIGKILL');
      await fake.close();
    }
  }, 90_000);
});
