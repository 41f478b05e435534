// Loads every module in commands/ and checks that it exports a command, so a
// malformed module stops start-up with its file name rather than failing on first use.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { commandShape, type Command } from './command.js';

export const DEFAULT_COMMANDS_DIR = new URL('../../commands/', import.meta.url).pathname;

export class CommandLoadError extends Error {
  constructor(readonly file: string, problem: string) {
    super(`${file}: ${problem}\n    fix: export default { data: new SlashCommandBuilder()…, async execute(interaction, ctx) {…} } satisfies Command`);
    this.name = 'CommandLoadError';
  }
}

/** Command modules: TypeScript sources under tsx, JavaScript once compiled. */
const MODULE = /^[^._].*(?<!\.d)\.(ts|js|mjs)$/;

export async function loadCommands(dir: string = DEFAULT_COMMANDS_DIR): Promise<Map<string, Command>> {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => MODULE.test(f)).sort();
  } catch (error) {
    throw new CommandLoadError(dir, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  const modules = await Promise.all(
    files.map(async (file) => {
      const path = join(dir, file);
      const shown = relative(process.cwd(), path) || path;
      let mod: { default?: unknown };
      try {
        mod = (await import(pathToFileURL(path).href)) as { default?: unknown };
      } catch (error) {
        throw new CommandLoadError(shown, `failed to load: ${error instanceof Error ? error.message : String(error)}`);
      }
      const parsed = commandShape.safeParse(mod.default);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const where = issue?.path.length ? `default export.${issue.path.join('.')}` : 'default export';
        throw new CommandLoadError(shown, `${where} ${issue?.message ?? 'is not a command'}`);
      }
      return { file: shown, command: mod.default as Command };
    }),
  );
  const commands = new Map<string, Command>();
  for (const { file, command } of modules) {
    if (commands.has(command.data.name)) throw new CommandLoadError(file, `another module already defines /${command.data.name}`);
    commands.set(command.data.name, command);
  }
  if (commands.size === 0) throw new CommandLoadError(relative(process.cwd(), dir) || dir, 'holds no command module');
  return commands;
}
