// Routes what the client receives (slash commands, message commands,
// autocomplete, buttons, messages) to the command modules, within Discord's deadlines (see
// pacing.ts), and turns any failure into a clear line in the log and, when
// it can still reach the user, an apology. Every request is tracked (see
// requests.ts): logged once done, and finished before the bot stops.
import { renderAnswer } from '../render/answer.js';
import { renderHelp } from '../render/help.js';
import { LABELS } from '../render/labels.js';
import { languageOf } from '../render/language.js';
import { notice } from '../render/notice.js';
import { ask, remember } from './ask.js';
import { buttonVisibility, handleButton } from './buttons.js';
import { describeCommands, describeMessageCommands, type BotContext } from './command.js';
import { explainFailure, type Explained } from './failures.js';
import { addressing, type Addressing } from './mention.js';
import { ACK_DEADLINE_MS, ageOf, createBacklog, DEFER_AFTER_MS, LATE_AFTER_MS, type Backlog } from './pacing.js';
import { createRequests, noteOutcome, type RequestInfo, type Requests } from './requests.js';
import { defer, send, type Visibility } from './respond.js';
import type { ButtonInteraction, IncomingInteraction, IncomingMessage, MessageCommandInteraction, SlashInteraction } from './surface.js';

/** What the dispatcher needs of a command module, slash or message command alike. */
interface Invocable<I> {
  execute(interaction: I, ctx: BotContext): Promise<unknown>;
  ephemeral?(interaction: I, ctx: BotContext): boolean;
  slow?: boolean;
}

export interface Dispatcher {
  /** Never rejects: failures are logged and answered. */
  interaction(interaction: IncomingInteraction): Promise<void>;
  /** Never rejects: failures are logged and answered. */
  message(message: IncomingMessage): Promise<void>;
  /** The work waiting its turn (see pacing.ts). */
  readonly backlog: Backlog;
  /** The requests in progress; draining them stops taking new ones. */
  readonly requests: Requests;
}

/** How an interaction is named in the log. */
function describe(interaction: IncomingInteraction): string {
  if (interaction.isChatInputCommand()) return `/${interaction.commandName} from ${interaction.user.id}`;
  if (interaction.isMessageContextMenuCommand()) return `"${interaction.commandName}" on message ${interaction.targetMessage.id} from ${interaction.user.id}`;
  if (interaction.isButton()) return `button ${interaction.customId} from ${interaction.user.id}`;
  if (interaction.isAutocomplete()) return `autocomplete of /${interaction.commandName} from ${interaction.user.id}`;
  return 'an interaction';
}

/** What the request log calls an interaction. */
function requestOf(interaction: IncomingInteraction & { id?: string; user?: { id: string } }): RequestInfo {
  const base = { kind: 'interaction' as const, id: interaction.id ?? '?', user: interaction.user?.id ?? '?' };
  if (interaction.isChatInputCommand()) return { ...base, command: `/${interaction.commandName}` };
  if (interaction.isMessageContextMenuCommand()) return { ...base, command: `Apps › ${interaction.commandName}` };
  if (interaction.isButton()) return { ...base, command: `button ${interaction.customId}` };
  if (interaction.isAutocomplete()) return { ...base, command: `autocomplete /${interaction.commandName}`, quiet: true };
  return { ...base, command: 'other' };
}

