// The bot in a terminal: a prompt that delivers what is typed to the mock
// client (so to the same commands as on Discord) and draws the replies.
// Interactive on a TTY (Tab completion, colour); line by line when piped,
// echoing each line and ending at the end of the input.
import { createInterface, type Interface } from 'node:readline';
import type { BotContext, Command } from '../discord/command.js';
import { connectMockClient } from './connect.js';
import { drawSent, painter } from './draw.js';
import type { MockClient, Sent } from './mock.js';
import { findCommand, optionMarks, parseLine, QUIT, usage } from './parse.js';

export interface TerminalOptions {
  input: NodeJS.ReadableStream & { isTTY?: boolean };
  output: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  /** The Discord locale the user's client would send ("fr", "en-US"…). */
  locale: string;
  /** Default: colour when the output is a TTY. */
  colour?: boolean;
}

export interface Terminal {
  /** Resolves with the exit code once the input ends or the user quits. */
  finished: Promise<number>;
  stop(): void;
}

/** Lines are wrapped at the terminal's width, and never wider than this to stay readable. */
const MAX_WIDTH = 100;
const PROMPT = '› ';

export function startTerminal(ctx: BotContext, options: TerminalOptions): Terminal {
  const interactive = options.input.isTTY === true && options.output.isTTY === true;
  const paint = painter(options.colour ?? options.output.isTTY === true);
  const width = Math.min(options.output.columns ?? MAX_WIDTH, MAX_WIDTH);
  const mock = connectMockClient(ctx, { locale: options.locale });
  const write = (text: string) => options.output.write(text.endsWith('\n') ? text : `${text}\n`);
  let buttons: string[] = [];

  const complete = createCompleter(ctx.commands, mock);
  const rl: Interface = createInterface({
    input: options.input,
    // node:readline awaits a completer only in its callback form.
    ...(interactive ? { output: options.output, completer: (line: string, done: (error: Error | null, result?: [string[], string]) => void) => void complete(line).then((r) => done(null, r), done) } : {}),
    terminal: interactive,
    prompt: paint('bold', PROMPT),
  });
  rl.on('SIGINT', () => rl.close());

  function show(sent: readonly Sent[]): void {
    const drawing = drawSent(sent, { paint, width, firstButton: 1 });
    if (drawing.buttons.length) buttons = drawing.buttons;
    write(drawing.text || paint('dim', '(no reply)'));
  }

  /**
   * The locale a command typed in one language runs with ("/aide" in French,
   * "/help" in English), keeping the user's own when it is of that language.
   */
  const where = (typed: string | undefined) => {
    if (!typed || typed.split('-')[0] === mock.locale.split('-')[0]) return {};
    return { locale: typed };
  };

  /** Runs one line; false when the user asked to leave. */
  async function run(line: string): Promise<boolean> {
    const input = parseLine(line, ctx.commands, buttons.length);
    switch (input.kind) {
      case 'empty':
        return true;
      case 'quit':
        return false;
      case 'help':
        show(await mock.slash('help', {}, where(input.locale)));
        write(paint('bold', '\nAt this prompt:'));
        write(
          [
            ...usage(ctx.commands).map((u) => `  ${u}`),
            '  @bot <question>                        mention the bot, as in a channel (or just type the question)',
            '  <number>                               click the button with that number',
            '  Tab                                    complete a command, an option, a name',
            '  /quit or Ctrl-D                        leave',
          ].join('\n'),
        );
        return true;
      case 'invalid':
        write(paint('yellow', input.message));
        return true;
      case 'click':
        show(await mock.click(buttons[input.number - 1] ?? ''));
        return true;
      case 'mention':
        show(await mock.mention(input.text));
        return true;
      case 'slash':
        show(await mock.slash(input.command, input.options, where(input.locale)));
        return true;
    }
  }

  const finished = (async () => {
    if (interactive) {
      write(`${paint('bold', 'coverage-bot')} offline: ask a question in French or English, or type /help. ${paint('dim', 'Ctrl-D or /quit to leave.')}`);
      rl.prompt();
      ctx.log.debug(`offline prompt ready ${Math.round(performance.now())} ms after the process started`);
    }
    for await (const line of rl) {
      if (!interactive) write(paint('bold', `${PROMPT}${line}`));
      const more = await run(line).catch((error: unknown) => {
        ctx.log.error('the offline prompt failed on a line', error);
        return true;
      });
      if (!more) break;
      if (interactive) rl.prompt();
      else write('');
    }
    rl.close();
    // Leave the shell's prompt on a line of its own after Ctrl-D.
    if (interactive) write('');
    return 0;
  })();

  return { finished, stop: () => rl.close() };
}

/**
 * Tab completion from the commands' own definitions and autocomplete: command
 * names, then option names, then values (names of people, places…).
 */
export function createCompleter(commands: ReadonlyMap<string, Command>, mock: MockClient): (line: string) => Promise<[string[], string]> {
  return async (line) => {
    if (/^\/\S*$/.test(line)) {
      const all = [...[...commands.values()].map((c) => `/${c.data.name} `), `${QUIT[0]} `];
      return [all.filter((c) => c.startsWith(line.toLowerCase())), line];
    }
    const [, typedName = '', rest = ''] = /^\/(\S+)\s+([\s\S]*)$/.exec(line) ?? [];
    const json = findCommand(commands, typedName);
    if (!json) return [[], line];
    const marks = optionMarks(rest, json.options ?? []);
    const last = marks.at(-1);
    if (!last) {
      const typed = rest.trimStart();
      return [(json.options ?? []).map((o) => `${o.name}: `).filter((n) => n.startsWith(typed)), typed];
    }
    if (!last.option.autocomplete) return [[], line];
    const values: Record<string, string> = {};
    marks.forEach((m, i) => (values[m.option.name] = rest.slice(m.valueStart, marks[i + 1]?.start ?? rest.length).trim()));
    const choices = await mock.autocomplete(json.name, last.option.name, values);
    return [choices.map((c) => c.name), rest.slice(last.valueStart).trimStart()];
  };
}
