// Right-click a message › Apps › "Check against the coverage": the message's
// claims judged against the articles, privately, with a button to share the
// report. Any message can be checked, a bot's included: its author is never
// pinged, the report being private and its shared copy pinging no one.
import { ContextMenuCommandBuilder } from '@discordjs/builders';
import { ApplicationCommandType } from 'discord-api-types/v10';
import { checkReply } from '../src/discord/check.js';
import { namedMenu, type MessageCommand } from '../src/discord/command.js';
import { send } from '../src/discord/respond.js';
import { LABELS } from '../src/render/labels.js';
import { languageOf } from '../src/render/language.js';
import { notice } from '../src/render/notice.js';

export default {
  data: namedMenu(new ContextMenuCommandBuilder().setType(ApplicationCommandType.Message), {
    fr: 'Vérifier dans la couverture',
    en: 'Check against the coverage',
  }),

  ephemeral: () => true,

  async execute(interaction, ctx) {
    const target = interaction.targetMessage;
    // Images, embeds or stickers alone: nothing written to check.
    if (target.content.trim() === '') {
      return send(interaction, notice(LABELS[languageOf(interaction.locale, ctx.engine.kb)].checkNoText), 'ephemeral');
    }
    await send(interaction, checkReply(ctx, target.content, { userId: interaction.user.id, locale: interaction.locale, messageId: target.id }), 'ephemeral');
  },
} satisfies MessageCommand;
