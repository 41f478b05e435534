// What a module in commands/ exports, and what every command is handed.
import { z } from 'zod';
import type { Engine } from '../engine.js';
import type { GapLog } from '../gaps/log.js';
import type { Language } from '../knowledge/types.js';
import type { CommandSummary } from '../render/help.js';
import type { Config } from './config.js';
import type { ConversationStore } from './conversation.js';
import type { Cooldowns } from './cooldown.js';
import type { ReloadResult } from './live.js';
import type { Logger } from './logger.js';
import type { Operators } from './operators.js';
import type { Pace } from './pacing.js';
import type { AutocompleteInteraction, MessageCommandInteraction, SlashInteraction } from './surface.js';

type Localizations = Partial<Record<string, string | null>> | null;

export interface OptionJSON {
  name: string;
  type: number;
  description: string;
  required?: boolean;
  autocomplete?: boolean;
  name_localizations?: Localizations;
}

/** The registration body of a slash command, as SlashCommandBuilder.toJSON() gives it. */
export interface CommandJSON {
  name: string;
  description: string;
  name_localizations?: Localizations;
  description_localizations?: Localizations;
  options?: readonly OptionJSON[];
}

export interface Command {
  /** A SlashCommandBuilder. */
  data: { readonly name: string; toJSON(): CommandJSON };
  /** What it resolves with is ignored. */
  execute(interaction: SlashInteraction, ctx: BotContext): Promise<unknown>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  /**
   * Whether the reply is for the user only. When the bot is busy it
   * acknowledges an interaction before answering ("thinking…"), and that
   * acknowledgement fixes the reply's visibility. Default: public.
   */
  ephemeral?(interaction: SlashInteraction, ctx: BotContext): boolean;
  /** The command may take seconds: it is always acknowledged first, then answered. */
  slow?: boolean;
}

/** The registration body of a message command (right-click a message › Apps), as ContextMenuCommandBuilder.toJSON() gives it. */
export interface MessageCommandJSON {
  name: string;
  /** Discord's ApplicationCommandType: Message (3), which the loader checks. */
  type: number;
  name_localizations?: Localizations;
}

/** A message command: run on a message someone right-clicks, with no options and no description. */
export interface MessageCommand {
  /** A ContextMenuCommandBuilder of type Message. */
  data: { readonly name: string; toJSON(): MessageCommandJSON };
  execute(interaction: MessageCommandInteraction, ctx: BotContext): Promise<unknown>;
  /** As for a slash command: the visibility a deferral gives the answer. */
  ephemeral?(interaction: MessageCommandInteraction, ctx: BotContext): boolean;
  slow?: boolean;
}

/** Discord's application command types the bot registers. */
export const SLASH_COMMAND = 1;
export const MESSAGE_COMMAND = 3;

export interface BotContext {
  /** Read on each use, so that a reload can swap the engine under running commands. */
  readonly engine: Engine;
  readonly config: Config;
  /** Slash commands, by name. */
  readonly commands: ReadonlyMap<string, Command>;
  /** Message commands (right-click a message › Apps), by name. */
  readonly messageCommands: ReadonlyMap<string, MessageCommand>;
  readonly conversations: ConversationStore;
  readonly cooldowns: Cooldowns;
  readonly log: Logger;
  /** Rebuilds the engine from knowledge/ and swaps it in; on failure keeps the old one. Never rejects. */
  reload(reason: string): Promise<ReloadResult>;
  /** Who may /reload. */
  readonly operators: Operators;
  /** Declined questions, for npm run kb:gaps (records nothing unless GAPS_LOG is set). */
  readonly gaps: GapLog;
  /** How long answers take lately: slow answers make the bot acknowledge interactions first. */
  readonly pace: Pace;
}

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'must be a function');

const handlers = {
  execute: fn,
  ephemeral: fn.optional(),
  slow: z.boolean('must be true or false').optional(),
};

/** Discord's rule for slash command names; message commands may also have capitals and spaces. */
const SLASH_NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;
const MENU_NAME = /^(?! )[-_' \p{L}\p{M}\p{N}]{1,32}(?<! )$/u;

/** What every command module's default export has, whatever its kind: a builder, whose body says the kind. */
export const anyCommandShape = z.object({ data: z.object({ name: z.string('must be a string'), toJSON: fn }) });

/** The shape the loader checks a slash command module's default export against. */
export const commandShape = z.object({
  data: z.object({
    name: z.string().regex(SLASH_NAME, 'must be 1 to 32 lowercase letters, digits, - or _'),
    toJSON: fn,
  }),
  ...handlers,
  autocomplete: fn.optional(),
});

const menuName = z.string().regex(MENU_NAME, 'must be 1 to 32 letters, digits, spaces, - or _');

/** The shape of a message command module's default export, and of its registration body. */
export const messageCommandShape = z.object({
  data: z.object({ name: menuName, toJSON: fn }),
  ...handlers,
  autocomplete: z.undefined('must not be set: a message command has no options to complete').optional(),
});
export const messageCommandJSONShape = z.object({
  type: z.literal(MESSAGE_COMMAND),
  name: menuName,
  name_localizations: z.record(z.string(), menuName.nullable()).nullable().optional(),
  description: z.literal('', 'must be empty: Discord shows no description for a message command').optional(),
  options: z.undefined('must not be set: a message command takes no options').optional(),
});

/** Discord locales whose name and description each command translates. */
export const COMMAND_LOCALES: Record<Language, readonly string[]> = { fr: ['fr'], en: ['en-US', 'en-GB'] };

/** A command's name or description in every locale it is translated for. */
function localized(text: Record<Language, string>): Record<string, string> {
  return Object.fromEntries((Object.keys(COMMAND_LOCALES) as Language[]).flatMap((language) => COMMAND_LOCALES[language].map((locale) => [locale, text[language]])));
}

interface Nameable<T> {
  setName(name: string): T;
  setNameLocalizations(names: Record<string, string>): T;
  setDescription(description: string): T;
  setDescriptionLocalizations(descriptions: Record<string, string>): T;
}

/** Names a message command in every language (English is Discord's default); it has no description. */
export function namedMenu<T extends Pick<Nameable<T>, 'setName' | 'setNameLocalizations'>>(builder: T, name: Record<Language, string>): T {
  return builder.setName(name.en).setNameLocalizations(localized(name));
}

/** Names and describes a command or option in every language (English is Discord's default). */
export function named<T extends Nameable<T>>(builder: T, name: Record<Language, string>, description: Record<Language, string>): T {
  return builder.setName(name.en).setNameLocalizations(localized(name)).setDescription(description.en).setDescriptionLocalizations(localized(description));
}

/** The message commands' names in a language, as the Apps menu shows them, for /help. */
export function describeMessageCommands(commands: Iterable<MessageCommand>, language: Language): string[] {
  return [...commands].map((c) => {
    const json = c.data.toJSON();
    return json.name_localizations?.[COMMAND_LOCALES[language][0] ?? ''] ?? json.name;
  });
}

/** The commands' names and descriptions in a language, for /help. */
export function describeCommands(commands: Iterable<Command>, language: Language): CommandSummary[] {
  return [...commands].map((c) => {
    const json = c.data.toJSON();
    const locale = COMMAND_LOCALES[language][0] ?? '';
    return { name: json.name_localizations?.[locale] ?? json.name, description: json.description_localizations?.[locale] ?? json.description };
  });
}
