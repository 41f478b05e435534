// What a failed Discord request means, said so the operator knows what
// happened and what to do: an expired interaction, a missing permission, a
// deleted message, or Discord having trouble. Only the unexpected gets a stack.

/** Discord's JSON error codes the bot meets. */
export const DiscordCode = {
  UnknownChannel: 10003,
  UnknownMessage: 10008,
  UnknownInteraction: 10062,
  AlreadyAcknowledged: 40060,
  MissingAccess: 50001,
  CannotMessageUser: 50007,
  MissingPermissions: 50013,
  ReplyWithoutHistory: 160002,
} as const;

export interface Explained {
  level: 'warn' | 'error';
  /** One line, or a few, without secrets (the logger redacts tokens anyway). */
  text: string;
  /** Whether an apology can still reach the user (it cannot on an expired interaction or without permission). */
  apologise: boolean;
  /** The error itself is worth logging (its stack): an unexpected failure. */
  detail: boolean;
  /** Whose side failed, so that an apology says so: Discord's (errors and timeouts after discord.js's retries) or the bot's. */
  blame: 'discord' | 'bot';
}

export function discordCode(error: unknown): number | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
}

function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** `what` names the thing that failed: "/ask from 123", "a mention in 456". */
export function explainFailure(error: unknown, what: string): Explained {
  const code = discordCode(error);
  const status = httpStatus(error);
  switch (code) {
    case DiscordCode.UnknownInteraction:
      return {
        level: 'warn',
        text: `${what}: Discord no longer knows the interaction (10062 Unknown interaction): it was not acknowledged within 3 s, or was already answered elsewhere. Nothing more can be sent for it. If this repeats, the bot is overloaded or its clock is wrong.`,
        apologise: false,
        detail: false,
        blame: 'bot',
      };
    case DiscordCode.AlreadyAcknowledged:
      return { level: 'error', text: `${what}: the interaction was acknowledged twice (40060): a bug in the bot.`, apologise: false, detail: true, blame: 'bot' };
    case DiscordCode.MissingPermissions:
    case DiscordCode.MissingAccess:
    case DiscordCode.ReplyWithoutHistory:
      return {
        level: 'warn',
        text: `${what}: the bot lacks a permission there (${code} ${code === DiscordCode.MissingAccess ? 'Missing Access' : code === DiscordCode.ReplyWithoutHistory ? 'cannot reply without Read Message History' : 'Missing Permissions'}). Fix: give its role View Channel, Send Messages, Embed Links and Read Message History in that channel.`,
        apologise: false,
        detail: false,
        blame: 'bot',
      };
    case DiscordCode.CannotMessageUser:
      return { level: 'warn', text: `${what}: the user does not accept direct messages from the bot (50007).`, apologise: false, detail: false, blame: 'bot' };
    case DiscordCode.UnknownMessage:
    case DiscordCode.UnknownChannel:
      return { level: 'warn', text: `${what}: the message or channel was deleted before the bot answered (${code}).`, apologise: false, detail: false, blame: 'bot' };
  }
  if (status !== undefined && status >= 500) {
    return { level: 'warn', text: `${what}: Discord kept failing (HTTP ${status}) after discord.js's retries; the user was told Discord is having trouble.`, apologise: true, detail: false, blame: 'discord' };
  }
  if ((error as { name?: unknown } | null)?.name === 'AbortError') {
    return { level: 'warn', text: `${what}: Discord did not answer in time (request timed out); the user was told Discord is having trouble.`, apologise: true, detail: false, blame: 'discord' };
  }
  return { level: 'error', text: `${what} failed`, apologise: true, detail: true, blame: 'bot' };
}
