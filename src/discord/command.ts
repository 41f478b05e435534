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
import type { AutocompleteInteraction, SlashInteraction } from './surface.js';

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
  ephemeral?(interaction: SlashInteraction): boolean;
  /** The command may take seconds: it is always acknowledged first, then answered. */
  slow?: boolean;
}

export interface BotContext {
  /** Read on each use, so that a reload can swap the engine under running commands. */
  readonly engine: Engine;
  readonly config: Config;
  readonly commands: ReadonlyMap<string, Command>;
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

/** The shape the loader checks a command module's default export against. */
export const commandShape = z.object({
  data: z.object({
    name: z.string().regex(/^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u, 'must be 1 to 32 lowercase letters, digits, - or _'),
    toJSON: fn,
  }),
  execute: fn,
  autocomplete: fn.optional(),
  ephemeral: fn.optional(),
  slow: z.boolean('must be true or false').optional(),
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

/** Names and describes a command or option in every language (English is Discord's default). */
export function named<T extends Nameable<T>>(builder: T, name: Record<Language, string>, description: Record<Language, string>): T {
  return builder.setName(name.en).setNameLocalizations(localized(name)).setDescription(description.en).setDescriptionLocalizations(localized(description));
}

/** The commands' names and descriptions in a language, for /help. */
export function describeCommands(commands: Iterable<Command>, language: Language): CommandSummary[] {
  return [...commands].map((c) => {
    const json = c.data.toJSON();
    const locale = COMMAND_LOCALES[language][0] ?? '';
    return { name: json.name_localizations?.[locale] ?? json.name, description: json.description_localizations?.[locale] ?? json.description };
  });
}
