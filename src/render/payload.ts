// The message shapes the bot sends, in Discord's raw API form (snake_case
// custom_id), which discord.js accepts as they are and the offline terminal
// can draw without discord.js loaded.

export interface EmbedField {
  name: string;
  value: string;
  inline?: boolean;
}

export interface Embed {
  title?: string;
  description?: string;
  color?: number;
  fields?: EmbedField[];
  footer?: { text: string };
}

/** An embed as discord.js hands it back on a message (its Embed class's getters): every field there, null when unset. */
export interface ShownEmbed {
  readonly title: string | null;
  readonly description: string | null;
  readonly color: number | null;
  readonly fields: readonly { name: string; value: string; inline?: boolean | undefined }[];
  readonly footer: { text: string } | null;
}

export const ButtonStyle = { Primary: 1, Secondary: 2, Success: 3 } as const;

export interface Button {
  type: 2;
  style: (typeof ButtonStyle)[keyof typeof ButtonStyle];
  label: string;
  custom_id: string;
}

export interface ActionRow {
  type: 1;
  components: Button[];
}

/** Discord's flag for a reply only its recipient sees. */
export const EPHEMERAL = 64;

/** No @everyone, role or user ping, ever: echoed text is not a reason to notify anyone. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false };

export interface ReplyPayload {
  content?: string;
  embeds: Embed[];
  components: ActionRow[];
  /** EPHEMERAL for an interaction reply only its user sees; never set on channel messages. */
  flags?: number;
  allowedMentions: typeof NO_MENTIONS;
}

export interface Choice {
  name: string;
  value: string;
}

export function buttonRow(buttons: Button[]): ActionRow {
  return { type: 1, components: buttons };
}
