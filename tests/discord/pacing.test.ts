/**
 * Keeping the 3-second deadline: an interaction is answered at once when the
 * bot is idle, and acknowledged first (with its answer's visibility) when it
 * arrives late, when answers are slow lately, or when a command awaits
 * something slow; work waits its turn, interactions before messages.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/discord/app.js';
import type { Command } from '../../src/discord/command.js';
import { loadConfig } from '../../src/discord/config.js';
import { createBotContext } from '../../src/discord/context.js';
import { createLogger } from '../../src/discord/logger.js';
import { createBacklog, createPace, DEFER_AFTER_MS, LATE_AFTER_MS } from '../../src/discord/pacing.js';
import { send } from '../../src/discord/respond.js';
import { connectMockClient } from '../../src/offline/connect.js';
import { notice } from '../../src/render/notice.js';

const ctx = await createApp(loadConfig({ COOLDOWN_SECONDS: '0' }), createLogger({ level: 'warn', write: () => undefined }));
const kinds = (sent: { kind: string; ephemeral?: boolean }[]) => sent.map((s) => `${s.kind}${s.ephemeral ? ' (private)' : ''}`);

describe('acknowledging in time', () => {
  it('answers at once when idle', async () => {
    const bot = connectMockClient(ctx);
    expect(kinds(await bot.slash('ask', { question: 'Who is Faisal Shahkar?' }))).toEqual(['reply']);
  });

  it('acknowledges first an interaction that arrives late, with the visibility its answer will have', async () => {
    const bot = connectMockClient(ctx);
    const late = { createdTimestamp: Date.now() - LATE_AFTER_MS - 100 };
    expect(kinds(await bot.slash('ask', { question: 'Who is Faisal Shahkar?' }, late))).toEqual(['defer', 'edit']);
    expect(kinds(await bot.slash('ask', { question: 'Who is Faisal Shahkar?', private: true }, late))).toEqual(['defer (private)', 'edit (private)']);
    expect(kinds(await bot.slash('help', {}, late))).toEqual(['defer (private)', 'edit (private)']);
    expect(kinds(await bot.click('sources:en', late))).toEqual(['defer (private)', 'edit (private)']);
    // A suggestion under someone else's answer is answered privately; under one's own, in place of the declined answer.
    expect(kinds(await bot.click('ask:en:0', late))).toEqual(['defer (private)', 'edit (private)']);
    const declined = await bot.slash('ask', { question: 'What is the weather in Paris tomorrow?' });
    const suggestion = declined.flatMap((s) => ('payload' in s ? s.payload.components.flatMap((r) => r.components) : []))[0]?.custom_id ?? '';
    expect(kinds(await bot.click(suggestion, late))).toEqual(['defer', 'update']);
    // (/who with a name that finds no one answers privately: so is its acknowledgement; a name it finds, publicly.)
    expect(kinds(await bot.slash('who', { person: 'chief' }, late))).toEqual(['defer (private)', 'edit (private)']);
    expect(kinds(await bot.slash('who', { person: 'Hammouchi' }, late))).toEqual(['defer', 'edit']);
  });

  it('acknowledges first while answers are slow lately', async () => {
    const slow = createBotContext({ config: ctx.config, engine: () => ctx.engine, commands: ctx.commands, log: ctx.log });
    const bot = connectMockClient(slow);
    slow.pace.record(2000);
    expect(kinds(await bot.slash('ask', { question: 'Who is Faisal Shahkar?' }))).toEqual(['defer', 'edit']);
  });

  it(`acknowledges a command still busy ${DEFER_AFTER_MS} ms after the interaction was created`, async () => {
    const waits: Command = {
      data: { name: 'waits', toJSON: () => ({ name: 'waits', description: 'awaits something slow' }) },
      async execute(interaction) {
        await new Promise((resolve) => setTimeout(resolve, 300));
        await send(interaction, notice('done', false));
      },
    };
    const bot = connectMockClient(createBotContext({ config: ctx.config, engine: () => ctx.engine, commands: new Map([['waits', waits]]), log: ctx.log }));
    // Created 1.8 s ago: the deferral is due 200 ms from now, before the command's answer.
    expect(kinds(await bot.slash('waits', {}, { createdTimestamp: Date.now() - DEFER_AFTER_MS + 200 }))).toEqual(['defer', 'edit']);
    expect(kinds(await bot.slash('waits'))).toEqual(['reply']);
  });
});

describe('the backlog', () => {
  it('gives one turn per turn of the event loop, interactions before messages', async () => {
    const backlog = createBacklog();
    const order: string[] = [];
    const all = [
      backlog.turn('message').then(() => order.push('m1')),
      backlog.turn('message').then(() => order.push('m2')),
      backlog.turn('interaction').then(() => order.push('i1')),
      backlog.turn('interaction').then(() => order.push('i2')),
    ];
    expect(backlog.waiting).toBe(4);
    await Promise.all(all);
    expect(order).toEqual(['i1', 'i2', 'm1', 'm2']);
    expect(backlog.busy).toBe(false);
  });

  it('lets I/O in between two turns', async () => {
    const backlog = createBacklog();
    const order: string[] = [];
    const first = backlog.turn('message').then(() => {
      order.push('turn 1');
      setImmediate(() => order.push('arrived meanwhile'));
    });
    const second = backlog.turn('message').then(() => order.push('turn 2'));
    await Promise.all([first, second]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['turn 1', 'arrived meanwhile', 'turn 2']);
  });
});

describe('pace', () => {
  it('is slow while one of the last answers was', () => {
    const pace = createPace(100);
    pace.record(5);
    expect(pace.slow).toBe(false);
    pace.record(500);
    expect(pace.slow).toBe(true);
    for (let i = 0; i < 8; i++) pace.record(5);
    expect(pace.slow).toBe(false);
  });
});
