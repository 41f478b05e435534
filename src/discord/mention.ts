// Whether a message speaks to the bot, and the question it asks.

/** `<@id>` and the older nickname form `<@!id>`. */
function mentionPattern(botId: string, flags = ''): RegExp {
  return new RegExp(`<@!?${botId.replace(/\D/g, '')}>`, flags);
}

/**
 * The question in a message, or undefined when the message is not for the bot.
 * In a server the bot must be mentioned in the text itself: a reply to one of
 * its messages lists it among the mentioned users without naming it, and
 * @everyone or a role mention are not addressed to it. In a DM every message is
 * for the bot. An empty string means the bot was called with no question.
 */
export function questionFor(content: string, botId: string, direct: boolean): string | undefined {
  if (!direct && !mentionPattern(botId).test(content)) return undefined;
  return content.replace(mentionPattern(botId, 'g'), ' ').replace(/\s+/g, ' ').trim();
}
