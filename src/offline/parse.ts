// Reads a line typed at the offline prompt: a slash command with its options,
// a button number, a mention, or one of the prompt's own commands.
import type { Command, CommandJSON, OptionJSON } from '../discord/command.js';
import type { OptionValues } from './mock.js';

export type Input =
  | { kind: 'empty' }
  | { kind: 'quit' }
  /** `locale`: the language of the command's name as typed, when only one language names it so ("/aide": fr). */
  | { kind: 'help'; locale?: string }
  | { kind: 'slash'; command: string; options: OptionValues; locale?: string }
  | { kind: 'click'; number: number }
  | { kind: 'mention'; text: string }
  | { kind: 'invalid'; message: string };

/** Discord's option types the prompt can type in. */
const STRING = 3;
const BOOLEAN = 5;
const TRUE = new Set(['true', 'yes', 'oui', 'vrai', '1', 'on']);
const FALSE = new Set(['false', 'no', 'non', 'faux', '0', 'off']);

export const QUIT = ['/quit', '/exit', '/q'];
/** A line starting with this stands for a mention of the bot. */
export const MENTION_PREFIX = /^@bot\b\s*/i;

const names = (o: { name: string; name_localizations?: Partial<Record<string, string | null>> | null }) =>
  [o.name, ...Object.values(o.name_localizations ?? {})].filter((n): n is string => !!n).map((n) => n.toLowerCase());

/** The command a typed name stands for, in any of its languages. */
export function findCommand(commands: ReadonlyMap<string, Command>, typed: string): CommandJSON | undefined {
  const wanted = typed.toLowerCase();
  for (const command of commands.values()) {
    const json = command.data.toJSON();
    if (names(json).includes(wanted)) return json;
  }
  return undefined;
}

/** Discord's default locale: a command's own name is its name there. */
const DEFAULT_LOCALE = 'en-US';

/**
 * The locale whose language a typed command name is in, when it tells: "/aide"
 * is French, "/help" English, "/sources" either. On Discord each member sees
 * the names of their own language; at the prompt the name typed says it.
 */
export function nameLocale(json: CommandJSON, typed: string): string | undefined {
  const wanted = typed.toLowerCase();
  const names: [string, string][] = [[DEFAULT_LOCALE, json.name], ...Object.entries(json.name_localizations ?? {}).filter((e): e is [string, string] => !!e[1])];
  const language = (locale: string) => locale.split('-')[0];
  const matching = new Set(names.filter(([, n]) => n.toLowerCase() === wanted).map(([locale]) => language(locale)));
  const others = names.filter(([locale, n]) => !matching.has(language(locale)) && n.toLowerCase() !== wanted);
  if (matching.size !== 1 || others.length === 0) return undefined;
  return names.find(([locale, n]) => n.toLowerCase() === wanted && matching.has(language(locale)))?.[0];
}

/** Where each `name:` of the command's options starts in `rest`, in order. */
export function optionMarks(rest: string, options: readonly OptionJSON[]): { option: OptionJSON; start: number; valueStart: number }[] {
  const marks: { option: OptionJSON; start: number; valueStart: number }[] = [];
  for (const m of rest.matchAll(/(^|\s)([^\s:]+):/gu)) {
    const option = options.find((o) => names(o).includes((m[2] ?? '').toLowerCase()));
    if (option) marks.push({ option, start: m.index + (m[1] ?? '').length, valueStart: m.index + m[0].length });
  }
  return marks;
}

export function parseLine(line: string, commands: ReadonlyMap<string, Command>, buttons: number): Input {
  const text = line.trim();
  if (text === '') return { kind: 'empty' };
  if (QUIT.includes(text.toLowerCase())) return { kind: 'quit' };
  if (/^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= buttons) return { kind: 'click', number: Number(text) };
  if (MENTION_PREFIX.test(text)) return { kind: 'mention', text: text.replace(MENTION_PREFIX, '') };
  if (!text.startsWith('/')) return { kind: 'mention', text };

  const [, typedName = '', rest = ''] = /^\/(\S*)\s*([\s\S]*)$/.exec(text) ?? [];
  const json = findCommand(commands, typedName);
  if (!json) {
    if (typedName.toLowerCase() === 'help') return { kind: 'help' };
    return { kind: 'invalid', message: `Unknown command /${typedName}. Try /help.` };
  }
  const locale = nameLocale(json, typedName);
  const inLocale = locale ? { locale } : {};
  if (json.name === 'help') return { kind: 'help', ...inLocale };
  const options = json.options ?? [];
  const values: Record<string, string | boolean> = {};
  const marks = optionMarks(rest, options);
  // "/ask Who is…" with no option name: the words go to the command's first text option.
  const lead = rest.slice(0, marks[0]?.start ?? rest.length).trim();
  const first = options.find((o) => o.type === STRING);
  if (lead && first) values[first.name] = lead;
  else if (lead) return { kind: 'invalid', message: `/${json.name} takes no text; options: ${options.map((o) => `${o.name}:`).join(' ') || 'none'}` };
  marks.forEach((mark, i) => {
    values[mark.option.name] = rest.slice(mark.valueStart, marks[i + 1]?.start ?? rest.length).trim();
  });
  for (const option of options) {
    const value = values[option.name];
    if (option.type === BOOLEAN && typeof value === 'string') {
      const folded = value.toLowerCase();
      if (!TRUE.has(folded) && !FALSE.has(folded)) return { kind: 'invalid', message: `${option.name}: is true or false` };
      values[option.name] = TRUE.has(folded);
    }
    if (option.required && (value === undefined || value === '')) return { kind: 'invalid', message: `/${json.name} needs ${option.name}: …` };
  }
  return { kind: 'slash', command: json.name, options: values, ...inLocale };
}

/** "/ask question: … [private: …]" for each command, from its own definition. */
export function usage(commands: ReadonlyMap<string, Command>): string[] {
  return [...commands.values()].map((c) => {
    const json = c.data.toJSON();
    const options = (json.options ?? []).map((o) => (o.required ? `${o.name}: …` : `[${o.name}: …]`));
    return [`/${json.name}`, ...options].join(' ').padEnd(38) + ` ${json.description}`;
  });
}
