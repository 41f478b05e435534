import { describe, expect, it } from 'vitest';
import { questionFor } from '../../src/discord/mention.js';

const BOT = '111111111111111111';

describe('questionFor', () => {
  it('takes the question out of a message that mentions the bot, in either mention form, anywhere', () => {
    expect(questionFor(`<@${BOT}> Who is he?`, BOT, false)).toBe('Who is he?');
    expect(questionFor(`Who is he <@!${BOT}> ?`, BOT, false)).toBe('Who is he ?');
    expect(questionFor(`@everyone <@${BOT}>  Qui ?\n`, BOT, false)).toBe('@everyone Qui ?');
  });

  it('gives an empty question for a bare mention', () => {
    expect(questionFor(`<@${BOT}>`, BOT, false)).toBe('');
    expect(questionFor(`  <@!${BOT}>  `, BOT, false)).toBe('');
  });

  it('ignores server messages that do not name the bot itself', () => {
    expect(questionFor('Who is he?', BOT, false)).toBeUndefined();
    expect(questionFor('@everyone Who is he?', BOT, false)).toBeUndefined();
    expect(questionFor(`<@&${BOT}> Who is he?`, BOT, false)).toBeUndefined();
    expect(questionFor('<@222222222222222222> Who is he?', BOT, false)).toBeUndefined();
    expect(questionFor(`<@${BOT}0> Who is he?`, BOT, false)).toBeUndefined();
  });

  it('takes every direct message as a question', () => {
    expect(questionFor('Who is he?', BOT, true)).toBe('Who is he?');
    expect(questionFor(`<@${BOT}> Who?`, BOT, true)).toBe('Who?');
  });
});
