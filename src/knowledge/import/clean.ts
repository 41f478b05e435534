// From the text saved off a news page to the article's paragraphs: blocks
// between blank lines, less the leftovers import.yaml describes, the headline
// taken apart, and a caption the page prints twice kept once, as a caption.
import { isIsoDate } from './dates.js';
import { ImportError } from './errors.js';
import { IMPORT_OPTIONS } from './options.js';
import type { ImportRules } from './rules.js';

export interface Removed {
  /** The leftover rule, or why the text went: "caption printed again". */
  rule: string;
  text: string;
  /** For a rule that drops the rest of the page: how many paragraphs went with it. */
  following?: number;
}

export interface CleanParagraph {
  kind: 'body' | 'caption' | 'link';
  text: string;
}

export interface CleanArticle {
  /** The headline, when the page has one. */
  title?: string;
  paragraphs: CleanParagraph[];
  removed: Removed[];
  /** The date a leftover carried ("date 2026-03-10"). */
  leftoverDate?: string;
}

export const CAPTION_REPEATED = 'caption printed again';
export const NO_WORDS = 'no words';

const hasLetters = (text: string) => /\p{L}/u.test(text);

/** Paragraphs are separated by blank lines; a text without any has one paragraph a line. */
function blocks(text: string): string[] {
  const parts = /\n[^\S\n]*\n/.test(text) ? text.split(/\n[^\S\n]*\n\s*/) : text.split('\n');
  return parts.map((p) => p.replace(/[^\S\n]*\n[^\S\n]*/g, ' ').replace(/[ \t]+/g, ' ').trim()).filter((p) => p !== '');
}

export function cleanArticle(text: string, name: string, rules: ImportRules): CleanArticle {
  const removed: Removed[] = [];
  const kept: string[] = [];
  // (Links to other articles: kept, after the article's own paragraphs, so that they never shift its numbering.)
  const links: string[] = [];
  let leftoverDate: string | undefined;
  const all = blocks(text);
  scan: for (let b = 0; b < all.length; b++) {
    let block = all[b] as string;
    for (const rule of rules.leftovers) {
      const match = rule.pattern.exec(block);
      if (!match) continue;
      if (rule.remove === 'rest') {
        removed.push({ rule: rule.name, text: block, following: all.slice(b + 1).length });
        break scan;
      }
      if (rule.remove === 'link') {
        if (!links.includes(block)) links.push(block);
        continue scan;
      }
      if (rule.remove === 'paragraph') {
        removed.push({ rule: rule.name, text: block });
        continue scan;
      }
      const date = match.groups?.['date'];
      if (date && isIsoDate(date)) leftoverDate ??= date;
      removed.push({ rule: rule.name, text: match[0].trim() });
      block = (block.slice(0, match.index) + block.slice(match.index + match[0].length)).trim();
      if (block === '') continue scan;
    }
    if (hasLetters(block)) kept.push(block);
    else removed.push({ rule: NO_WORDS, text: block });
  }

  const count = (p: string) => kept.filter((k) => k === p).length;
  const first = kept[0];
  const isTitle =
    first !== undefined &&
    kept.length > 1 &&
    count(first) === 1 &&
    first.split(/\s+/).length <= IMPORT_OPTIONS.titleMaxWords &&
    !/[.!…:;,]$/.test(first);
  const body = isTitle ? kept.slice(1) : kept;

  const paragraphs: CleanParagraph[] = [];
  const placed = new Set<string>();
  for (const p of body) {
    if (placed.has(p)) {
      removed.push({ rule: CAPTION_REPEATED, text: p });
      continue;
    }
    placed.add(p);
    paragraphs.push({ kind: count(p) > 1 ? 'caption' : 'body', text: p });
  }
  for (const link of links) paragraphs.push({ kind: 'link', text: link });
  if (paragraphs.every((p) => p.kind === 'link')) {
    throw new ImportError(
      `${name} has no paragraphs once its web-page leftovers are removed`,
      `check that the file holds the article's text, paragraphs separated by blank lines (the leftover rules are in knowledge/language/import.yaml)`,
    );
  }
  return { ...(isTitle ? { title: first } : {}), paragraphs, removed, ...(leftoverDate ? { leftoverDate } : {}) };
}
