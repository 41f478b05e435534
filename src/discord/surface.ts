// The part of discord.js's interaction and message API that the commands and
// the dispatcher use. discord.js's own classes satisfy these interfaces (the
// client wiring checks it at compile time), and the offline mock client
// implements them, so both drive the very same command code.
import type { Choice, ReplyPayload } from '../render/payload.js';
import type { PermissionsLike } from './operators.js';

export interface UserRef {
  id: string;
  bot: boolean;
}

export interface SlashOptions {
  getString(name: string, required?: boolean): string | null;
  getBoolean(name: string, required?: boolean): boolean | null;
}

export interface FocusedOption {
  name: string;
  value: string;
}

export interface AutocompleteOptions extends SlashOptions {
  getFocused(full: true): FocusedOption;
}

interface InteractionBase {
  id: string;
  user: UserRef;
  /** The user's client language (a Discord locale such as "fr" or "en-GB"). */
  locale: string;
  channelId: string | null;
  guildId: string | null;
  /** When Discord created it (its snowflake's time): the 3 s deadline runs from here. */
  createdTimestamp: number;
}

/** Reply methods of a repliable interaction. Every interaction must be acknowledged (reply or defer) within 3 s. */
export interface Repliable {
  readonly deferred: boolean;
  readonly replied: boolean;
  reply(payload: ReplyPayload): Promise<unknown>;
  deferReply(options?: { flags?: number }): Promise<unknown>;
  editReply(payload: ReplyPayload): Promise<unknown>;
  followUp(payload: ReplyPayload): Promise<unknown>;
}

export interface SlashInteraction extends InteractionBase, Repliable {
  commandName: string;
  options: SlashOptions;
  /** The invoker's permissions in the channel; null in a DM. */
  memberPermissions: PermissionsLike | null;
}

export interface AutocompleteInteraction extends InteractionBase {
  commandName: string;
  options: AutocompleteOptions;
  readonly responded: boolean;
  respond(choices: readonly Choice[]): Promise<unknown>;
}

export interface ButtonInteraction extends InteractionBase, Repliable {
  customId: string;
}

export interface IncomingInteraction {
  isChatInputCommand(): this is SlashInteraction;
  isAutocomplete(): this is AutocompleteInteraction;
  isButton(): this is ButtonInteraction;
}

export interface IncomingMessage {
  author: UserRef;
  /** Discord's system messages (joins, pins…) are not questions. */
  system: boolean;
  content: string;
  channelId: string;
  guildId: string | null;
  guild: { preferredLocale: string } | null;
  createdTimestamp: number;
  reply(payload: Omit<ReplyPayload, 'flags'>): Promise<unknown>;
  react(emoji: string): Promise<unknown>;
}
