// Finding people, organisations and places by what a user typed: for
// autocomplete (ranked exact, then alias or role, then fuzzy) and for
// resolving a free-typed option value.
import Fuse from 'fuse.js';
import type { Entity } from '../knowledge/schema.js';
import type { KnowledgeBase, Language } from '../knowledge/types.js';
import { fold } from '../language/normalize.js';
import { LIMITS } from '../render/limits.js';
import type { Choice } from '../render/payload.js';

export type Kind = Entity['type'];

interface Entry {
  entity: Entity;
  /** Folded names, short names and aliases. */
  names: string[];
  /** Folded role phrases ("the U P chief"). */
  roles: string[];
}

interface Index {
  entries: Entry[];
  fuse: Fuse<{ entry: Entry; text: string }>;
}

/** Fuse's 0 (exact) to 1 (anything) distance above which a fuzzy hit is noise. */
const FUZZY_THRESHOLD = 0.3;

const indexes = new WeakMap<KnowledgeBase, Map<string, Index>>();

function indexFor(kb: KnowledgeBase, kinds: readonly Kind[]): Index {
  const key = [...kinds].sort().join(',');
  let byKinds = indexes.get(kb);
  if (!byKinds) indexes.set(kb, (byKinds = new Map()));
  const cached = byKinds.get(key);
  if (cached) return cached;
  const entries = [...kb.entities.values()]
    .filter((e) => kinds.includes(e.type))
    .map((entity) => ({
      entity,
      names: [...new Set([entity.name.fr, entity.name.en, ...(entity.short ? [entity.short.fr, entity.short.en] : []), ...entity.aliases].map(fold))],
      roles: entity.type === 'person' ? entity.roles.map(fold) : [],
    }));
  const docs = entries.flatMap((entry) => [...entry.names, ...entry.roles].map((text) => ({ entry, text })));
  const index = { entries, fuse: new Fuse(docs, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: FUZZY_THRESHOLD }) };
  byKinds.set(key, index);
  return index;
}

export interface Ranked {
  entity: Entity;
  /** 0 exact name or alias, 1 a name, alias or role containing what was typed, 2 fuzzy. */
  tier: 0 | 1 | 2;
}

/** Entities of `kinds` matching `typed`, best first; everything (named people first) when nothing is typed. */
export function rankEntities(kb: KnowledgeBase, typed: string, kinds: readonly Kind[], limit: number = LIMITS.choices): Ranked[] {
  const { entries, fuse } = indexFor(kb, kinds);
  const q = fold(typed).trim().replace(/\s+/g, ' ');
  if (q === '') {
    const named = (e: Entity) => (e.type === 'person' && e.named ? 0 : 1);
    return [...entries]
      .sort((a, b) => named(a.entity) - named(b.entity) || kinds.indexOf(a.entity.type) - kinds.indexOf(b.entity.type))
      .slice(0, limit)
      .map((e) => ({ entity: e.entity, tier: 1 }));
  }
  const wordStart = (text: string) => text.startsWith(q) || text.includes(` ${q}`) || text.includes(`(${q}`) || text.includes(`'${q}`);
  const ranked: Ranked[] = [];
  const seen = new Set<string>();
  const add = (entity: Entity, tier: Ranked['tier']) => {
    if (seen.has(entity.id)) return;
    seen.add(entity.id);
    ranked.push({ entity, tier });
  };
  for (const e of entries) if (e.entity.id === typed.trim() || e.names.includes(q)) add(e.entity, 0);
  for (const e of entries) if (e.names.some(wordStart)) add(e.entity, 1);
  for (const e of entries) if (e.roles.some(wordStart)) add(e.entity, 1);
  for (const hit of fuse.search(q)) add(hit.item.entry.entity, 2);
  return ranked.slice(0, limit);
}

/** An entity's name as a list item or a heading: "The United Nations (U)". */
export function entityLabel(entity: Entity, language: Language): string {
  const name = entity.name[language];
  return name.charAt(0).toLocaleUpperCase() + name.slice(1);
}

/** Autocomplete choices: value the entity id, name its label in the user's language. */
export function entityChoices(ranked: readonly Ranked[], language: Language): Choice[] {
  return ranked
    .filter((r) => r.entity.id.length <= LIMITS.choiceValue)
    .slice(0, LIMITS.choices)
    .map((r) => {
      const label = entityLabel(r.entity, language);
      return { name: label.length <= LIMITS.choiceName ? label : `${label.slice(0, LIMITS.choiceName - 1)}…`, value: r.entity.id };
    });
}

export type Resolution = { entity: Entity } | { entity?: undefined; alternatives: Entity[] };

/**
 * The entity an option value stands for: its id (picked from autocomplete), an
 * exact name or alias, or the one candidate of the best tier that has any
 * (the only name containing what was typed, or the only close spelling);
 * otherwise the closest candidates to offer instead.
 */
export function resolveEntity(kb: KnowledgeBase, typed: string, kinds: readonly Kind[], alternatives = 5): Resolution {
  const byId = kb.entities.get(typed.trim());
  if (byId && kinds.includes(byId.type)) return { entity: byId };
  const ranked = rankEntities(kb, typed, kinds);
  const best = ranked.filter((r) => r.tier === ranked[0]?.tier);
  if (best.length === 1 && best[0] && typed.trim() !== '') return { entity: best[0].entity };
  return { alternatives: ranked.slice(0, alternatives).map((r) => r.entity) };
}
