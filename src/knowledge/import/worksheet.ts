// The curator's worksheet printed after an import: what was read, the names
// the knowledge does not know yet, the sentences worth a fact with their
// exact quotes, what is left to do, and the kb:check result.
import { dump } from 'js-yaml';
import { CAPTION_REPEATED } from './clean.js';
import type { ImportReport } from './import.js';

const STATUS: Record<ImportReport['status'], string> = {
  written: 'written',
  replaced: 'replaced (--force)',
  unchanged: 'unchanged: this import was already there',
};

const ID_FROM = {
  option: 'given with --id',
  city: 'the first city the article names, and its date (--id to choose another)',
  title: 'the first words of its title, and its date (--id to choose another)',
  file: "the raw file's name, and its date (--id to choose another)",
} as const;

const quoteYaml = (text: string) => dump(text, { lineWidth: -1, forceQuotes: true, quoteStyle: 'double' }).trimEnd();

function section(title: string, lines: string[]): string {
  return `\n${title}\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
}

function removedLine(rule: string, text: string, following?: number): string {
  const label = rule === CAPTION_REPEATED ? 'caption printed twice: kept once, as a caption' : rule;
  const clipped = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return `${label}: "${clipped}"${following ? ` and the ${following} paragraph${following === 1 ? '' : 's'} after it` : ''}`;
}

export function worksheet(report: ImportReport): string {
  const { draft } = report;
  const { clean } = draft;
  const out: string[] = [`kb:import: ${report.raw} → ${report.file} (${STATUS[report.status]})\n`];

  const dateNote = {
    option: `given with --date${
      clean.leftoverDate && clean.leftoverDate !== draft.date
        ? `; the page printed ${clean.leftoverDate}`
        : draft.textDate && draft.textDate.iso !== draft.date
          ? `; the text gives ${draft.textDate.iso} ("${draft.textDate.text}", ¶${draft.textDate.paragraph})`
          : ''
    }`,
    leftover: 'from the date the page printed before the text',
    text: `the first date in the text: "${draft.textDate?.text}" (¶${draft.textDate?.paragraph}); if it is not the publication date, pass --date`,
  }[draft.dateFrom];
  const captions = clean.paragraphs.filter((p) => p.kind === 'caption').length;
  const links = clean.paragraphs.filter((p) => p.kind === 'link').length;
  const kinds = [captions ? `${captions} caption${captions === 1 ? '' : 's'}` : '', links ? `${links} link${links === 1 ? '' : 's'} to other articles, kept last` : ''].filter(Boolean);
  out.push(
    section('The article', [
      `id          ${draft.id} — ${ID_FROM[draft.idFrom]}`,
      `date        ${draft.date} — ${dateNote}`,
      `title       ${clean.title ?? '(none on the page: write one; it is marked as ours with title_editorial: true)'}`,
      `communiqué  ${
        draft.communique
          ? `${draft.communique.id} — "${draft.communique.issuer}" (¶${draft.communique.paragraph})${draft.communique.known ? '' : ', not yet in the knowledge'}`
          : '(no communiqué named in the text)'
      }`,
      `paragraphs  ${clean.paragraphs.length}${kinds.length ? ` (${kinds.join('; ')})` : ''}`,
      ...clean.removed.map((r, i) => `${i === 0 ? 'left out   ' : '           '} ${removedLine(r.rule, r.text, r.following)}`),
    ]),
  );

  const unknown = draft.names.filter((n) => !n.known);
  out.push(
    section(
      'Names the knowledge does not know yet — add them to knowledge/entities/ (the kind is a guess)',
      unknown.length === 0
        ? ['(none: every name in the article is already in the knowledge)']
        : unknown.flatMap((n, i) => {
            const line = `${n.kind.padEnd(13)}${n.name}${n.acronym ? ` (${n.acronym})` : ''}`;
            // Names that first appear in the same sentence share one copy of it.
            const next = unknown[i + 1];
            return next?.sentence === n.sentence && next.paragraph === n.paragraph ? [line] : [line, `  first in ¶${n.paragraph}: ${n.sentence}`];
          }),
    ),
  );

  out.push(
    section(
      'Candidate facts — sentences that say who met whom, when, where, why… Each quote is exact:\n  paste it (or a part of it, within the sentence) under a fact\'s evidence.',
      draft.candidates.length === 0
        ? ['(no sentence matched the cues of knowledge/language/import.yaml)']
        : draft.candidates.flatMap((c) => [`¶${c.paragraph} ${c.slots.join(', ')}`, `  - article: ${draft.id}`, `    quote: ${quoteYaml(c.quote)}`]),
    ),
  );

  const todo: string[] = [];
  if (clean.title === undefined) todo.push(`Write a title in ${report.file} (the page has none).`);
  if (draft.communique && !draft.communique.known) todo.push(`Add the organisation "${draft.communique.issuer}" to knowledge/entities/ with id ${draft.communique.id} (or change communique).`);
  if (!draft.communique) todo.push(`Set communique in ${report.file} to the organisation the article relies on.`);
  if (unknown.length > 0) todo.push(`Add the ${unknown.length} unknown name${unknown.length === 1 ? '' : 's'} above to knowledge/entities/ (people, organisations, places), and a meeting for each meeting the article reports.`);
  todo.push(
    'Write the facts in knowledge/facts/ from the candidate quotes: who, when and where for each meeting, and a "source" fact quoting the article\'s attribution.',
    `List the facts that sum the article up in its summary (now ${draft.summary.join(', ')}, a placeholder).`,
    'Run `npm run kb:check` until it passes, ask a few questions (`npm run ask -- "…"`), then `npm test`.',
  );
  out.push(section('Still to do', todo.map((t, i) => `${i + 1}. ${t}`)));

  out.push(section('kb:check', (report.check.ok ? report.check.lines : report.check.message.split('\n')).map((l) => l)));
  return out.join('');
}
