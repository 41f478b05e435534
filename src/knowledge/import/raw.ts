// A raw article as saved from a news page: bytes that must be UTF-8 text.
import { ImportError } from './errors.js';
import { IMPORT_OPTIONS } from './options.js';

/** The text of a raw article, line endings made "\n"; an ImportError says why there is none. */
export function decodeRaw(bytes: Uint8Array, name: string): string {
  if (bytes.length > IMPORT_OPTIONS.maxRawBytes) {
    throw new ImportError(`${name} is ${(bytes.length / 1_000_000).toFixed(1)} MB, too large to be one article`, 'save the text of one article in a .txt file');
  }
  if (bytes.includes(0)) {
    throw new ImportError(`${name} is not text (it holds binary data: an image, a PDF, a word-processor file?)`, "open the article's page, copy its text and save it as a plain .txt file");
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(`${name} is not UTF-8 text`, 'save it again as UTF-8 (in most editors: Save as… › Encoding › UTF-8)');
  }
  text = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  // Control characters other than tabs and line breaks do not occur in copied text.
  const control = text.match(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (control > 0 && control * 100 > text.length) {
    throw new ImportError(`${name} is not text (${control} control characters)`, "open the article's page, copy its text and save it as a plain .txt file");
  }
  if (text.trim() === '') throw new ImportError(`${name} is empty`, "copy the article's text from its page into the file");
  return text;
}
