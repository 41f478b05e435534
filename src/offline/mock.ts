// A stand-in for discord.js's Client, for the terminal and the command tests:
// it delivers slash and message commands, autocomplete, button clicks and messages to the
// same dispatcher the real client feeds (the interactions are in mock-interactions.ts),
// and records what the bot sends back.
import type { IncomingInteraction, IncomingMessage, TargetMessage, UserRef } from '../discord/surface.js';
import type { Choice } from '../render/payload.js';
import { MessageLog } from './message-log.js';
import type { PermissionsLike } from '../discord/operators.js';
import {
  checked,
  MockAutocomplete,
  MockButton,
  MockMessageCommand,
  MockSlash,
  nextId,
  type OptionValues,
  type Origin,
  type Sent,
} from './mock-interactions.js';

export { MockDiscordError, type MessageKind, type OptionValues, type Sent } from './mock-interactions.js';

export interface Where {
  /** Default the mock's user. */
  user?: UserRef;
  /** Default the mock's locale. */
  locale?: string;
  /** A direct message rather than the server channel. */
  direct?: boolean;
  /** The user's permission bits in the server (default: every permission for the mock's person, who owns the mock server; none for anyone else). */
  permissions?: bigint;
  /** When Discord created the interaction or message (default now): an older one arrives late. */
  createdTimestamp?: number;
}

/** Every permission bit Discord defines (the server owner has them all). */
export const ALL_PERMISSIONS = (1n << 51n) - 1n;
const ADMINISTRATOR = 1n << 3n;

/** Permission bits as discord.js's PermissionsBitField sees them: Administrator has every permission. */
export function permissionsOf(bits: bigint): PermissionsLike {
  return { has: (permission) => (bits & ADMINISTRATOR) !== 0n || (bits & permission) === permission };
}

/** A message of the channel that a message command is run on. */
export interface MessageInput {
  id?: string;
  content?: string;
  author?: UserRef;
  attachments?: number;
  stickers?: number;
  embeds?: readonly unknown[];
}

type Listener<T> = (event: T) => unknown;

export interface MockClientOptions {
  /** The person at the keyboard. */
  user?: UserRef;
  locale?: string;
  /** The person's permission bits in the mock server (default all: they own it, as the operator at the terminal). */
  permissions?: bigint;
}

export class MockClient {
  readonly user: UserRef & { username: string } = { id: nextId(), bot: true, username: 'coverage-bot' };
  /** The bot's managed role in the mock server. */
  readonly roleId = nextId();
  readonly guildId = nextId();
  readonly channelId = nextId();
  readonly dmChannelId = nextId();
  readonly person: UserRef;
  locale: string;
  readonly permissions: bigint;
  private readonly sentMessages = new MessageLog();
  private readonly listeners: { interactionCreate: Listener<IncomingInteraction>[]; messageCreate: Listener<IncomingMessage>[] } = {
    interactionCreate: [],
    messageCreate: [],
  };

  constructor(options: MockClientOptions = {}) {
    this.person = options.user ?? { id: nextId(), bot: false };
    this.locale = options.locale ?? 'en-US';
    this.permissions = options.permissions ?? ALL_PERMISSIONS;
  }

  on(event: 'interactionCreate', listener: Listener<IncomingInteraction>): this;
  on(event: 'messageCreate', listener: Listener<IncomingMessage>): this;
  on(event: 'interactionCreate' | 'messageCreate', listener: Listener<never>): this {
    (this.listeners[event] as Listener<never>[]).push(listener);
    return this;
  }

  /** Runs a slash command; resolves with everything it sent once its handlers are done. */
  slash(commandName: string, values: OptionValues = {}, where: Where = {}): Promise<Sent[]> {
    return this.interact((sent, origin) => new MockSlash(sent, origin, this.sentMessages, commandName, values), where);
  }

  /** What the command offers while `focused` is being typed. */
  async autocomplete(commandName: string, focused: string, values: OptionValues, where: Where = {}): Promise<Choice[]> {
    const sent = await this.interact((s, origin) => new MockAutocomplete(s, origin, this.sentMessages, { commandName, values, focused }), where);
    return sent.flatMap((s) => (s.kind === 'choices' ? s.choices : []));
  }

