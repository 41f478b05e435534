// A person, organisation or place option, as picked from autocomplete or typed freely.
import type { Entity } from '../knowledge/schema.js';
import type { Language } from '../knowledge/types.js';
import { LABELS } from '../render/labels.js';
import { plainEcho } from '../render/echo.js';
import { notice } from '../render/notice.js';
import type { Choice, ReplyPayload } from '../render/payload.js';
import { entityChoices, entityLabel, rankEntities, resolveEntity, type Kind } from '../views/entities.js';
import type { BotContext } from './command.js';

/** How much of an unknown typed value is echoed back. */
const ECHO_CHARS = 100;

export type OptionEntity = { entity: Entity; reply?: undefined } | { entity?: undefined; reply: ReplyPayload };

/** The entity a value names, or a reply saying it names none and offering the closest. */
export function entityOption(ctx: BotContext, typed: string, kinds: readonly Kind[], language: Language, allowed?: (e: Entity) => boolean): OptionEntity {
  const found = resolveEntity(ctx.engine.kb, typed, kinds);
  if (found.entity && (!allowed || allowed(found.entity))) return { entity: found.entity };
  const l = LABELS[language];
  const others = (found.entity ? [] : found.alternatives).filter((e) => !allowed || allowed(e)).map((e) => `• ${entityLabel(e, language)}`);
  // A place option is about places: "not a place the articles name", not "I can't find anyone".
  const unknown = kinds.every((k) => k === 'place') ? l.unknownPlace : l.unknownEntity;
  const text = [unknown(plainEcho(typed, ECHO_CHARS)), ...(others.length ? [l.didYouMean, ...others] : [])].join('\n');
  return { reply: notice(text) };
}

/** Autocomplete choices for what the user is typing. */
export function entityAutocomplete(ctx: BotContext, typed: string, kinds: readonly Kind[], language: Language, allowed?: (e: Entity) => boolean): Choice[] {
  const ranked = rankEntities(ctx.engine.kb, typed, kinds, Number.POSITIVE_INFINITY).filter((r) => !allowed || allowed(r.entity));
  return entityChoices(ranked, language);
}
