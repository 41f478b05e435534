// What the buttons under a reply do: show a cited paragraph whole, list the
// sources, ask a suggested question, turn a page of /meetings, or share a private check report in the channel.
import type { KnowledgeBase, Language } from '../knowledge/types.js';
import { renderAnswer } from '../render/answer.js';
import { renderSharedCheck, renderSharedNotice } from '../render/check.js';
import { decodeAction, type ButtonAction } from '../render/custom-id.js';
import { LABELS } from '../render/labels.js';
import { languageOf } from '../render/language.js';
import { notice } from '../render/notice.js';
import { renderMeetings } from '../render/meetings.js';
import { renderPassage } from '../render/passage.js';
import { renderSources } from '../render/sources.js';
import { ask, remember } from './ask.js';
import { messageLink } from './check.js';
import type { BotContext } from './command.js';
import { noteOutcome } from './requests.js';
import { defer, send, type Visibility } from './respond.js';
import type { AnsweredMessage, ButtonInteraction } from './surface.js';

/** Who asked the question a message answers: the command's user, or the author of the message it replies to. */
export function askerOf(message: AnsweredMessage): string | undefined {
  return message.interactionMetadata?.user.id ?? message.mentions.repliedUser?.id;
}

/** A suggestion the knowledge base still has, or undefined for a stale button. */
function suggestion(action: ButtonAction | undefined, kb: KnowledgeBase): { action: Extract<ButtonAction, { kind: 'ask' }>; question: string } | undefined {
  if (action?.kind !== 'ask') return undefined;
  const question = kb.suggestions[action.suggestion]?.[action.language];
  return question ? { action, question } : undefined;
}

/** A check report someone may share: the message shows one, and they asked for it (their private reply is its only place). */
const shareable = (interaction: ButtonInteraction) => interaction.message.embeds.length > 0 && askerOf(interaction.message) === interaction.user.id;

/**
 * Where a click's answer goes, so that buttons never fill the channel: a
 * suggestion clicked by the person who asked replaces the declined message it
 * is on, and so does another page of their /meetings; a report shared by the person who asked for it goes to the channel,
 * and their private copy is updated to say so; anything else (someone else's
 * click, passages, sources, a stale button) is for the clicker only.
 */
export function buttonVisibility(interaction: ButtonInteraction, kb: KnowledgeBase): Visibility {
  const action = decodeAction(interaction.customId);
  const mine = askerOf(interaction.message) === interaction.user.id;
  if (action?.kind === 'share') return shareable(interaction) ? 'update' : 'ephemeral';
  // A suggestion or another page, clicked by whoever the message answered: in place.
  const inPlace = suggestion(action, kb) !== undefined || meetingsPage(action, kb) !== undefined;
  return inPlace && mine ? 'update' : 'ephemeral';
}

/** A page of /meetings whose filter still names entities of the knowledge base, or undefined for a stale button. */
function meetingsPage(action: ButtonAction | undefined, kb: KnowledgeBase): Extract<ButtonAction, { kind: 'meetings' }> | undefined {
  if (action?.kind !== 'meetings') return undefined;
  const known = (id: string | undefined) => id === undefined || kb.entities.has(id);
  return known(action.participant) && known(action.place) ? action : undefined;
}

/**
 * Posts the report the button is on in the channel, as its reader saw it,
 * then marks their private copy shared and takes its button away, so that a
 * second click cannot post it twice. Acknowledged first, without touching the
 * private copy: the public post is a follow-up, whenever it comes.
 */
async function share(interaction: ButtonInteraction, action: Extract<ButtonAction, { kind: 'share' }>, language: Language): Promise<void> {
  if (interaction.message.embeds.length === 0) return stale(interaction, language);
  if (!shareable(interaction)) {
    noteOutcome('refused: not the asker');
    await send(interaction, notice(LABELS[language].shareNotYours), 'ephemeral');
    return;
  }
  const link = action.message && interaction.channelId ? messageLink(interaction.guildId, interaction.channelId, action.message) : undefined;
  await defer(interaction, 'update');
  await send(interaction, renderSharedCheck(interaction.message.embeds, action.language, interaction.user.id, link), 'public');
  await send(interaction, renderSharedNotice(interaction.message.embeds, action.language), 'update');
  noteOutcome('shared');
}

async function stale(interaction: ButtonInteraction, language: Language): Promise<void> {
  noteOutcome('stale button');
  await send(interaction, notice(LABELS[language].staleButton), 'ephemeral');
}

export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const kb = ctx.engine.kb;
  const language = languageOf(interaction.locale, kb);
  const action = decodeAction(interaction.customId);
  switch (action?.kind) {
    case 'passage':
      await send(interaction, renderPassage(kb, action.article, action.paragraph, action.language), 'ephemeral');
      return;
    case 'sources':
      await send(interaction, renderSources(kb, action.language, true), 'ephemeral');
      return;
    case 'meetings': {
      const page = meetingsPage(action, kb);
      if (!page) break;
      // Another page in place of this one for whoever the message answered; for anyone else, a page of their own.
      const visibility = buttonVisibility(interaction, kb);
      const filter = { ...(page.participant ? { participant: page.participant } : {}), ...(page.place ? { place: page.place } : {}) };
      await send(interaction, renderMeetings(kb, { language: page.language, filter, page: page.page }, { ephemeral: visibility !== 'update' }), visibility);
      return;
    }
    case 'ask': {
      const asked = suggestion(action, kb);
      if (!asked) break;
      // No cooldown: a click's answer replaces a message or is private, so it cannot flood the channel.
      const visibility = buttonVisibility(interaction, kb);
      const update = visibility === 'update';
      const result = ask(ctx, asked.question, {
        userId: interaction.user.id,
        channelId: interaction.channelId,
        locale: interaction.locale,
        ...(update ? { repliesTo: interaction.message.id } : {}),
      });
      // In place, the answer keeps the visibility of the message it replaces (and its own buttons keep it too).
      const payload = renderAnswer(result.answer, kb, { ephemeral: update ? action.private : true });
      const id = await send(interaction, payload, visibility);
      if (update) remember(ctx, id, result);
      return;
    }
    case 'share':
      return share(interaction, action, language);
  }
  await stale(interaction, language);
}
