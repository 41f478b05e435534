// A short plain reply: a cooldown, an error, a stale button.
import { EPHEMERAL, NO_MENTIONS, type ReplyPayload } from './payload.js';
import { clip, LIMITS } from './limits.js';

export function notice(text: string, ephemeral = true): ReplyPayload {
  return { content: clip(text, LIMITS.content), embeds: [], components: [], ...(ephemeral ? { flags: EPHEMERAL } : {}), allowedMentions: NO_MENTIONS };
}
