// /who person: what the articles say someone (or an organisation) is, and the meetings they took part in.
import { SlashCommandBuilder } from '@discordjs/builders';
import { named, type Command } from '../src/discord/command.js';
import { entityAutocomplete, entityOption } from '../src/discord/entity-option.js';
import { send } from '../src/discord/respond.js';
import { renderCard } from '../src/render/card.js';
import { languageOf } from '../src/render/language.js';
import { LIMITS } from '../src/render/limits.js';
import { entityCard } from '../src/views/entity-card.js';
import type { Kind } from '../src/views/entities.js';

const KINDS: readonly Kind[] = ['person', 'organisation'];

export default {
  data: named(
    new SlashCommandBuilder(),
    { fr: 'qui', en: 'who' },
    {
      fr: 'Qui est une personne ou une organisation des articles, ses rencontres, avec citations',
      en: 'Who someone in the articles is, the meetings they took part in, with quotes',
    },
  ).addStringOption((o) =>
    named(o, { fr: 'personne', en: 'person' }, { fr: 'Une personne ou une organisation', en: 'A person or an organisation' })
      .setRequired(true)
      .setAutocomplete(true)
      .setMaxLength(LIMITS.choiceValue),
  ),

  // (A name that finds no one gets a private reply, which a busy bot's acknowledgement must not have made public.)
  ephemeral: (interaction, ctx) => entityOption(ctx, interaction.options.getString('person', true) ?? '', KINDS, languageOf(interaction.locale, ctx.engine.kb)).reply !== undefined,

  async execute(interaction, ctx) {
    const kb = ctx.engine.kb;
    const language = languageOf(interaction.locale, kb);
    const found = entityOption(ctx, interaction.options.getString('person', true) ?? '', KINDS, language);
    if (found.reply) return send(interaction, found.reply);
    await send(interaction, renderCard(entityCard(kb, found.entity, language), kb));
  },

  async autocomplete(interaction, ctx) {
    const language = languageOf(interaction.locale, ctx.engine.kb);
    await interaction.respond(entityAutocomplete(ctx, interaction.options.getFocused(true).value, KINDS, language));
  },
} satisfies Command;
