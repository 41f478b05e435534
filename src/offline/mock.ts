// A stand-in for discord.js's Client, for the terminal and the command tests:
// it delivers slash and message commands, autocomplete, button clicks and messages to the
// same dispatcher the real client feeds, through objects implementing the
// part of discord.js's API the commands use, and records what they send back.
// Like Discord, it refuses a second acknowledgement, an edit before any
// response, and a message beyond Discord's limits.
import type {
  AnsweredMessage,
  AutocompleteInteraction,
  ButtonInteraction,
  IncomingInteraction,
  IncomingMessage,
  MessageCommandInteraction,
  SentPayload,
  SlashInteraction,
  TargetMessage,
  UserRef,
} from '../discord/surface.js';
import { checkChoices, checkMessageLimits } from '../render/limits.js';
import { EPHEMERAL, type Choice, type Embed, type ReplyPayload, type ShownEmbed } from '../render/payload.js';
import { MessageLog, type SentMessage } from './message-log.js';
import type { PermissionsLike } from '../discord/operators.js';

/** How a message was sent: an update replaces the message a button was on. */
export type MessageKind = 'reply' | 'edit' | 'followUp' | 'message' | 'update';

export type Sent =
  /** `messageId` the message that carries the payload. */
  | { kind: MessageKind; payload: ReplyPayload; ephemeral: boolean; messageId: string }
  | { kind: 'defer'; ephemeral: boolean }
  | { kind: 'choices'; choices: Choice[] }
  | { kind: 'reaction'; emoji: string };

export class MockDiscordError extends Error {
  constructor(readonly code: number, message: string) {
    super(`${message} (${code})`);
    this.name = 'MockDiscordError';
  }
}

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

/** Where an event happens and who sends it, resolved from a Where. */
interface Origin {
  user: UserRef;
  locale: string;
  channelId: string | null;
  guildId: string | null;
  permissions: PermissionsLike | null;
  createdTimestamp: number;
}

export type OptionValues = Readonly<Record<string, string | boolean>>;

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

let counter = 0n;
/** Increasing snowflake-shaped ids, like Discord's. */
const nextId = () => String(1_300_000_000_000_000_000n + ++counter);

function options(values: OptionValues, focused?: string) {
  const get = <T>(name: string, type: string): T | null => {
    const v = values[name];
    return typeof v === type ? (v as T) : null;
  };
  return {
    getString: (name: string) => get<string>(name, 'string'),
    getBoolean: (name: string) => get<boolean>(name, 'boolean'),
    getFocused: () => ({ name: focused ?? '', value: String(values[focused ?? ''] ?? '') }),
  };
}

function checked(payload: ReplyPayload): ReplyPayload {
  const problems = checkMessageLimits(payload);
  if (problems.length) throw new MockDiscordError(50035, `Invalid Form Body: ${problems.join('; ')}`);
  return payload;
}

/** Who sent an interaction, where and when: what every kind of interaction carries. */
abstract class MockIncoming implements IncomingInteraction {
  readonly id = nextId();
  readonly user: UserRef;
  readonly locale: string;
  readonly channelId: string | null;
  readonly guildId: string | null;
  readonly createdTimestamp: number;

  constructor(
    protected readonly sent: Sent[],
    origin: Origin,
    protected readonly log: MessageLog,
  ) {
    this.user = origin.user;
    this.locale = origin.locale;
    this.channelId = origin.channelId;
    this.guildId = origin.guildId;
    this.createdTimestamp = origin.createdTimestamp;
  }

  isChatInputCommand(): this is SlashInteraction {
    return false;
  }
  isAutocomplete(): this is AutocompleteInteraction {
    return false;
  }
  isButton(): this is ButtonInteraction {
    return false;
  }
  isMessageContextMenuCommand(): this is MessageCommandInteraction {
    return false;
  }
}

abstract class MockInteraction extends MockIncoming {
  deferred = false;
  replied = false;
  protected ephemeral = false;
  /** The message created by the first response (or the message a button is on, for an update). */
  protected originalId: string | undefined;
  /** Acknowledged to update the message its button is on. */
  protected updating = false;

  /** Records a message the interaction sent, as the mock's own. */
  protected record(kind: MessageKind, payload: ReplyPayload, ephemeral: boolean, id = nextId()): string {
    this.sent.push({ kind, payload: checked(payload), ephemeral, messageId: id });
    this.log.add({ id, asker: this.user.id, ephemeral }, payload);
    return id;
  }

  async reply(payload: SentPayload): Promise<unknown> {
    if (this.deferred || this.replied) throw new MockDiscordError(40060, 'Interaction has already been acknowledged');
    const { withResponse, ...message } = payload;
    this.ephemeral = ((message.flags ?? 0) & EPHEMERAL) !== 0;
    this.originalId = this.record('reply', message, this.ephemeral);
    this.replied = true;
    return withResponse ? { resource: { message: { id: this.originalId } } } : { id: this.id };
  }

  async deferReply(options: { flags?: number } = {}): Promise<unknown> {
    if (this.deferred || this.replied) throw new MockDiscordError(40060, 'Interaction has already been acknowledged');
    this.ephemeral = ((options.flags ?? 0) & EPHEMERAL) !== 0;
    this.sent.push({ kind: 'defer', ephemeral: this.ephemeral });
    this.originalId = nextId();
    this.deferred = true;
    return { id: this.id };
  }

