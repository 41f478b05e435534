// /check text: each claim of a text judged against the articles, privately, with a button to share the report.
import { SlashCommandBuilder } from '@discordjs/builders';
import { checkReply } from '../src/discord/check.js';
import { named, type Command } from '../src/discord/command.js';
import { send } from '../src/discord/respond.js';

/** Discord's longest message (with Nitro): any message pasted in can be checked whole. */
export const MAX_CHECK_LENGTH = 4000;

export default {
  data: named(
    new SlashCommandBuilder(),
    { fr: 'verifier', en: 'check' },
    {
      fr: 'Vérifie un texte dans les articles : chaque affirmation confirmée, contredite ou absente, citée',
      en: 'Check a text against the articles: each claim supported, contradicted or not in them, quoted',
    },
  ).addStringOption((o) =>
    named(o, { fr: 'texte', en: 'text' }, { fr: 'Le texte à vérifier, en français ou en anglais', en: 'The text to check, in French or English' })
      .setRequired(true)
      .setMaxLength(MAX_CHECK_LENGTH),
  ),

  // The report is for the person who asked; its button shares it in the channel.
  ephemeral: () => true,

  async execute(interaction, ctx) {
    const text = interaction.options.getString('text', true) ?? '';
    await send(interaction, checkReply(ctx, text, { userId: interaction.user.id, locale: interaction.locale }), 'ephemeral');
  },
} satisfies Command;
