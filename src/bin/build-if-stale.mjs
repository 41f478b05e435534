// Runs before `npm start`, `npm run ask` and the benchmarks: compiles the
// TypeScript to dist/ only when a source file is newer than the last build,
// so a fresh checkout builds once and every later start stays fast.
// Plain JavaScript: it must run before anything is compiled.
//
//   node src/bin/build-if-stale.mjs                     build if needed
//   node src/bin/build-if-stale.mjs --run dist/x.js …   then run x.js in this same process
//                                                       (one Node start instead of two)
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const stamp = join(root, 'dist', '.build-stamp');
const sources = ['src', 'commands', 'tests/support', 'tests/bench', 'tsconfig.json', 'tsconfig.build.json', 'package.json'];

function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return /\.(ts|mts|json)$/.test(path) ? info.mtimeMs : 0;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), 0);
}

const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
if (sources.some((s) => newest(join(root, s)) > built)) {
  process.stderr.write('coverage-bot: compiling TypeScript (first run or sources changed)…\n');
  const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  mkdirSync(dirname(stamp), { recursive: true });
  writeFileSync(stamp, new Date().toISOString());
}

const run = process.argv.indexOf('--run');
if (run !== -1 && process.argv[run + 1]) {
  const script = join(root, process.argv[run + 1]);
  // The script sees the arguments after its own path, as if started directly.
  process.argv = [process.argv[0], script, ...process.argv.slice(run + 2)];
  await import(pathToFileURL(script).href);
}
