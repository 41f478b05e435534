// The bot's messages as the mock client remembers them: who each answered,
// who may see it, its embeds and its buttons, so that a click or a reply finds them.
import type { Embed, ReplyPayload } from '../render/payload.js';

/** What the mock remembers of a message the bot sent: who it answered, who may see it, its buttons. */
export interface SentMessage {
  id: string;
  /** The user whose command or message it answers. */
  asker: string | undefined;
  ephemeral: boolean;
  customIds: string[];
  embeds: Embed[];
}

/** The bot's messages, for clicks and replies on them (the most recent ones: a terminal session can be long). */
export class MessageLog {
  private readonly byId = new Map<string, SentMessage>();
  constructor(private readonly max = 1000) {}
  add(message: Omit<SentMessage, 'customIds' | 'embeds'>, payload: ReplyPayload): void {
    this.byId.delete(message.id);
    this.byId.set(message.id, { ...message, customIds: payload.components.flatMap((r) => r.components.map((b) => b.custom_id)), embeds: structuredClone(payload.embeds) });
    while (this.byId.size > this.max) this.byId.delete(this.byId.keys().next().value as string);
  }
  get(id: string): SentMessage | undefined {
    return this.byId.get(id);
  }
  /** The latest message carrying a button with this custom_id. */
  withButton(customId: string): SentMessage | undefined {
    return [...this.byId.values()].reverse().find((m) => m.customIds.includes(customId));
  }
}