export function createDispatcher(ctx: BotContext, selfId: () => string | undefined): Dispatcher {
  const { log } = ctx;
  const backlog = createBacklog();
  const requests = createRequests(log);
  /** Interactions acknowledged first and not yet answered. */
  let hurrying = 0;

  function report(error: unknown, what: string): Explained {
    const explained = explainFailure(error, what);
    if (explained.detail) log[explained.level](explained.text, error);
    else log[explained.level](explained.text);
    noteOutcome('failed');
    return explained;
  }

  /**
   * Runs a command or a click so that the interaction is acknowledged in
   * time: answered at once when the bot is idle, else acknowledged first
   * (with the visibility the answer will have) and answered in its turn.
   */
  async function answerInTime(
    interaction: SlashInteraction | MessageCommandInteraction | ButtonInteraction,
    what: string,
    options: { visibility: Visibility; slow: boolean },
    run: () => Promise<unknown>,
  ): Promise<unknown> {
    const { visibility, slow } = options;
    const age = ageOf(interaction);
    if (slow || age >= LATE_AFTER_MS || hurrying > 0 || backlog.waitingIn('interaction') > 0 || ctx.pace.slow) {
      if (!slow) log.debug(`acknowledging first: ${age} ms old, ${hurrying + backlog.waitingIn('interaction')} waiting${ctx.pace.slow ? ', answers slow lately' : ''} (${what})`);
      hurrying++;
      try {
        // Rejects when Discord refuses the deferral (expired): nothing can be sent for it, so it is not worth an answer.
        // Awaited before computing, which holds the event loop: the acknowledgement must be out first.
        await defer(interaction, visibility);
        if (!slow) await backlog.turn('interaction');
      } finally {
        hurrying--;
      }
      return run();
    }
    // A command awaiting something slow is acknowledged before the deadline.
    const timer = setTimeout(() => {
      defer(interaction, visibility).catch((error: unknown) => report(error, `the deferral of an interaction (${what})`));
    }, Math.max(0, DEFER_AFTER_MS - age));
    try {
      await run();
    } finally {
      clearTimeout(timer);
    }
  }

  /** A slash or message command's module bound to its interaction: how to answer it, and in what time. */
  function invocation<I>(command: Invocable<I> | undefined, interaction: I): { visibility: Visibility; slow: boolean; run: () => Promise<unknown> } | undefined {
    if (!command) return undefined;
    return { visibility: command.ephemeral?.(interaction, ctx) ? 'ephemeral' : 'public', slow: command.slow === true, run: () => command.execute(interaction, ctx) };
  }

  async function route(interaction: IncomingInteraction): Promise<unknown> {
    if (interaction.isAutocomplete()) {
      // Suggestions for text typed seconds ago are not worth a request Discord will refuse.
      if (ageOf(interaction) >= ACK_DEADLINE_MS) {
        noteOutcome('stale');
        return log.debug(`skipped a stale ${describe(interaction)}`);
      }
      const command = ctx.commands.get(interaction.commandName);
      if (command?.autocomplete) await command.autocomplete(interaction, ctx);
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      log.debug(describe(interaction));
      const invoked = interaction.isChatInputCommand()
        ? invocation(ctx.commands.get(interaction.commandName), interaction)
        : invocation(ctx.messageCommands.get(interaction.commandName), interaction);
      if (!invoked) {
        noteOutcome('unknown command');
        await send(interaction, notice(LABELS[languageOf(interaction.locale, ctx.engine.kb)].unknownCommand));
        return;
      }
      return answerInTime(interaction, describe(interaction), invoked, invoked.run);
    }
    if (interaction.isButton()) {
      log.debug(describe(interaction));
      const visibility = buttonVisibility(interaction, ctx.engine.kb);
      return answerInTime(interaction, describe(interaction), { visibility, slow: false }, () => handleButton(interaction, ctx));
    }
    // Modals, menus: this bot sends none, so one is not for it.
    noteOutcome('ignored');
  }

  /** Every apology is private; when Discord itself failed, it says so rather than blame the bot. */
  async function apologise(interaction: IncomingInteraction, explained: Explained): Promise<void> {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand() || interaction.isButton()) {
      const l = LABELS[languageOf(interaction.locale, ctx.engine.kb)];
      await send(interaction, notice(explained.blame === 'discord' ? l.discordTrouble : l.failure), 'ephemeral');
    }
  }

  /** A stopping bot still tells whoever asks that it will be back, rather than leave them with nothing. */
  async function turnAway(interaction: IncomingInteraction): Promise<void> {
    noteOutcome('refused: stopping');
    if (interaction.isAutocomplete()) await interaction.respond([]);
    else if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand() || interaction.isButton()) {
      await send(interaction, notice(LABELS[languageOf(interaction.locale, ctx.engine.kb)].restarting), 'ephemeral');
    }
  }

  async function answerMessage(message: IncomingMessage, addressed: Addressing): Promise<void> {
    const kb = ctx.engine.kb;
    const locale = message.guild?.preferredLocale;
    const l = LABELS[languageOf(locale, kb)];
    if (addressed.kind === 'unreadable') {
      noteOutcome('unreadable');
      await message.reply(notice(l.unreadable, false));
      return;
    }
    if (!requests.accepting) {
      noteOutcome('refused: stopping');
      await message.reply(notice(l.restarting, false));
      return;
    }
    if (addressed.text === '') {
      const language = languageOf(locale, kb);
      await message.reply(renderHelp(kb, language, describeCommands(ctx.commands.values(), language), {}, describeMessageCommands(ctx.messageCommands.values(), language)));
      return;
    }
    // Inside the user's pause the question waits its turn; only past a few waiting is the user told when to ask again.
    const slot = ctx.cooldowns.queue(message.author.id);
    if (slot.full) {
      noteOutcome('cooldown');
      await message.reply(notice(l.cooldownQueueFull(Math.ceil(slot.waitMs / 1000)), false));
      return;
    }
    if (slot.waitMs > 0) {
      log.debug(`message ${message.id} from ${message.author.id} waits ${slot.waitMs} ms for the end of its cooldown`);
      await slot.ready;
    }
    // Messages have no deadline: they wait for the interactions, which have one.
    await backlog.turn('message');
    const asked = ask(ctx, addressed.text, {
      userId: message.author.id,
      channelId: message.channelId,
      ...(locale ? { locale } : {}),
      repliesTo: addressed.replyToBot ? message.reference?.messageId : undefined,
    });
    const sent = await message.reply(renderAnswer(asked.answer, ctx.engine.kb));
    remember(ctx, sent.id, asked);
  }

  return {
    backlog,
    requests,
    async interaction(interaction) {
      await requests.run(requestOf(interaction), async () => {
        try {
          if (requests.accepting) await route(interaction);
          else await turnAway(interaction);
        } catch (error) {
          const explained = report(error, `an interaction (${describe(interaction)})`);
          if (!explained.apologise) return;
          await apologise(interaction, explained).catch((e: unknown) => report(e, `the apology for an interaction (${describe(interaction)})`));
        }
      });
    },
    async message(message) {
      // Bots, this one included, are never answered: two bots would talk forever.
      if (message.author.bot || message.system) return;
      const me = selfId();
      if (!me) return;
      const self = { userId: me, roleId: message.guild?.roles.botRoleFor(me)?.id };
      const addressed = addressing(message, self, message.guildId === null, ctx.config.messageContent);
      if (!addressed) return;
      log.debug(`message from ${message.author.id} in ${message.channelId}`);
      const command = message.guildId === null ? 'dm' : addressed.kind === 'question' && addressed.replyToBot ? 'reply' : 'mention';
      await requests.run({ kind: 'message', id: message.id, command, user: message.author.id }, async () => {
        try {
          await answerMessage(message, addressed);
        } catch (error) {
          const explained = report(error, `a message (a reply in channel ${message.channelId})`);
          if (!explained.apologise) return;
          const l = LABELS[languageOf(message.guild?.preferredLocale, ctx.engine.kb)];
          await message.reply(notice(explained.blame === 'discord' ? l.discordTrouble : l.failure, false)).catch((e: unknown) => report(e, `the apology in channel ${message.channelId}`));
        }
      });
    },
  };
}
