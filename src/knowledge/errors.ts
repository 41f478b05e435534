// A knowledge problem names the file, the entry and the fix, so that the
// operator can mend knowledge/ without reading code.
export interface KnowledgeProblem {
  file: string;
  entry: string;
  problem: string;
  fix: string;
}

export class KnowledgeError extends Error {
  readonly problems: KnowledgeProblem[];

  constructor(problems: KnowledgeProblem[]) {
    super(formatProblems(problems));
    this.name = 'KnowledgeError';
    this.problems = problems;
  }
}

export function formatProblems(problems: KnowledgeProblem[]): string {
  const shown = problems.slice(0, 20).map((p) => `  ${p.file} › ${p.entry}: ${p.problem}\n    fix: ${p.fix}`);
  const more = problems.length > 20 ? `\n  … and ${problems.length - 20} more` : '';
  return `The knowledge base is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${shown.join('\n')}${more}`;
}
