// How replies are laid out, with their defaults in one place.

export interface RenderOptions {
  /** Reply visible to its user only (interactions only). */
  ephemeral: boolean;
  /** A quote longer than this is cut in its field; the "Full passage" button shows it whole. */
  maxQuoteChars: number;
  /** Article titles are cut to this in citation headings, so more citations fit the 6000-character budget. */
  maxTitleInField: number;
  /** The answer keeps at least this much text (or all of it) before citations start giving way. */
  minAnswerChars: number;
  /** "Full passage" buttons, one per cited paragraph; the row's last slot is for "Sources". */
  maxPassageButtons: number;
  maxSuggestionButtons: number;
  /** /meetings shows this many meetings a page (a meeting is three lines and up to four quotes: a page of them fits one embed). */
  meetingsPerPage: number;
  /** A checked claim is quoted up to this long; its verdict line always shows (see check.ts). */
  maxClaimChars: number;
  /** The element of a mixed claim (a place, a date) quoted on its sub-line, up to this long. */
  maxPartChars: number;
  /** What a check report says of what it set aside or left unchecked, cut to this. */
  maxNotesChars: number;
}

export const DEFAULT_RENDER_OPTIONS: RenderOptions = {
  ephemeral: false,
  maxQuoteChars: 300,
  maxTitleInField: 80,
  minAnswerChars: 1500,
  maxPassageButtons: 4,
  maxSuggestionButtons: 5,
  meetingsPerPage: 3,
  maxClaimChars: 300,
  maxPartChars: 100,
  maxNotesChars: 600,
};

export const COLOURS = { answer: 0x3ba55c, declined: 0xfaa61a, info: 0x5865f2, contradicted: 0xed4245 } as const;
