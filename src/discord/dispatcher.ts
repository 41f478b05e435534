// Routes what the client receives (slash commands, autocomplete, buttons,
// messages) to the command modules, within Discord's deadlines (see
// pacing.ts), and turns any failure into a clear line in the log and, when
// it can still reach the user, an apology.
import { renderAnswer } from '../render/answer.js';
import { renderHelp } from '../render/help.js';
import { LABELS } from '../render/labels.js';
import { languageOf } from '../render/language.js';
import { notice } from '../render/notice.js';
import { ask } from './ask.js';
import { buttonEphemeral, handleButton } from './buttons.js';
import { describeCommands, type BotContext } from './command.js';
import { explainFailure } from './failures.js';
import { questionFor } from './mention.js';
import { ACK_DEADLINE_MS, ageOf, createBacklog, DEFER_AFTER_MS, LATE_AFTER_MS, type Backlog } from './pacing.js';
import { defer, send } from './respond.js';
import type { ButtonInteraction, IncomingInteraction, IncomingMessage, SlashInteraction } from './surface.js';

export interface Dispatcher {
  /** Never rejects: failures are logged and answered. */
  interaction(interaction: IncomingInteraction): Promise<void>;
  /** Never rejects: failures are logged and answered. */
  message(message: IncomingMessage): Promise<void>;
  /** The work waiting its turn (see pacing.ts). */
  readonly backlog: Backlog;
}

/** A reaction rather than a reply, so a user hammering the bot does not fill the channel with notices. */
export const COOLDOWN_REACTION = '⏳';

/** How an interaction is named in the log. */
function describe(interaction: IncomingInteraction): string {
  if (interaction.isChatInputCommand()) return `/${interaction.commandName} from ${interaction.user.id}`;
  if (interaction.isButton()) return `button ${interaction.customId} from ${interaction.user.id}`;
  if (interaction.isAutocomplete()) return `autocomplete of /${interaction.commandName} from ${interaction.user.id}`;
  return 'an interaction';
}

export function createDispatcher(ctx: BotContext, selfId: () => string | undefined): Dispatcher {
  const { log } = ctx;
  const backlog = createBacklog();
  /** Interactions acknowledged first and not yet answered. */
  let hurrying = 0;

  function report(error: unknown, what: string): boolean {
    const explained = explainFailure(error, what);
    if (explained.detail) log[explained.level](explained.text, error);
    else log[explained.level](explained.text);
    return explained.apologise;
  }

  /**
   * Runs a command or a click so that the interaction is acknowledged in
   * time: answered at once when the bot is idle, else acknowledged first
   * (with the visibility the answer will have) and answered in its turn.
   */
  async function answerInTime(
    interaction: SlashInteraction | ButtonInteraction,
    what: string,
    visibility: { ephemeral: boolean; slow: boolean },
    run: () => Promise<void>,
  ): Promise<void> {
    const { ephemeral, slow } = visibility;
    const age = ageOf(interaction);
    if (slow || age >= LATE_AFTER_MS || hurrying > 0 || backlog.waitingIn('interaction') > 0 || ctx.pace.slow) {
      if (!slow) log.debug(`acknowledging first: ${age} ms old, ${hurrying + backlog.waitingIn('interaction')} waiting${ctx.pace.slow ? ', answers slow lately' : ''} (${what})`);
      hurrying++;
      try {
        // Rejects when Discord refuses the deferral (expired): nothing can be sent for it, so it is not worth an answer.
        // Awaited before computing, which holds the event loop: the acknowledgement must be out first.
        await defer(interaction, ephemeral);
        if (!slow) await backlog.turn('interaction');
      } finally {
        hurrying--;
      }
      return run();
    }
    // A command awaiting something slow is acknowledged before the deadline.
    const timer = setTimeout(() => {
      defer(interaction, ephemeral).catch((error: unknown) => report(error, `the deferral of an interaction (${what})`));
    }, Math.max(0, DEFER_AFTER_MS - age));
    try {
      await run();
    } finally {
      clearTimeout(timer);
    }
  }

  async function route(interaction: IncomingInteraction): Promise<void> {
    if (interaction.isAutocomplete()) {
      // Suggestions for text typed seconds ago are not worth a request Discord will refuse.
      if (ageOf(interaction) >= ACK_DEADLINE_MS) return log.debug(`skipped a stale ${describe(interaction)}`);
      const command = ctx.commands.get(interaction.commandName);
      if (command?.autocomplete) await command.autocomplete(interaction, ctx);
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (interaction.isChatInputCommand()) {
      log.debug(describe(interaction));
      const command = ctx.commands.get(interaction.commandName);
      if (!command) return send(interaction, notice(LABELS[languageOf(interaction.locale, ctx.engine.kb)].unknownCommand));
      const visibility = { ephemeral: command.ephemeral?.(interaction) ?? false, slow: command.slow === true };
      return answerInTime(interaction, describe(interaction), visibility, () => command.execute(interaction, ctx));
    }
    if (interaction.isButton()) {
      log.debug(describe(interaction));
      return answerInTime(interaction, describe(interaction), { ephemeral: buttonEphemeral(interaction.customId), slow: false }, () => handleButton(interaction, ctx));
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
    backlog,
    async interaction(interaction) {
      try {
        await route(interaction);
      } catch (error) {
        if (!report(error, `an interaction (${describe(interaction)})`)) return;
        await apologise(interaction).catch((e: unknown) => report(e, `the apology for an interaction (${describe(interaction)})`));
      }
    },
    async message(message) {
      // Bots, this one included, are never answered: two bots would talk forever.
      if (message.author.bot || message.system) return;
      const me = selfId();
      const question = me ? questionFor(message.content, me, message.guildId === null) : undefined;
      if (question === undefined) return;
      log.debug(`message from ${message.author.id} in ${message.channelId}`);
      // Messages have no deadline: they wait for the interactions, which have one.
      await backlog.turn('message');
      try {
        await answerMessage(message, question);
      } catch (error) {
        if (!report(error, `a message (a reply in channel ${message.channelId})`)) return;
        const language = languageOf(message.guild?.preferredLocale, ctx.engine.kb);
        await message.reply(notice(LABELS[language].failure, false)).catch((e: unknown) => report(e, `the apology in channel ${message.channelId}`));
      }
    },
  };
}
