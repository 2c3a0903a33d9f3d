/**
 * Whole-file failures: a file the importer cannot read at all (not text, empty, too big, a
 * CSV without the columns a ledger needs). Row-level trouble is a `ParseProblem` instead,
 * so one bad row never costs the user the rest of the file.
 */
import { MAX_LINE_CHARS } from './limits';

export class ParseError extends Error {
  /** The field's path (`entries[3].connects`) or column, when the failure is about one. */
  readonly field: string | undefined;

  constructor(message: string, field?: string) {
    super(message);
    this.name = 'ParseError';
    this.field = field;
  }
}

/** Larger files are refused before reading: 50 MB is years of history many times over. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

const megabytes = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Throws when a file of this many bytes is over the limit. */
export function checkImportSize(byteLength: number): void {
  if (byteLength > MAX_IMPORT_BYTES) {
    throw new ParseError(
      `the file is too big (${megabytes(byteLength)}; the limit is ${megabytes(MAX_IMPORT_BYTES)})`,
    );
  }
}

/** Magic numbers of files people drop by mistake, as the first bytes. */
const SIGNATURES: readonly { bytes: readonly number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a zip archive or an Excel/OpenDocument spreadsheet' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty zip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel (.xls) spreadsheet' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
];

/** How far to look for NUL bytes: text never has them, binaries have them early. */
const SNIFF_LENGTH = 8192;

/** Throws when the bytes are not text: a known binary signature, or NUL bytes. */
export function checkBytes(bytes: Uint8Array): void {
  for (const { bytes: sig, what } of SIGNATURES) {
    if (sig.every((b, i) => bytes[i] === b)) {
      throw new ParseError(`this is ${what}, not text: copy the history page or save it as CSV`);
    }
  }
  const end = Math.min(bytes.length, SNIFF_LENGTH);
  for (let i = 0; i < end; i += 1) {
    if (bytes[i] === 0) throw notText(i);
  }
}

function notText(offset: number): ParseError {
  return new ParseError(`the file is not text (a NUL byte at offset ${offset})`);
}

/** The same check on text already decoded (a binary read as UTF-8 or Latin-1). */
export function checkText(text: string): void {
  const head = text.slice(0, SNIFF_LENGTH);
  for (const { bytes: sig, what } of SIGNATURES) {
    const matches = sig.every((b, i) => {
      const code = head.charCodeAt(i);
      // Read as UTF-8, a byte over 0x7f that starts no character becomes U+FFFD.
      return code === b || (b > 0x7f && code === 0xfffd);
    });
    if (matches) {
      throw new ParseError(`this is ${what}, not text: copy the history page or save it as CSV`);
    }
  }
  if (head.charCodeAt(0) === 0xfffd) {
    throw new ParseError('the file is not text (it starts with bytes that are no UTF-8 character)');
  }
  const nul = head.indexOf('\u0000');
  if (nul >= 0) throw notText(nul);
}

/**
 * Throws when a line is longer than any history's (MAX_LINE_CHARS): such a file is not a
 * history, and refusing it here spares the parsers a 50 MB "row". Linear: one scan for breaks.
 */
export function checkLineLengths(text: string): void {
  let line = 1;
  for (let start = 0; start <= text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end - start > MAX_LINE_CHARS) {
      // A carriage return alone ends a line too (old Mac files).
      let from = start;
      for (let cr = text.indexOf('\r', from); ; cr = text.indexOf('\r', from)) {
        const to = cr < 0 || cr >= end ? end : cr;
        if (to - from > MAX_LINE_CHARS) throw longLine(line);
        if (to === end) break;
        from = to + 1;
        line += 1;
      }
    }
    start = end + 1;
    line += 1;
  }
}

function longLine(line: number): ParseError {
  return new ParseError(
    `line ${line} is too long: at most ${MAX_LINE_CHARS.toLocaleString('en-US')} characters (1 MB) per line, so this is not a history`,
  );
}
