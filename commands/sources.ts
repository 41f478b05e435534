// /sources: the articles the bot answers from.
import { SlashCommandBuilder } from '@discordjs/builders';
import { named, type Command } from '../src/discord/command.js';
import { send } from '../src/discord/respond.js';
import { languageOf } from '../src/render/language.js';
import { renderSources } from '../src/render/sources.js';

export default {
  data: named(
    new SlashCommandBuilder(),
    { fr: 'sources', en: 'sources' },
    { fr: 'Les articles dont je tire mes réponses : titre, date, communiqué, contenu', en: 'The articles I answer from: title, date, communiqué, what each covers' },
  ),

  async execute(interaction, ctx) {
    const kb = ctx.engine.kb;
    await send(interaction, renderSources(kb, languageOf(interaction.locale, kb)));
  },
} satisfies Command;
