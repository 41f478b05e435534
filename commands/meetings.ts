// /meetings [person] [place]: the meetings the articles report, as a timeline, a page at a time.
import { SlashCommandBuilder } from '@discordjs/builders';
import type { Entity } from '../src/knowledge/schema.js';
import { named, type BotContext, type Command } from '../src/discord/command.js';
import { entityAutocomplete, entityOption } from '../src/discord/entity-option.js';
import { send } from '../src/discord/respond.js';
import { languageOf } from '../src/render/language.js';
import { LIMITS } from '../src/render/limits.js';
import { resolveEntity, type Kind } from '../src/views/entities.js';
import { renderMeetings } from '../src/render/meetings.js';
import { meetingsMatching } from '../src/views/timeline.js';

const OPTIONS = {
  person: { kinds: ['person', 'organisation'] as readonly Kind[], filter: (e: Entity) => ({ participant: e.id }) },
  place: { kinds: ['place'] as readonly Kind[], filter: (e: Entity) => ({ place: e.id }) },
};
type OptionName = keyof typeof OPTIONS;

/** The other option: a person narrows the places offered, and a place the people. */
const OTHER: Record<OptionName, OptionName> = { person: 'place', place: 'person' };

/** Only what narrows the timeline to something is offered: with the other option chosen, only what meets it. */
const inSomeMeeting = (ctx: BotContext, name: OptionName, other: Entity | undefined) => (e: Entity) =>
  meetingsMatching(ctx.engine.kb, { ...OPTIONS[name].filter(e), ...(other ? OPTIONS[OTHER[name]].filter(other) : {}) }).length > 0;

export default {
  data: named(
    new SlashCommandBuilder(),
    { fr: 'rencontres', en: 'meetings' },
    {
      fr: 'Les rencontres rapportées par les articles : quand, où, qui et pourquoi, avec citations',
      en: 'The meetings the articles report: when, where, who and why, with quotes',
    },
  )
    .addStringOption((o) =>
      named(
        o,
        { fr: 'personne', en: 'person' },
        { fr: 'Seulement les rencontres de cette personne ou organisation', en: 'Only the meetings of this person or organisation' },
      )
        .setAutocomplete(true)
        .setMaxLength(LIMITS.choiceValue),
    )
    .addStringOption((o) =>
      named(o, { fr: 'lieu', en: 'place' }, { fr: 'Seulement les rencontres tenues en ce lieu', en: 'Only the meetings held in this place' })
        .setAutocomplete(true)
        .setMaxLength(LIMITS.choiceValue),
    ),

  async execute(interaction, ctx) {
    const kb = ctx.engine.kb;
    const language = languageOf(interaction.locale, kb);
    const picked: Partial<Record<OptionName, Entity>> = {};
    for (const name of Object.keys(OPTIONS) as OptionName[]) {
      const typed = interaction.options.getString(name);
      if (!typed) continue;
      const found = entityOption(ctx, typed, OPTIONS[name].kinds, language);
      if (found.reply) return send(interaction, found.reply);
      picked[name] = found.entity;
    }
    // The first page; the buttons under it carry the filter and the page (src/render/meetings.ts).
    const filter = { ...(picked.person ? { participant: picked.person.id } : {}), ...(picked.place ? { place: picked.place.id } : {}) };
    await send(interaction, renderMeetings(kb, { language, filter, page: 0 }));
  },

  async autocomplete(interaction, ctx) {
    const focused = interaction.options.getFocused(true);
    const name: OptionName = focused.name === 'place' ? 'place' : 'person';
    const kb = ctx.engine.kb;
    const language = languageOf(interaction.locale, kb);
    // The other option as chosen so far (an id from its own choices, or typed), when it names something.
    const typedOther = interaction.options.getString(OTHER[name]);
    const other = typedOther ? resolveEntity(kb, typedOther, OPTIONS[OTHER[name]].kinds).entity : undefined;
    await interaction.respond(entityAutocomplete(ctx, focused.value, OPTIONS[name].kinds, language, inSomeMeeting(ctx, name, other)));
  },
} satisfies Command;