  /**
   * Runs a message command (right-click a message › Apps) on a message of the
   * channel: its text, author (default the person at the keyboard) and what
   * else it holds (counts of attachments and stickers, embeds).
   */
  messageCommand(commandName: string, target: MessageInput, where: Where = {}): Promise<Sent[]> {
    const message: TargetMessage = {
      id: target.id ?? nextId(),
      author: target.author ?? this.person,
      content: target.content ?? '',
      attachments: { size: target.attachments ?? 0 },
      embeds: target.embeds ?? [],
      stickers: { size: target.stickers ?? 0 },
    };
    return this.interact((sent, origin) => new MockMessageCommand(sent, origin, this.sentMessages, commandName, message), where);
  }

  /** Clicks a button: on the given message, else on the latest message of the bot that has it. */
  click(customId: string, where: Where & { messageId?: string } = {}): Promise<Sent[]> {
    return this.interact((sent, origin) => new MockButton(sent, origin, this.sentMessages, customId, where.messageId), where);
  }

  /**
   * Posts a message in the server channel (or a DM); resolves with what the bot sent in response.
   * `replyTo` makes it a reply to that message of the bot (`ping: false` switches the reply's mention off).
   */
  async message(content: string, where: Where & { author?: UserRef; replyTo?: string; ping?: boolean } = {}): Promise<Sent[]> {
    const sent: Sent[] = [];
    const direct = where.direct ?? false;
    const author = where.author ?? where.user ?? this.person;
    const botId = this.user.id;
    const roleId = this.roleId;
    const pinged = where.replyTo !== undefined && where.ping !== false;
    const message: IncomingMessage = {
      id: nextId(),
      author,
      system: false,
      content,
      channelId: direct ? this.dmChannelId : this.channelId,
      guildId: direct ? null : this.guildId,
      guild: direct ? null : { preferredLocale: where.locale ?? this.locale, roles: { botRoleFor: (user) => (user === botId ? { id: roleId } : null) } },
      mentions: {
        repliedUser: where.replyTo !== undefined ? { id: botId } : null,
        users: { has: (id) => id === botId && (pinged || content.includes(`<@${botId}>`) || content.includes(`<@!${botId}>`)) },
        roles: { has: (id) => id === roleId && content.includes(`<@&${roleId}>`) },
      },
      reference: where.replyTo !== undefined ? { messageId: where.replyTo } : null,
      createdTimestamp: where.createdTimestamp ?? Date.now(),
      reply: async (payload) => {
        const id = nextId();
        sent.push({ kind: 'message', payload: checked(payload), ephemeral: false, messageId: id });
        this.sentMessages.add({ id, asker: author.id, ephemeral: false }, payload);
        return { id };
      },
      react: async (emoji) => {
        sent.push({ kind: 'reaction', emoji });
        return undefined;
      },
    };
    await Promise.all(this.listeners.messageCreate.map((l) => l(message)));
    return sent;
  }

  /** A message that mentions the bot, as a user types "@bot question". */
  mention(question: string, where: Where = {}): Promise<Sent[]> {
    return this.message(`<@${this.user.id}> ${question}`, where);
  }

  private async interact(make: (sent: Sent[], origin: Origin) => IncomingInteraction, where: Where): Promise<Sent[]> {
    const sent: Sent[] = [];
    const direct = where.direct ?? false;
    const user = where.user ?? this.person;
    // The person at the terminal owns the mock server; anyone else is an ordinary member.
    const permissions = where.permissions ?? (user.id === this.person.id ? this.permissions : 0n);
    const interaction = make(sent, {
      user,
      locale: where.locale ?? this.locale,
      channelId: direct ? this.dmChannelId : this.channelId,
      guildId: direct ? null : this.guildId,
      permissions: direct ? null : permissionsOf(permissions),
      createdTimestamp: where.createdTimestamp ?? Date.now(),
    });
    await Promise.all(this.listeners.interactionCreate.map((l) => l(interaction)));
    return sent;
  }
}
