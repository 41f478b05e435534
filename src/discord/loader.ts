// Loads every module in commands/ and checks that it exports a command (a
// slash command, or a message command run from a message's Apps menu), so a
// malformed module stops start-up with its file name rather than failing on first use.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { z } from 'zod';
import { anyCommandShape, commandShape, MESSAGE_COMMAND, messageCommandJSONShape, messageCommandShape, SLASH_COMMAND, type Command, type MessageCommand } from './command.js';

export const DEFAULT_COMMANDS_DIR = new URL('../../commands/', import.meta.url).pathname;

const FIX = {
  slash: 'export default { data: new SlashCommandBuilder()…, async execute(interaction, ctx) {…} } satisfies Command',
  message: 'export default { data: new ContextMenuCommandBuilder().setType(ApplicationCommandType.Message)…, async execute(interaction, ctx) {…} } satisfies MessageCommand',
};

export class CommandLoadError extends Error {
  constructor(readonly file: string, problem: string, kind: keyof typeof FIX = 'slash') {
    super(`${file}: ${problem}\n    fix: ${FIX[kind]}`);
    this.name = 'CommandLoadError';
  }
}

/** The command modules of commands/, by kind and name. */
export interface LoadedCommands {
  slash: Map<string, Command>;
  message: Map<string, MessageCommand>;
}

/** Command modules: TypeScript sources under tsx, JavaScript once compiled. */
const MODULE = /^[^._].*(?<!\.d)\.(ts|js|mjs)$/;

/** The first thing a parse found wrong, said as "default export.data.name must be …". */
function problem(error: z.ZodError, root: string): string {
  const issue = error.issues[0];
  const where = issue?.path.length ? `${root}.${issue.path.join('.')}` : root;
  return `${where} ${issue?.message ?? 'is not a command'}`;
}

type Loaded = { kind: 'slash'; command: Command } | { kind: 'message'; command: MessageCommand };

/** What a module's default export is, by the type its registration body declares (slash when none). */
function commandOf(exported: unknown, file: string): Loaded {
  const any = anyCommandShape.safeParse(exported);
  if (!any.success) throw new CommandLoadError(file, problem(any.error, 'default export'));
  let json: unknown;
  try {
    // On the builder itself: a parse returns a copy, which toJSON cannot work on.
    json = (exported as { data: { toJSON(): unknown } }).data.toJSON();
  } catch (error) {
    throw new CommandLoadError(file, `default export.data.toJSON() failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const type = (json as { type?: unknown } | null)?.type ?? SLASH_COMMAND;
  if (type === MESSAGE_COMMAND) {
    const shape = messageCommandShape.safeParse(exported);
    if (!shape.success) throw new CommandLoadError(file, problem(shape.error, 'default export'), 'message');
    const body = messageCommandJSONShape.safeParse(json);
    if (!body.success) throw new CommandLoadError(file, problem(body.error, 'default export.data.toJSON()'), 'message');
    return { kind: 'message', command: exported as MessageCommand };
  }
  if (type !== SLASH_COMMAND) throw new CommandLoadError(file, `default export.data.toJSON().type is ${JSON.stringify(type)}: only slash commands (1) and message commands (3) are supported`);
  const shape = commandShape.safeParse(exported);
  if (!shape.success) throw new CommandLoadError(file, problem(shape.error, 'default export'));
  return { kind: 'slash', command: exported as Command };
}

export async function loadCommands(dir: string = DEFAULT_COMMANDS_DIR): Promise<LoadedCommands> {
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
      return { file: shown, loaded: commandOf(mod.default, shown) };
    }),
  );
  const commands: LoadedCommands = { slash: new Map(), message: new Map() };
  for (const { file, loaded } of modules) {
    // Discord keeps one namespace per kind: a slash command and a message command may share a name.
    const name = loaded.command.data.name;
    if (loaded.kind === 'slash') {
      if (commands.slash.has(name)) throw new CommandLoadError(file, `another module already defines /${name}`);
      commands.slash.set(name, loaded.command);
    } else {
      if (commands.message.has(name)) throw new CommandLoadError(file, `another module already defines the message command "${name}"`, 'message');
      commands.message.set(name, loaded.command);
    }
  }
  if (commands.slash.size + commands.message.size === 0) throw new CommandLoadError(relative(process.cwd(), dir) || dir, 'holds no command module');
  return commands;
}
