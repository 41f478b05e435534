// The one path from a text to check (/check, or a message's Apps menu) to the
// private report, with its button to share it (see buttons.ts).
import { renderCheck } from '../render/check.js';
import { languageOf } from '../render/language.js';
import type { ReplyPayload } from '../render/payload.js';
import { cooldownNotice } from './ask.js';
import type { BotContext } from './command.js';
import { noteOutcome } from './requests.js';

export interface Checker {
  userId: string;
  /** The Discord locale: it breaks a tie when the text's language is unclear, and words the notices. */
  locale?: string;
  /** The message checked, when the text is one (a message command): sharing links to it. */
  messageId?: string;
}

/**
 * The private reply to a check: the report with its share button, or the
 * cooldown notice. Checking is asking: it shares the user's cooldown with /ask.
 */
export function checkReply(ctx: BotContext, text: string, checker: Checker): ReplyPayload {
  const kb = ctx.engine.kb;
  const wait = cooldownNotice(ctx, checker.userId, languageOf(checker.locale, kb));
  if (wait) return wait;
  const started = performance.now();
  const report = ctx.engine.check(text, checker.locale ? { locale: checker.locale } : {});
  ctx.pace.record(performance.now() - started);
  noteOutcome(report.claims.length ? 'checked' : 'nothing to check');
  return renderCheck(report, kb, { ephemeral: true, share: checker.messageId ? { message: checker.messageId } : {} });
}

/** Discord's link to a message (`@me` for a direct message). */
export function messageLink(guildId: string | null, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId ?? '@me'}/${channelId}/${messageId}`;
}
