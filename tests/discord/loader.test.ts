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

/** A message command module: `json` is merged into its registration body, `extra` into its default export. */
const menu = (name: string, json = '', extra = '') =>
  `export default { data: { name: ${JSON.stringify(name)}, toJSON: () => ({ name: ${JSON.stringify(name)}, type: 3 ${json} }) }, execute: async () => {} ${extra} };`;

const LOCALES = ['en-GB', 'en-US', 'fr'];

async function failure(files: Record<string, string>): Promise<CommandLoadError> {
  const error = await loadCommands(commandsDir(files)).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(CommandLoadError);
  return error as CommandLoadError;
}

describe('loadCommands', () => {
  it('loads the project\'s slash commands: lowercase names, localised for fr, en-US and en-GB', async () => {
    const commands = (await loadCommands()).slash;
    expect([...commands.keys()]).toEqual(['ask', 'check', 'help', 'meetings', 'reload', 'sources', 'who']);
    for (const command of commands.values()) {
      const json = command.data.toJSON();
      expect(json.name).toBe(json.name.toLowerCase());
      for (const map of [json.name_localizations, json.description_localizations]) expect(Object.keys(map ?? {}).sort()).toEqual(LOCALES);
      for (const name of Object.values(json.name_localizations ?? {})) expect(name).toBe(name?.toLowerCase());
    }
    expect(commands.get('who')?.autocomplete).toBeTypeOf('function');
    // /check is /verifier in French, and takes up to a whole (Nitro-length) message.
    const check = commands.get('check')?.data.toJSON();
    expect(check?.name_localizations).toEqual({ fr: 'verifier', 'en-US': 'check', 'en-GB': 'check' });
    expect(check?.options?.[0]).toMatchObject({ name: 'text', required: true, max_length: 4000, name_localizations: { fr: 'texte', 'en-US': 'text', 'en-GB': 'text' } });
  });

  it('loads the project\'s message command, named in the Apps menu for fr, en-US and en-GB', async () => {
    const commands = (await loadCommands()).message;
    expect([...commands.keys()]).toEqual(['Check against the coverage']);
    const json = commands.get('Check against the coverage')?.data.toJSON();
    expect(json).toMatchObject({ type: 3, name_localizations: { fr: 'Vérifier dans la couverture', 'en-US': 'Check against the coverage', 'en-GB': 'Check against the coverage' } });
    expect(Object.keys(json?.name_localizations ?? {}).sort()).toEqual(LOCALES);
    // Discord shows no description for a message command, and refuses one.
    expect(json).not.toHaveProperty('description');
    expect(json).not.toHaveProperty('options');
  });

  it('loads well-formed modules of both kinds and skips helpers and type declarations', async () => {
    const commands = await loadCommands(
      commandsDir({ 'one.mjs': module('one'), 'two.mjs': menu('Look It Up'), 'three.mjs': menu('one'), '_helper.mjs': 'export const x = 1;', 'types.d.ts': 'export {};', 'notes.md': '#' }),
    );
    expect([...commands.slash.keys()]).toEqual(['one']);
    // A message command may share a slash command's name: Discord keeps one list per kind.
    expect([...commands.message.keys()].sort()).toEqual(['Look It Up', 'one']);
  });

  it.each([
    ['an autocomplete', { 'bad.mjs': menu('Bad', '', ', autocomplete: async () => {}') }, /default export\.autocomplete must not be set/],
    ['options', { 'bad.mjs': menu('Bad', ", options: [{ name: 'x', type: 3, description: 'x' }]") }, /default export\.data\.toJSON\(\)\.options must not be set/],
    ['a description', { 'bad.mjs': menu('Bad', ", description: 'Checks it'") }, /default export\.data\.toJSON\(\)\.description must be empty/],
    ['a name Discord refuses', { 'bad.mjs': menu('Check this message, please, right now') }, /default export\.data\.name must be 1 to 32 letters/],
    ['a localised name Discord refuses', { 'bad.mjs': menu('Bad', ", name_localizations: { fr: 'Vérifier !' }") }, /toJSON\(\)\.name_localizations\.fr must be 1 to 32 letters/],
    ['no execute', { 'bad.mjs': 'export default { data: { name: "Bad", toJSON: () => ({ name: "Bad", type: 3 }) } };' }, /default export\.execute must be a function/],
    ['two modules with one name', { 'a.mjs': menu('Same'), 'b.mjs': menu('Same') }, /b\.mjs: another module already defines the message command "Same"/],
  ])('refuses a message command module with %s, naming the file and the fix', async (_, files, message) => {
    const error = await failure(files);
    expect(error.message).toMatch(message);
    expect(error.message).toContain('fix: export default { data: new ContextMenuCommandBuilder()');
  });

  it.each([
    ['a user command', { 'bad.mjs': menu('Bad').replace('type: 3', 'type: 2') }, /toJSON\(\)\.type is 2: only slash commands \(1\) and message commands \(3\)/],
    ['a toJSON that throws', { 'bad.mjs': 'export default { data: { name: "bad", toJSON() { throw new Error("no name"); } }, execute: async () => {} };' }, /data\.toJSON\(\) failed: no name/],
  ])('refuses %s', async (_, files, message) => {
    expect((await failure(files)).message).toMatch(message);
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
