// Runs the project's command-line entry points the way npm runs them, from source.
import { spawnSync } from 'node:child_process';

const ROOT = new URL('../../', import.meta.url).pathname;

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Run {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
