// What the buttons under a reply do: show a cited paragraph whole, list the
// sources, or ask a suggested question.
import { renderAnswer } from '../render/answer.js';
import { decodeAction } from '../render/custom-id.js';
import { LABELS } from '../render/labels.js';
import { languageOf } from '../render/language.js';
import { notice } from '../render/notice.js';
import { renderPassage } from '../render/passage.js';
import { renderSources } from '../render/sources.js';
import { ask, cooldownNotice } from './ask.js';
import type { BotContext } from './command.js';
import { send } from './respond.js';
import type { ButtonInteraction } from './surface.js';

/** Whether the reply to a click is for the clicker only (passages, sources and stale buttons are; a suggestion keeps its answer's visibility). */
export function buttonEphemeral(customId: string): boolean {
  const action = decodeAction(customId);
  return action?.kind === 'ask' ? action.private : true;
}

export async function handleButton(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const kb = ctx.engine.kb;
  const language = languageOf(interaction.locale, kb);
  const action = decodeAction(interaction.customId);
  switch (action?.kind) {
    case 'passage':
      return send(interaction, renderPassage(kb, action.article, action.paragraph, action.language));
    case 'sources':
      return send(interaction, renderSources(kb, action.language, true));
    case 'ask': {
      const question = kb.suggestions[action.suggestion]?.[action.language];
      if (!question) return send(interaction, notice(LABELS[language].staleButton));
      const wait = cooldownNotice(ctx, interaction.user.id, action.language);
      if (wait) return send(interaction, wait);
      const answer = ask(ctx, question, { userId: interaction.user.id, channelId: interaction.channelId, locale: interaction.locale });
      return send(interaction, renderAnswer(answer, kb, { ephemeral: action.private }));
    }
    default:
      return send(interaction, notice(LABELS[language].staleButton));
  }
}
