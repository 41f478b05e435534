// The knowledge file an import writes: the article's fields in the format of
// knowledge/articles/, with comments where the curator has work left. The
// same draft always gives the same bytes, so a second import can tell it is
// a repeat.
import { basename } from 'node:path';
import { dump } from 'js-yaml';
import { CAPTION_REPEATED, NO_WORDS } from './clean.js';
import type { Draft } from './draft.js';

const yaml = (value: unknown, flowLevel = -1) => dump(value, { lineWidth: -1, forceQuotes: true, quoteStyle: 'double', flowLevel });
const field = (key: string, value: unknown) => yaml({ [key]: value });
const comment = (...lines: string[]) => lines.map((l) => `# ${l}\n`).join('');

export function articleFileText(draft: Draft, rawFile: string): string {
  const leftovers = [...new Set(draft.clean.removed.filter((r) => r.rule !== NO_WORDS).map((r) => r.rule))];
  const out: string[] = [
    comment(
      `Imported with \`npm run kb:import\` from ${basename(rawFile)}.`,
      leftovers.length > 0 ? `Left out as web-page leftovers: ${leftovers.map((r) => (r === CAPTION_REPEATED ? 'the second copy of the caption' : r)).join(', ')}.` : 'No web-page leftovers were found.',
      'Its facts are curated by hand: `npm run kb:check` says what is still missing.',
    ),
    field('id', draft.id),
    field('date', draft.date),
  ];
  if (draft.clean.title !== undefined) {
    out.push(field('title', draft.clean.title), field('title_editorial', false));
  } else {
    out.push(
      comment('The page has no headline: write one, in the language of the article.', 'title_editorial: true tells readers the title is ours.', 'title: ""'),
      field('title_editorial', true),
    );
  }
  if (draft.communique) {
    out.push(
      comment(
        `The organisation whose communiqué the article cites: "${draft.communique.issuer}"${draft.communique.known ? '.' : ','}`,
        ...(draft.communique.known ? [] : [`not yet in knowledge/entities/: add it with this id, or point this at the right one.`]),
      ),
      field('communique', draft.communique.id),
    );
  } else {
    out.push(comment('The importer found no communiqué named in the text: write the id of the organisation', 'whose statement the article relies on (an organisation of knowledge/entities/).', 'communique: ""'));
  }
  out.push(
    comment('The facts that sum the article up, most important first. Write them in knowledge/facts/', '(the import printed candidate sentences with their exact quotes), then list their ids here.'),
    yaml({ summary: draft.summary }, 1),
    field(
      'paragraphs',
      draft.clean.paragraphs.map((p) => (p.kind === 'body' ? { text: p.text } : { kind: p.kind, text: p.text })),
    ),
  );
  return out.join('');
}
