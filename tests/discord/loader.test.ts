import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CommandLoadError, loadCommands } from '../../src/discord/loader.js';

function commandsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'commands-'));
  for (const [name, source] of Object.entries(files)) writeFileSync(join(dir, name), source);
  return dir;
}

const module = (name: string, extra = '') =>
  `export default { data: { name: ${JSON.stringify(name)}, toJSON: () => ({ name: ${JSON.stringify(name)}, description: 'd' }) }, execute: async () => {} ${extra} };`;

async function failure(files: Record<string, string>): Promise<CommandLoadError> {
  const error = await loadCommands(commandsDir(files)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CommandLoadError);
  return error as CommandLoadError;
}

describe('loadCommands', () => {
  it('loads the project\'s commands: lowercase names, localised for fr, en-US and en-GB', async () => {
    const commands = await loadCommands();
    expect([...commands.keys()]).toEqual(['ask', 'help', 'meetings', 'reload', 'sources', 'who']);
    for (const command of commands.values()) {
      const json = command.data.toJSON();
      expect(json.name).toBe(json.name.toLowerCase());
      for (const map of [json.name_localizations, json.description_localizations]) expect(Object.keys(map ?? {}).sort()).toEqual(['en-GB', 'en-US', 'fr']);
      for (const name of Object.values(json.name_localizations ?? {})) expect(name).toBe(name?.toLowerCase());
    }
    expect(commands.get('who')?.autocomplete).toBeTypeOf('function');
  });

  it('loads well-formed modules and skips helpers and type declarations', async () => {
    const commands = await loadCommands(commandsDir({ 'one.mjs': module('one'), '_helper.mjs': 'export const x = 1;', 'types.d.ts': 'export {};', 'notes.md': '#' }));
    expect([...commands.keys()]).toEqual(['one']);
  });

  it.each([
    ['no default export', { 'bad.mjs': 'export const data = 1;' }, /bad\.mjs: default export/],
    ['no execute', { 'bad.mjs': 'export default { data: { name: "bad", toJSON() { return {}; } } };' }, /bad\.mjs: default export\.execute must be a function/],
    ['a name Discord refuses', { 'bad.mjs': module('Bad Name') }, /bad\.mjs: default export\.data\.name must be 1 to 32 lowercase/],
    ['an autocomplete that is not a function', { 'bad.mjs': module('bad', ', autocomplete: 3') }, /default export\.autocomplete must be a function/],
    ['an import that throws', { 'bad.mjs': 'throw new Error("boom");' }, /bad\.mjs: failed to load: boom/],
    ['two modules with one name', { 'a.mjs': module('same'), 'b.mjs': module('same') }, /b\.mjs: another module already defines \/same/],
    ['no module at all', {}, /holds no command module/],
  ])('fails start-up naming the file and the fix for %s', async (_, files, message) => {
    const error = await failure(files);
    expect(error.message).toMatch(message);
    expect(error.message).toContain('fix: export default');
  });
});
