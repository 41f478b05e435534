// The articles the bot answers from: one embed each, in date order (the newest, when not all fit).
import type { KnowledgeBase, Language } from '../knowledge/types.js';
import { displayName } from '../retrieve/graph.js';
import { articleDate, articleTitle } from './article.js';
import { LABELS } from './labels.js';
import { clip, LIMITS } from './limits.js';
import { COLOURS } from './options.js';
import { EPHEMERAL, NO_MENTIONS, type Embed, type ReplyPayload } from './payload.js';

export function renderSources(kb: KnowledgeBase, language: Language, ephemeral = false): ReplyPayload {
  const l = LABELS[language];
  const articles = [...kb.articles.values()].sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
  // Newest first until the reply is full, then shown in date order: past a few dozen articles, the latest matter most.
  const embeds: Embed[] = [];
  let total = 0;
  for (const article of [...articles].reverse()) {
    const org = kb.entities.get(article.communique);
    const covers = article.summary.map((id) => kb.facts.get(id)?.text[language]).filter((t): t is string => !!t);
    const embed: Embed = {
      title: clip(articleTitle(article, kb, language), LIMITS.embedTitle),
      description: clip(
        [`${articleDate(article, kb, language)} · ${l.communique(org ? displayName(org, language) : article.communique)}`, '', ...covers.map((t) => `• ${t}`)].join('\n'),
        LIMITS.embedDescription,
      ),
      color: COLOURS.info,
    };
    const size = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
    // The footer naming how many were left out needs room too.
    if (embeds.length === LIMITS.embeds || total + size > LIMITS.embedTotal - 100) break;
    embeds.push(embed);
    total += size;
  }
  embeds.reverse();
  const last = embeds.at(-1);
  if (last) last.footer = { text: embeds.length < articles.length ? l.newestArticles(embeds.length, articles.length) : l.articleCount(articles.length) };
  return { embeds, components: [], ...(ephemeral ? { flags: EPHEMERAL } : {}), allowedMentions: NO_MENTIONS };
}
