// The part of discord.js's interaction and message API that the commands and
// the dispatcher use. discord.js's own classes satisfy these interfaces (the
// client wiring checks it at compile time), and the offline mock client
// implements them, so both drive the very same command code.
import type { Choice, ReplyPayload, ShownEmbed } from '../render/payload.js';
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

/** A reply, asking Discord to say which message it created (to recognise replies to it later). */
export type SentPayload = ReplyPayload & { withResponse?: boolean };

/** Reply methods of a repliable interaction. Every interaction must be acknowledged (reply or defer) within 3 s. */
export interface Repliable {
  readonly deferred: boolean;
  readonly replied: boolean;
  reply(payload: SentPayload): Promise<unknown>;
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

/** Who a message of the bot answered: the user of the command it answers, or the author of the message it replies to. */
export interface AnsweredMessage {
  id: string;
  interactionMetadata: { user: { id: string } } | null;
  mentions: { repliedUser: { id: string } | null };
  /** What the message shows: a share button posts it again, as it is, in the channel. */
  embeds: readonly ShownEmbed[];
}

export interface ButtonInteraction extends InteractionBase, Repliable {
  customId: string;
  /** The message the button is on. */
  message: AnsweredMessage;
  /** Replaces the message the button is on (the first response, instead of a reply). */
  update(payload: SentPayload): Promise<unknown>;
  /** Acknowledges, to update the message the button is on later (with editReply). */
  deferUpdate(): Promise<unknown>;
}

/** The message a message command (right-click › Apps) was run on, as Discord resolves it for the interaction. */
export interface TargetMessage {
  id: string;
  author: UserRef;
  /** Discord includes the target's text in the interaction even without the Message Content intent. */
  content: string;
  /** What it holds besides text: files and images, embeds, stickers. */
  attachments: { readonly size: number };
  embeds: readonly unknown[];
  stickers: { readonly size: number };
}

export interface MessageCommandInteraction extends InteractionBase, Repliable {
  commandName: string;
  targetMessage: TargetMessage;
}

export interface IncomingInteraction {
  isChatInputCommand(): this is SlashInteraction;
  isAutocomplete(): this is AutocompleteInteraction;
  isButton(): this is ButtonInteraction;
  isMessageContextMenuCommand(): this is MessageCommandInteraction;
}

export interface IncomingMessage {
  id: string;
  author: UserRef;
  /** Discord's system messages (joins, pins…) are not questions. */
  system: boolean;
  /** Empty when Discord withholds it (no Message Content intent, and the bot's user is not mentioned). */
  content: string;
  channelId: string;
  guildId: string | null;
  /** In a server: its language, and the bot's own managed role (which people mention instead of the bot). */
  guild: { preferredLocale: string; roles: { botRoleFor(user: string): { id: string } | null } } | null;
  /** Who Discord says the message mentions; `repliedUser` is the author of the message it replies to, pinged or not. */
  mentions: { repliedUser: { id: string } | null; users: { has(id: string): boolean }; roles: { has(id: string): boolean } };
  /** The message it replies to. */
  reference: { messageId?: string | undefined } | null;
  createdTimestamp: number;
  reply(payload: Omit<ReplyPayload, 'flags'>): Promise<{ id: string }>;
  react(emoji: string): Promise<unknown>;
}
