/**
 * Discord as its members use it, through the real discord.js client started
 * by main() against the fake Discord, with Message Content enabled (the
 * operator turned it on): replies with the mention switched off, the bot's
 * role, code, the cooldown, suggestion buttons clicked by several people,
 * commands in French, and /meetings' titles, unknown places and choices.
 * (bot.test.ts covers the same bot with Message Content off, the default.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../src/knowledge/schema.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { LABELS } from '../../src/render/labels.js';
import { checkMessageLimits } from '../../src/render/limits.js';
import { meetingsMatching } from '../../src/views/timeline.js';
import { startBot, type Bot } from '../support/bot.js';
import type { FakeDiscord, InteractionHandle, RecordedRequest } from '../support/fake-discord.js';

// Long enough that five mentions sent at once always land within one pause, even on a busy machine.
const COOLDOWN_SECONDS = 1;
let bot: Bot;
let fake: FakeDiscord;
let kb: KnowledgeBase;
let nextUser = 500_000_000_000_000_000n;
/** A member of the server no test has used yet: each test has its own cooldown. */
const newUser = () => String(nextUser++);

beforeAll(async () => {
  bot = await startBot({ DISCORD_MESSAGE_CONTENT: 'true', COOLDOWN_SECONDS: String(COOLDOWN_SECONDS), LOG_LEVEL: 'debug' }, { registerInGuild: true });
  fake = bot.fake;
  kb = bot.running.context?.engine.kb as KnowledgeBase;
});

afterAll(async () => {
  await bot?.stop();
});

const replyTo = (r: RecordedRequest) => r.body?.message_reference?.message_id as string | undefined;
/** The bot's accepted reply to a message. */
const reply = (id: string) => fake.waitFor((r) => r.method === 'POST' && r.status < 300 && replyTo(r) === id);
const idOf = (r: RecordedRequest) => String((r.responseBody as { id: string }).id);

/** The embed text of a message, fields included. */
function embedText(message: Record<string, unknown>): string {
  const embeds = (message['embeds'] ?? []) as { description?: string; title?: string; fields?: { name: string; value: string }[] }[];
  return embeds.map((e) => [e.title, e.description, ...(e.fields ?? []).flatMap((f) => [f.name, f.value])].join('\n')).join('\n');
}

/** The message an interaction answered with (a direct reply, an update, or an edit after a deferral). */
async function answerOf(ix: InteractionHandle): Promise<{ type: number; message: Record<string, unknown> }> {
  const cb = await ix.waitForCallback();
  if (cb.body.type === 4 || cb.body.type === 7) return { type: cb.body.type, message: cb.body.data };
  const edit = await ix.waitForResponse((r) => r.method === 'PATCH' && r.status < 300);
  return { type: cb.body.type, message: edit.body };
}

/** Public messages of the bot in the channel now (ephemeral ones are no one else's). */
const publicBotMessages = () => fake.channelMessages(fake.channelId).filter((m) => (m['author'] as { id: string }).id === fake.botUserId && (Number(m['flags'] ?? 0) & 64) === 0);

