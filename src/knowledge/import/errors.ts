// Why an article was not imported, and what to do about it: the importer
// writes nothing when it raises one.
export class ImportError extends Error {
  constructor(
    readonly problem: string,
    readonly fix: string,
  ) {
    super(`${problem}\n  fix: ${fix}`);
    this.name = 'ImportError';
  }
}
