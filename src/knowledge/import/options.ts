// The importer's limits, in one place.
export const IMPORT_OPTIONS = {
  /** Larger than any news article: a file this big is something else. */
  maxRawBytes: 1_000_000,
  /** A first line longer than this is the start of the text, not a headline. */
  titleMaxWords: 30,
};