  async editReply(payload: ReplyPayload): Promise<unknown> {
    if (!this.deferred && !this.replied) throw new MockDiscordError(10008, 'Unknown Message: the interaction has no response to edit');
    // The response keeps the visibility it was created with, as on Discord.
    const id = this.record(this.updating ? 'update' : 'edit', payload, this.ephemeral, this.originalId);
    this.replied = true;
    return { id };
  }

  async followUp(payload: ReplyPayload): Promise<unknown> {
    if (!this.deferred && !this.replied) throw new MockDiscordError(10015, 'Unknown Webhook: follow-up before any response');
    const id = this.record('followUp', payload, ((payload.flags ?? 0) & EPHEMERAL) !== 0);
    // As discord.js does.
    this.replied = true;
    return { id };
  }
}

class MockSlash extends MockInteraction implements SlashInteraction {
  constructor(
    sent: Sent[],
    origin: Origin,
    log: MessageLog,
    readonly commandName: string,
    values: OptionValues,
  ) {
    super(sent, origin, log);
    this.options = options(values);
    this.memberPermissions = origin.permissions;
  }
  readonly options: SlashInteraction['options'];
  readonly memberPermissions: PermissionsLike | null;
  override isChatInputCommand(): this is SlashInteraction {
    return true;
  }
}

/** A message command run on a message (right-click › Apps), the message resolved as Discord resolves it. */
class MockMessageCommand extends MockInteraction implements MessageCommandInteraction {
  constructor(
    sent: Sent[],
    origin: Origin,
    log: MessageLog,
    readonly commandName: string,
    readonly targetMessage: TargetMessage,
  ) {
    super(sent, origin, log);
  }
  override isMessageContextMenuCommand(): this is MessageCommandInteraction {
    return true;
  }
}

/** An embed as discord.js hands it back on a message: every field present, null when unset. */
function shown(embed: Embed): ShownEmbed {
  return { title: embed.title ?? null, description: embed.description ?? null, color: embed.color ?? null, fields: embed.fields ?? [], footer: embed.footer ?? null };
}

class MockButton extends MockInteraction implements ButtonInteraction {
  readonly message: AnsweredMessage;
  private readonly on: SentMessage | undefined;
  constructor(sent: Sent[], origin: Origin, log: MessageLog, readonly customId: string, messageId: string | undefined) {
    super(sent, origin, log);
    // The message the button is on; an unknown button is on a message of no one's (as after a restart).
    this.on = messageId ? log.get(messageId) : log.withButton(customId);
    const asker = this.on?.asker;
    this.message = {
      id: this.on?.id ?? nextId(),
      interactionMetadata: asker ? { user: { id: asker } } : null,
      mentions: { repliedUser: null },
      embeds: (this.on?.embeds ?? []).map(shown),
    };
  }
  override isButton(): this is ButtonInteraction {
    return true;
  }
  async update(payload: SentPayload): Promise<unknown> {
    if (this.deferred || this.replied) throw new MockDiscordError(40060, 'Interaction has already been acknowledged');
    const { withResponse: _w, ...message } = payload;
    this.ephemeral = this.on?.ephemeral ?? false;
    this.originalId = this.message.id;
    this.log.add({ id: this.message.id, asker: this.on?.asker, ephemeral: this.ephemeral }, message);
    this.sent.push({ kind: 'update', payload: checked(message), ephemeral: this.ephemeral, messageId: this.message.id });
    this.replied = true;
    return { id: this.id };
  }
  async deferUpdate(): Promise<unknown> {
    if (this.deferred || this.replied) throw new MockDiscordError(40060, 'Interaction has already been acknowledged');
    this.ephemeral = this.on?.ephemeral ?? false;
    this.originalId = this.message.id;
    this.updating = true;
    this.deferred = true;
    this.sent.push({ kind: 'defer', ephemeral: this.ephemeral });
    return { id: this.id };
  }
  protected override record(kind: MessageKind, payload: ReplyPayload, ephemeral: boolean, id = nextId()): string {
    // An update edits the message the button is on, which still answers whoever asked it.
    if (kind !== 'update') return super.record(kind, payload, ephemeral, id);
    this.sent.push({ kind, payload: checked(payload), ephemeral, messageId: id });
    this.log.add({ id, asker: this.on?.asker, ephemeral }, payload);
    return id;
  }
}

class MockAutocomplete extends MockIncoming implements AutocompleteInteraction {
  responded = false;
  readonly options: AutocompleteInteraction['options'];
  constructor(
    sent: Sent[],
    origin: Origin,
    log: MessageLog,
    readonly commandName: string,
    values: OptionValues,
    focused: string,
  ) {
    super(sent, origin, log);
    this.options = options(values, focused);
  }
  override isAutocomplete(): this is AutocompleteInteraction {
    return true;
  }
  async respond(choices: readonly Choice[]): Promise<unknown> {
    if (this.responded) throw new MockDiscordError(40060, 'Interaction has already been acknowledged');
    const problems = checkChoices(choices);
    if (problems.length) throw new MockDiscordError(50035, `Invalid Form Body: ${problems.join('; ')}`);
    this.sent.push({ kind: 'choices', choices: [...choices] });
    this.responded = true;
    return undefined;
  }
}

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
    const sent = await this.interact((s, origin) => new MockAutocomplete(s, origin, this.sentMessages, commandName, values, focused), where);
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
