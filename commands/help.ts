// /help: what the bot knows, example questions in each language, and the commands.
import { SlashCommandBuilder } from '@discordjs/builders';
import { describeCommands, describeMessageCommands, named, type Command } from '../src/discord/command.js';
import { send } from '../src/discord/respond.js';
import { renderHelp } from '../src/render/help.js';
import { languageOf } from '../src/render/language.js';

export default {
  data: named(
    new SlashCommandBuilder(),
    { fr: 'aide', en: 'help' },
    { fr: 'Ce que je sais, et des exemples de questions en français et en anglais', en: 'What I know, and example questions in French and English' },
  ),

  ephemeral: () => true,

  async execute(interaction, ctx) {
    const kb = ctx.engine.kb;
    const language = languageOf(interaction.locale, kb);
    // Only the asker needs the help: the channel is spared a long card.
    await send(
      interaction,
      renderHelp(kb, language, describeCommands(ctx.commands.values(), language), { ephemeral: true }, describeMessageCommands(ctx.messageCommands.values(), language)),
    );
  },
} satisfies Command;
