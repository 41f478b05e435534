import { describe, expect, it } from 'vitest';
import { addressing, type Addressable, type Self } from '../../src/discord/mention.js';

const BOT = '111111111111111111';
const ROLE = '333333333333333333';
const OTHER = '222222222222222222';
const self: Self = { userId: BOT, roleId: ROLE };

/** A server message as Discord delivers it: its text, who it pings, and whose message it replies to. */
function message(content: string, extra: { repliesTo?: string; users?: string[]; roles?: string[] } = {}): Addressable {
  return {
    content,
    mentions: {
      repliedUser: extra.repliesTo ? { id: extra.repliesTo } : null,
      users: new Set(extra.users ?? []),
      roles: new Set(extra.roles ?? []),
    },
  };
}
const question = (text: string, replyToBot = false) => ({ kind: 'question', text, replyToBot });

describe('addressing', () => {
  it('takes the question out of a message that mentions the bot, in either mention form or by its role, anywhere', () => {
    expect(addressing(message(`<@${BOT}> Who is he?`), self, false, false)).toEqual(question('Who is he?'));
    expect(addressing(message(`Who is he <@!${BOT}> ?`), self, false, false)).toEqual(question('Who is he ?'));
    expect(addressing(message(`@everyone <@${BOT}>  Qui ?\n`), self, false, false)).toEqual(question('@everyone Qui ?'));
    expect(addressing(message(`<@&${ROLE}> Who is he?`), self, false, true)).toEqual(question('Who is he?'));
  });

  it('gives an empty question for a bare mention', () => {
    expect(addressing(message(`<@${BOT}>`), self, false, false)).toEqual(question(''));
    expect(addressing(message(`  <@!${BOT}>  `), self, false, false)).toEqual(question(''));
  });

  it('takes a reply to the bot as a follow-up, whether it pings the bot or not', () => {
    expect(addressing(message('and where was it?', { repliesTo: BOT, users: [BOT] }), self, false, false)).toEqual(question('and where was it?', true));
    expect(addressing(message('and where was it?', { repliesTo: BOT }), self, false, true)).toEqual(question('and where was it?', true));
    expect(addressing(message('and where?', { repliesTo: OTHER, users: [OTHER] }), self, false, true)).toBeUndefined();
  });

  it('ignores server messages that do not name the bot itself, or name it only inside code', () => {
    expect(addressing(message('Who is he?'), self, false, true)).toBeUndefined();
    expect(addressing(message('@everyone Who is he?'), self, false, true)).toBeUndefined();
    expect(addressing(message(`<@&${OTHER}> Who is he?`, { roles: [OTHER] }), self, false, true)).toBeUndefined();
    expect(addressing(message(`<@&${ROLE}> Who is he?`), { userId: BOT }, false, true)).toBeUndefined();
    expect(addressing(message(`<@${OTHER}> Who is he?`), self, false, true)).toBeUndefined();
    expect(addressing(message(`<@${BOT}0> Who is he?`), self, false, true)).toBeUndefined();
    expect(addressing(message(`type \`<@${BOT}> question\` to ask`), self, false, true)).toBeUndefined();
    expect(addressing(message(`\`\`<@${BOT}>\`\` or\n\`\`\`\n<@&${ROLE}> hi\n\`\`\``), self, false, true)).toBeUndefined();
    // An unclosed backtick is not code.
    expect(addressing(message(`\` <@${BOT}> Who?`), self, false, true)).toEqual(question('` Who?'));
  });

  it('says when a message is for the bot but Discord withheld its text, rather than ignore it', () => {
    expect(addressing(message('', { repliesTo: BOT }), self, false, false)).toEqual({ kind: 'unreadable' });
    expect(addressing(message('', { roles: [ROLE] }), self, false, false)).toEqual({ kind: 'unreadable' });
    // Someone else's message, withheld as Discord withholds every message not for the bot: none of its business.
    expect(addressing(message(''), self, false, false)).toBeUndefined();
    expect(addressing(message('', { repliesTo: OTHER }), self, false, false)).toBeUndefined();
  });

  it('takes every direct message as a question', () => {
    expect(addressing(message('Who is he?'), self, true, false)).toEqual(question('Who is he?'));
    expect(addressing(message(`<@${BOT}> Who?`), self, true, false)).toEqual(question('Who?'));
  });
});