describe('talking to the bot', () => {
  it('answers a reply to its answer with the mention switched off, as a follow-up of that answer', async () => {
    const user = newUser();
    const asked = fake.message({ content: `<@${fake.botUserId}> Who did Abdellatif Hammouchi receive in Rabat?`, author: user });
    const answer = await reply(asked);
    const followUp = fake.message({ content: 'and why?', author: user, referenced_message: idOf(answer), reply_ping: false });
    const why = await reply(followUp);
    // What the article gives as the reason for that meeting (the one not held at a venue), the one about its guest.
    const meeting = kb.meetings.find((m) => !m.venue);
    const guest = kb.entities.get(meeting?.guests[0] ?? '');
    expect(embedText(why.body)).toContain(guest?.name.en);
    expect(embedText(why.body)).toMatch(/\[1\]/);
  });

  it('takes a reply to its answer to /ask as a follow-up of that answer, even after the user asked something else', async () => {
    const user = newUser();
    const first = await fake.slash('ask', { question: 'Who did Abdellatif Hammouchi receive in Marrakech?' }, { user }).waitForCallback();
    await answerOf(fake.slash('ask', { question: 'Who did Abdellatif Hammouchi receive in Rabat?' }, { user }));
    const answerId = fake.channelMessages(fake.channelId).find((m) => (m['interaction_metadata'] as { id?: string } | undefined)?.id === first.interactionId)?.['id'];
    const followUp = fake.message({ content: 'and where was it?', author: user, referenced_message: String(answerId) });
    const where = embedText((await reply(followUp)).body);
    // The meeting of the first question is the one held at a venue; the other was not.
    const meeting = kb.meetings.find((m) => m.venue);
    const venue = kb.entities.get(meeting?.venue ?? '');
    expect(where).toContain((venue?.short ?? venue?.name)?.en);
    expect(where).not.toMatch(/Rabat/);
  });

  it('counts a mention of its managed role as a mention, and a mention inside code as none', async () => {
    const role = fake.message({ content: `<@&${fake.botRoleId}> Who is Faisal Shahkar?`, author: newUser() });
    expect(embedText((await reply(role)).body)).toMatch(/Shahkar.*\[1\]/s);
    const before = fake.sent.length;
    fake.message({ content: `type \`<@${fake.botUserId}> Who is Faisal Shahkar?\` to ask`, author: newUser() });
    const sentinel = fake.message({ content: `<@${fake.botUserId}> What are your sources?`, author: newUser() });
    await reply(sentinel);
    expect(fake.sent.length).toBe(before + 1);
  });

  it('answers mentions sent during the cooldown once it ends, in order, and says when to ask again past three waiting', async () => {
    const user = newUser();
    const questions = ['Who is Faisal Shahkar?', 'Who is Alexandre Zouev?', 'Who is Abdellatif Hammouchi?', 'Who did Abdellatif Hammouchi receive in Rabat?'];
    const ids = questions.map((q) => fake.message({ content: `<@${fake.botUserId}> ${q}`, author: user }));
    const extra = fake.message({ content: `<@${fake.botUserId}> Who received Faisal Shahkar?`, author: user });
    const answers = await Promise.all(ids.map((id) => reply(id)));
    expect(answers.map((a) => embedText(a.body))).toEqual([expect.stringMatching(/Shahkar/), expect.stringMatching(/Zouev/), expect.stringMatching(/Hammouchi/), expect.stringMatching(/Zouev/)]);
    // One pause apart, in the order asked (the fake's clock: when each reply reached it).
    expect(answers.map((a) => a.at)).toEqual([...answers.map((a) => a.at)].sort((x, y) => x - y));
    expect((await reply(extra)).body.content).toMatch(/^I'm answering your earlier questions first: ask this one again in \d+ s\.$/);
  });
});

describe('suggestion buttons', () => {
  it('pressed 4 times by 3 people: the asker\'s clicks update the declined answer, the others get the answer privately, the channel gets nothing new', async () => {
    const [asker, second, third] = [newUser(), newUser(), newUser()];
    const declined = await answerOf(fake.slash('ask', { question: 'What is the weather in Paris tomorrow?' }, { user: asker }));
    const button = (declined.message['components'] as { components: { custom_id: string; label: string }[] }[])[0]?.components[0];
    expect(button?.custom_id).toMatch(/^ask:/);
    const before = publicBotMessages().length;

    const clicks = [asker, second, second, third].map((user) => fake.button(button?.custom_id ?? '', { user }));
    const answers = [];
    for (const ix of clicks) answers.push(await answerOf(ix));
    // The asker: the declined answer becomes the answer (an update of that message).
    expect(answers[0]?.type).toBe(7);
    expect(embedText(answers[0]?.message ?? {})).toMatch(/\[1\]/);
    // Everyone else: the answer, to them only.
    for (const a of answers.slice(1)) {
      expect(a.type).toBe(4);
      expect(a.message['flags']).toBe(64);
      expect(embedText(a.message)).toMatch(/\[1\]/);
    }
    expect(publicBotMessages().length).toBe(before);
    for (const a of answers) expect(checkMessageLimits(a.message)).toEqual([]);
  });

  it('under a reply to a mention, updates it for its author and answers anyone else privately', async () => {
    const [asker, other] = [newUser(), newUser()];
    const mention = fake.message({ content: `<@${fake.botUserId}> What is the weather in Paris tomorrow?`, author: asker });
    const declined = await reply(mention);
    const button = (declined.body.components as { components: { custom_id: string }[] }[])[0]?.components[0]?.custom_id ?? '';
    const mine = await answerOf(fake.button(button, { user: asker, messageId: idOf(declined) }));
    expect(mine.type).toBe(7);
    const theirs = await answerOf(fake.button(button, { user: other, messageId: idOf(declined) }));
    expect(theirs).toMatchObject({ type: 4, message: { flags: 64 } });
    expect(embedText(fake.getMessage(idOf(declined)) ?? {})).toMatch(/\[1\]/);
  });
});

describe('commands in French', () => {
  it('/aide and /qui answer in the interaction\'s locale; the help and a refusal show no confidence', async () => {
    const aide = await answerOf(fake.slash('help', {}, { locale: 'fr', user: newUser() }));
    const embed = (aide.message['embeds'] as { title: string; footer?: unknown }[])[0];
    expect(embed?.title).toBe(LABELS.fr.helpTitle);
    expect(embed?.footer).toBeUndefined();
    const person = kb.meetings[0]?.host ?? '';
    const qui = await answerOf(fake.slash('who', { person }, { locale: 'fr', user: newUser() }));
    expect(embedText(qui.message)).toContain(`__${LABELS.fr.meetings}__`);
    const refusal = await answerOf(fake.slash('ask', { question: 'Quel temps fera-t-il à Paris demain ?' }, { locale: 'fr', user: newUser() }));
    expect(JSON.stringify(refusal.message)).not.toMatch(/Confiance|Confidence/);
  });
});

describe('/meetings', () => {
  /** The places where some meeting was held, with their grammar. */
  const meetingPlaces = () =>
    [...kb.entities.values()].filter((e): e is Extract<Entity, { type: 'place' }> => e.type === 'place' && meetingsMatching(kb, { place: e.id }).length > 0);
  const title = async (place: string, locale: string) => {
    const answer = await answerOf(fake.slash('meetings', { place }, { locale, user: newUser() }));
    return (answer.message['embeds'] as { title: string }[])[0]?.title ?? '';
  };

  it('titles French timelines with the contractions ("au", "aux"), never "à le" or "à les"', async () => {
    const places = meetingPlaces();
    const withArticle = (article: string) => places.find((p) => p.grammar?.fr?.article === article);
    const masculine = withArticle('le');
    const plural = withArticle('les');
    expect(masculine && plural).toBeTruthy();
    const bare = (p: typeof masculine) => (p?.short ?? p?.name)?.fr.replace(/^\S+ /, '');
    expect(await title(masculine?.id ?? '', 'fr')).toBe(`${LABELS.fr.meetings} au ${bare(masculine)}`);
    expect(await title(plural?.id ?? '', 'fr')).toBe(`${LABELS.fr.meetings} aux ${bare(plural)}`);
    for (const place of places) {
      expect(await title(place.id, 'fr')).not.toMatch(/\bà (le|les)\b/);
      expect(await title(place.id, 'en-US')).toBe(`${LABELS.en.meetings} in ${(place.short ?? place.name).en}`);
    }
  });

  it('says an unknown place is not a place the articles name', async () => {
    const answer = await answerOf(fake.slash('meetings', { place: 'Atlantis' }, { user: newUser() }));
    expect(answer.message['content']).toMatch(/^“Atlantis” is not a place the articles name\./);
    expect(answer.message['flags']).toBe(64);
    const fr = await answerOf(fake.slash('meetings', { place: 'Atlantide' }, { locale: 'fr', user: newUser() }));
    expect(fr.message['content']).toMatch(/^« Atlantide » n'est pas un lieu que les articles citent\./);
  });

  it('offers only the places of the chosen person\'s meetings', async () => {
    const choices = async (options: Record<string, string>) => {
      const cb = await fake.autocomplete('meetings', options, { focused: 'place', user: newUser() }).waitForCallback();
      return (cb.body.data.choices as { value: string }[]).map((c) => c.value);
    };
    const all = await choices({ place: '' });
    const guest = kb.meetings.at(-1)?.guests[0] ?? '';
    const narrowed = await choices({ person: guest, place: '' });
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.length).toBeLessThan(all.length);
    for (const place of narrowed) expect(meetingsMatching(kb, { participant: guest, place })).not.toEqual([]);
    // A place of another meeting only is no longer offered.
    const elsewhere = all.filter((p) => meetingsMatching(kb, { participant: guest, place: p }).length === 0);
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const place of elsewhere) expect(narrowed).not.toContain(place);
  });
});

describe('afterwards', () => {
  it('logged no error and sent nothing beyond Discord\'s limits', () => {
    for (const r of fake.requests.filter((q) => q.status < 300 && q.method === 'POST' && /\/channels\/\d+\/messages$/.test(q.path))) expect(checkMessageLimits(r.body)).toEqual([]);
    expect(fake.unknownRoutes).toEqual([]);
    expect(fake.internalErrors).toEqual([]);
    expect(bot.log()).not.toMatch(/ERROR/);
  });
});
