// What the bot knows and how to ask it, built from the knowledge base.
import { LANGUAGES, type KnowledgeBase, type Language } from '../knowledge/types.js';
import { formatDate } from '../compose/names.js';
import { renderCard } from './card.js';
import { joinList } from './join.js';
import { LABELS } from './labels.js';
import type { RenderOptions } from './options.js';
import type { ReplyPayload } from './payload.js';

export interface CommandSummary {
  name: string;
  description: string;
}

/** `apps`: the message commands, by their names in the Apps menu of a message. */
export function renderHelp(kb: KnowledgeBase, language: Language, commands: readonly CommandSummary[], options: Partial<RenderOptions> = {}, apps: readonly string[] = []): ReplyPayload {
  const l = LABELS[language];
  const t = kb.languages[language].templates;
  const dates = [...kb.articles.values()].map((a) => a.date).sort();
  const people = [...kb.entities.values()].filter((e) => e.type === 'person' && e.named).map((e) => e.name[language]);
  const coverage = l.helpCoverage(kb.articles.size, formatDate(dates[0] ?? '', kb, language), formatDate(dates.at(-1) ?? '', kb, language));
  const examples = [language, ...LANGUAGES.filter((x) => x !== language)].flatMap((code) => [
    '',
    `**${l.examplesIn[code]}**`,
    ...kb.suggestions.map((s) => `• ${s[code]}`),
  ]);
  const text = [
    coverage,
    ...(people.length ? [l.people(joinList(people, language, kb))] : []),
    l.helpMention,
    '',
    t.help,
    ...examples,
    '',
    `**${l.commands}**`,
    ...commands.map((c) => `\`/${c.name}\` — ${c.description}`),
    ...apps.map((name) => l.appsMenu(name)),
  ].join('\n');
  return renderCard(
    { language, tone: 'info', title: l.helpTitle, text, citations: [], suggestions: kb.suggestions.map((s) => s[language]) },
    kb,
    options,
  );
}
