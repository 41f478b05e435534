// /reload: reads knowledge/ again and swaps the engine, without a restart.
// For the bot's owner (or its team, or BOT_OWNER_IDS) and members with Manage
// Server; SIGHUP does the same from the shell.
import { SlashCommandBuilder } from '@discordjs/builders';
import { named, type Command } from '../src/discord/command.js';
import { MANAGE_GUILD } from '../src/discord/operators.js';
import { send } from '../src/discord/respond.js';
import { LABELS } from '../src/render/labels.js';
import { languageOf } from '../src/render/language.js';
import { notice } from '../src/render/notice.js';
import { renderReload } from '../src/render/reload.js';

export default {
  data: named(
    new SlashCommandBuilder(),
    { fr: 'recharger', en: 'reload' },
    {
      fr: 'Relit les articles et les faits sans redémarrer (propriétaire du bot ou Gérer le serveur)',
      en: 'Read the articles and facts again without a restart (bot owner or Manage Server)',
    },
  )
    // Discord shows it to server managers only; the command checks again, as server admins can change who sees it.
    .setDefaultMemberPermissions(MANAGE_GUILD),

  // Answered to the operator only, and always acknowledged first: rebuilding takes a moment.
  ephemeral: () => true,
  slow: true,

  async execute(interaction, ctx) {
    const language = languageOf(interaction.locale, ctx.engine.kb);
    if (!(await ctx.operators.allows(interaction.user.id, interaction.memberPermissions))) {
      ctx.log.warn(`refused /reload from ${interaction.user.id}: not an owner, and no Manage Server permission`);
      return send(interaction, notice(LABELS[language].reloadRefused));
    }
    const result = await ctx.reload(`/reload from ${interaction.user.id}`);
    await send(interaction, renderReload(result, language));
  },
} satisfies Command;
