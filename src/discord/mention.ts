// Whether a message speaks to the bot, and the question it asks.

/** The bot as people address it: its user, and in a server its managed role (Discord's autocomplete often offers the role). */
export interface Self {
  userId: string;
  roleId?: string | undefined;
}

/** What the dispatcher needs of a message to tell whether it is for the bot. */
export interface Addressable {
  content: string;
  mentions: { repliedUser: { id: string } | null; users: { has(id: string): boolean }; roles: { has(id: string): boolean } };
}

export type Addressing =
  /** `text` is the question without the mentions of the bot; empty when the bot was called with no question. */
  | { kind: 'question'; text: string; replyToBot: boolean }
  /** For the bot, but Discord withheld the text (no Message Content intent): the user should mention the bot itself. */
  | { kind: 'unreadable' };

/** Code blocks and inline code, where Discord shows a mention as text and notifies no one. */
const CODE = /```[\s\S]*?```|``[^`\n][\s\S]*?``|`[^`\n]+`/g;

const digits = (id: string) => id.replace(/\D/g, '');

/** `<@id>`, the older nickname form `<@!id>`, and the bot's role `<@&id>`. */
function mentionPattern(self: Self, flags = ''): RegExp {
  const role = self.roleId ? `|<@&${digits(self.roleId)}>` : '';
  return new RegExp(`<@!?${digits(self.userId)}>${role}`, flags);
}

/**
 * Whether a message is for the bot, as Discord members mean it, by case:
 * - a direct message: always;
 * - the bot or its role mentioned in the text, outside code: yes;
 * - a reply to one of the bot's messages, ping on or off: yes (a follow-up);
 * - @everyone, another role, a mention inside code: no;
 * - for the bot by Discord's mentions or by being a reply, but with the text
 *   withheld (`canRead` false: no Message Content intent): unreadable, so the
 *   user can be told how to be read rather than silently ignored.
 */
export function addressing(message: Addressable, self: Self, direct: boolean, canRead: boolean): Addressing | undefined {
  const visible = message.content.replace(CODE, ' ');
  const replyToBot = message.mentions.repliedUser?.id === self.userId;
  const mentioned = mentionPattern(self).test(visible);
  const text = message.content.replace(mentionPattern(self, 'g'), ' ').replace(/\s+/g, ' ').trim();
  if (direct || mentioned) return { kind: 'question', text, replyToBot };
  if (message.content.trim() === '' && !canRead) {
    const flagged = replyToBot || message.mentions.users.has(self.userId) || (self.roleId !== undefined && message.mentions.roles.has(self.roleId));
    return flagged ? { kind: 'unreadable' } : undefined;
  }
  return replyToBot ? { kind: 'question', text, replyToBot } : undefined;
}
