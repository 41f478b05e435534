// The interactions the mock client delivers: each kind implements the part of
// discord.js's interaction API the commands use and records what is sent back,
// refusing, as Discord does, a second acknowledgement, an edit before any
// response, and a message beyond Discord's limits.
import type {
  AnsweredMessage,
  AutocompleteInteraction,
  ButtonInteraction,
  IncomingInteraction,
  MessageCommandInteraction,
  SentPayload,
  SlashInteraction,
  TargetMessage,
  UserRef,
} from '../discord/surface.js';
import { checkChoices, checkMessageLimits } from '../render/limits.js';
import { EPHEMERAL, type Choice, type Embed, type ReplyPayload, type ShownEmbed } from '../render/payload.js';
import type { MessageLog, SentMessage } from './message-log.js';
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

/** Where an event happens and who sends it, resolved from a Where. */
export interface Origin {
  user: UserRef;
  locale: string;
  channelId: string | null;
  guildId: string | null;
  permissions: PermissionsLike | null;
  createdTimestamp: number;
}

export type OptionValues = Readonly<Record<string, string | boolean>>;

let counter = 0n;
/** Increasing snowflake-shaped ids, like Discord's. */
export const nextId = () => String(1_300_000_000_000_000_000n + ++counter);

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

export function checked(payload: ReplyPayload): ReplyPayload {
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

export class MockSlash extends MockInteraction implements SlashInteraction {
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
export class MockMessageCommand extends MockInteraction implements MessageCommandInteraction {
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

export class MockButton extends MockInteraction implements ButtonInteraction {
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

export class MockAutocomplete extends MockIncoming implements AutocompleteInteraction {
  responded = false;
  readonly options: AutocompleteInteraction['options'];
  readonly commandName: string;
  /** `typing`: the command, its options' values so far, and the one being typed. */
  constructor(sent: Sent[], origin: Origin, log: MessageLog, typing: { commandName: string; values: OptionValues; focused: string }) {
    super(sent, origin, log);
    this.commandName = typing.commandName;
    this.options = options(typing.values, typing.focused);
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
