// The names the knowledge already has: every entity's names, aliases and roles.
// Read leniently: the worksheet is most needed while the knowledge is still
// incomplete (an imported article without its facts does not pass kb:check),
// so an entry that does not validate is skipped here and reported by kb:check.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { entitySchema, type Entity } from '../schema.js';
import { Phrases } from './words.js';

export interface KnownNames {
  /** Whether a name is one the knowledge has, or part of one ("Autorité" of "Autorité portuaire"). */
  knows(name: string): boolean;
  /** The organisation a name designates, if the knowledge has one by that name. */
  organisation(name: string): string | undefined;
}

export function entityNames(entity: Entity): string[] {
  const names = [entity.name.fr, entity.name.en, ...(entity.short ? [entity.short.fr, entity.short.en] : []), ...entity.aliases];
  if (entity.type === 'person') names.push(...entity.roles);
  return names;
}

function readEntities(dir: string): Entity[] {
  const folder = join(dir, 'entities');
  if (!existsSync(folder)) return [];
  const entities: Entity[] = [];
  for (const file of readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    let list: unknown;
    try {
      list = parseYaml(readFileSync(join(folder, file), 'utf8'));
    } catch {
      continue;
    }
    if (!Array.isArray(list)) continue;
    for (const value of list) {
      const parsed = entitySchema.safeParse(value);
      if (parsed.success) entities.push(parsed.data);
    }
  }
  return entities;
}

export function readKnownNames(knowledgeDir: string): KnownNames {
  const entities = readEntities(knowledgeDir);
  const keys = new Set<string>();
  const organisations = new Map<string, string>();
  for (const entity of entities) {
    for (const name of entityNames(entity)) {
      const key = Phrases.key(name);
      if (key === '') continue;
      keys.add(key);
      if (entity.type === 'organisation') organisations.set(key, entity.id);
    }
  }
  // One string to search for a name as a whole run of words inside any known name.
  const haystack = `\u0000${[...keys].join('\u0000')}\u0000`;
  return {
    knows(name) {
      const key = Phrases.key(name);
      if (key === '') return false;
      if (keys.has(key)) return true;
      return haystack.includes(`\u0000${key} `) || haystack.includes(` ${key}\u0000`) || haystack.includes(` ${key} `);
    },
    organisation(name) {
      return organisations.get(Phrases.key(name));
    },
  };
}
