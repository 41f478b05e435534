// What a button does, carried in its custom_id: Discord hands the id back on
// a click, so the bot keeps no per-message state.
import { LANGUAGES, type Language } from '../knowledge/types.js';
import { LIMITS } from './limits.js';

export type ButtonAction =
  /** `language` is the reply's, so the passage is labelled as the answer was. */
  | { kind: 'passage'; language: Language; article: string; paragraph: number }
  | { kind: 'sources'; language: Language }
  /** Ask suggestion number `suggestion` of the knowledge base, in `language`; `private` keeps the answer ephemeral like the reply it came from. */
  | { kind: 'ask'; language: Language; suggestion: number; private: boolean }
  /** Page `page` (from 0) of /meetings, narrowed as the command was to a participant and a place (entity ids). */
  | { kind: 'meetings'; language: Language; page: number; participant?: string; place?: string }
  /**
   * Post the check report the button is on in the channel, for everyone; `language` is the report's, `message` the id
   * of the checked message (in the same channel) when a message was checked rather than typed text.
   */
  | { kind: 'share'; language: Language; message?: string };

/** The custom_id for an action, or undefined when it would not fit Discord's limit. */
export function encodeAction(action: ButtonAction): string | undefined {
  let id: string;
  switch (action.kind) {
    case 'passage':
      id = `passage:${action.language}:${action.article}:${action.paragraph}`;
      break;
    case 'sources':
      id = `sources:${action.language}`;
      break;
    case 'ask':
      id = `ask:${action.language}:${action.suggestion}${action.private ? ':private' : ''}`;
      break;
    case 'meetings':
      // Ids hold no colon (lowercase letters, digits, dots and dashes): an empty field is no filter.
      id = `meetings:${action.language}:${action.page}:${action.participant ?? ''}:${action.place ?? ''}`;
      break;
    case 'share':
      id = `share:${action.language}${action.message ? `:${action.message}` : ''}`;
      break;
  }
  return id.length <= LIMITS.customId ? id : undefined;
}

const isLanguage = (s: string | undefined): s is Language => (LANGUAGES as readonly (string | undefined)[]).includes(s);
const isIndex = (s: string | undefined): s is string => s !== undefined && /^\d{1,6}$/.test(s);
const isSnowflake = (s: string | undefined): s is string => s !== undefined && /^\d{15,21}$/.test(s);

/** The action a custom_id stands for, or undefined for one this bot did not make (or no longer understands). */
export function decodeAction(customId: string): ButtonAction | undefined {
  const [kind, a, b, c, ...rest] = customId.split(':');
  if (kind === 'meetings' && isLanguage(a) && isIndex(b) && rest.length === 1 && c !== undefined) {
    const [place] = rest as [string];
    const isId = (s: string) => s === '' || /^[a-z0-9][a-z0-9.-]*$/.test(s);
    if (!isId(c) || !isId(place)) return undefined;
    return { kind, language: a, page: Number(b), ...(c ? { participant: c } : {}), ...(place ? { place } : {}) };
  }
  if (rest.length > 0) return undefined;
  if (kind === 'passage' && isLanguage(a) && b && isIndex(c)) return { kind, language: a, article: b, paragraph: Number(c) };
  if (kind === 'sources' && isLanguage(a) && b === undefined) return { kind, language: a };
  if (kind === 'ask' && isLanguage(a) && isIndex(b) && (c === undefined || c === 'private')) {
    return { kind, language: a, suggestion: Number(b), private: c === 'private' };
  }
  if (kind === 'share' && isLanguage(a) && c === undefined && (b === undefined || isSnowflake(b))) return { kind, language: a, ...(b ? { message: b } : {}) };
  return undefined;
}
