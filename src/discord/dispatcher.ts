// Routes what the client receives (slash commands, autocomplete, buttons,
// messages) to the command modules, and turns any failure into an apology to
// the user and the details into the log.
import { renderAnswer } from '../render/answer.js';
import { renderHelp } from '../render/help.js';
import { LABELS } from '../render/labels.js';
import { languageOf } from '../render/language.js';
import { notice } from '../render/notice.js';
import { ask } from './ask.js';
import { handleButton } from './buttons.js';
import { describeCommands, type BotContext } from './command.js';
import { questionFor } from './mention.js';
import { send } from './respond.js';
import type { IncomingInteraction, IncomingMessage } from './surface.js';

export interface Dispatcher {
  /** Never rejects: failures are logged and answered. */
  interaction(interaction: IncomingInteraction): Promise<void>;
  /** Never rejects: failures are logged and answered. */
  message(message: IncomingMessage): Promise<void>;
}

/** A reaction rather than a reply, so a user hammering the bot does not fill the channel with notices. */
export const COOLDOWN_REACTION = '⏳';

export function createDispatcher(ctx: BotContext, selfId: () => string | undefined): Dispatcher {
  const { log } = ctx;

  async function route(interaction: IncomingInteraction): Promise<void> {
    if (interaction.isAutocomplete()) {
      const command = ctx.commands.get(interaction.commandName);
      if (command?.autocomplete) await command.autocomplete(interaction, ctx);
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (interaction.isChatInputCommand()) {
      log.debug(`/${interaction.commandName} from ${interaction.user.id}`);
      const command = ctx.commands.get(interaction.commandName);
      if (command) await command.execute(interaction, ctx);
      else await send(interaction, notice(LABELS[languageOf(interaction.locale, ctx.engine.kb)].unknownCommand));
      return;
    }
    if (interaction.isButton()) {
      log.debug(`button ${interaction.customId} from ${interaction.user.id}`);
      await handleButton(interaction, ctx);
    }
  }

  async function apologise(interaction: IncomingInteraction): Promise<void> {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.isChatInputCommand() || interaction.isButton()) {
      await send(interaction, notice(LABELS[languageOf(interaction.locale, ctx.engine.kb)].failure));
    }
  }

  async function answerMessage(message: IncomingMessage, question: string): Promise<void> {
    const kb = ctx.engine.kb;
    const locale = message.guild?.preferredLocale;
    if (question === '') {
      const language = languageOf(locale, kb);
      await message.reply(renderHelp(kb, language, describeCommands(ctx.commands.values(), language)));
      return;
    }
    if (ctx.cooldowns.take(message.author.id) > 0) {
      // Without the Add Reactions permission the notice is simply skipped: an error reply would be the spam the cooldown prevents.
      await message.react(COOLDOWN_REACTION).catch((e: unknown) => log.debug('could not react to a message on cooldown', e));
      return;
    }
    const answer = ask(ctx, question, { userId: message.author.id, channelId: message.channelId, ...(locale ? { locale } : {}) });
    await message.reply(renderAnswer(answer, kb));
  }

  return {
    async interaction(interaction) {
      try {
        await route(interaction);
      } catch (error) {
        log.error('an interaction failed', error);
        await apologise(interaction).catch((e: unknown) => log.error('could not tell the user about the failure', e));
      }
    },
    async message(message) {
      // Bots, this one included, are never answered: two bots would talk forever.
      if (message.author.bot || message.system) return;
      const me = selfId();
      const question = me ? questionFor(message.content, me, message.guildId === null) : undefined;
      if (question === undefined) return;
      log.debug(`message from ${message.author.id} in ${message.channelId}`);
      try {
        await answerMessage(message, question);
      } catch (error) {
        log.error('a message failed', error);
        const language = languageOf(message.guild?.preferredLocale, ctx.engine.kb);
        await message.reply(notice(LABELS[language].failure, false)).catch((e: unknown) => log.error('could not tell the user about the failure', e));
      }
    },
  };
}
