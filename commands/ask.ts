// /ask question [private]: the engine's answer, with its quotes.
import { SlashCommandBuilder } from '@discordjs/builders';
import { ask, cooldownNotice, remember } from '../src/discord/ask.js';
import { named, type Command } from '../src/discord/command.js';
import { send } from '../src/discord/respond.js';
import { renderAnswer } from '../src/render/answer.js';
import { languageOf } from '../src/render/language.js';

/** Longer questions are pasted text, not questions; the engine reads 600 characters at most anyway. */
export const MAX_QUESTION_LENGTH = 500;

export default {
  data: named(
    new SlashCommandBuilder(),
    { fr: 'question', en: 'ask' },
    { fr: 'Posez une question sur les articles ; la réponse les cite', en: 'Ask a question about the articles; the answer quotes them' },
  )
    .addStringOption((o) =>
      named(o, { fr: 'question', en: 'question' }, { fr: 'Votre question, en français ou en anglais', en: 'Your question, in French or English' })
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_LENGTH),
    )
    .addBooleanOption((o) => named(o, { fr: 'privé', en: 'private' }, { fr: 'Vous seul voyez la réponse', en: 'Only you see the answer' })),

  ephemeral: (interaction) => interaction.options.getBoolean('private') ?? false,

  async execute(interaction, ctx) {
    const question = interaction.options.getString('question', true) ?? '';
    const ephemeral = interaction.options.getBoolean('private') ?? false;
    const kb = ctx.engine.kb;
    const wait = cooldownNotice(ctx, interaction.user.id, languageOf(interaction.locale, kb));
    if (wait) return send(interaction, wait);
    const asked = ask(ctx, question, { userId: interaction.user.id, channelId: interaction.channelId, locale: interaction.locale });
    const id = await send(interaction, renderAnswer(asked.answer, kb, { ephemeral }), ephemeral ? 'ephemeral' : 'public');
    // A reply to this answer follows on from it.
    if (!ephemeral) remember(ctx, id, asked);
  },
} satisfies Command;
