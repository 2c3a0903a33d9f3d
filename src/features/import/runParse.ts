/**
 * The parse pipeline, shared by the Web Worker and the main-thread fallback: read the file in
 * chunks (refusing an oversized or binary one before decoding it), then parse the text.
 */
import { readRecords } from '../../import/csv';
import { mapByHeader } from '../../import/csvColumns';
import { checkBytes, checkImportSize, ParseError } from '../../import/errors';
import { parseHistory } from '../../import/parseHistory';
import type { ColumnMapping, ParseOptions, ParseResult } from '../../import/types';

export type ParseSource = { kind: 'text'; text: string } | { kind: 'file'; file: Blob };

/** A CSV whose columns could not be mapped: enough to let the user map them by hand. */
export interface CsvColumnsNeeded {
  header: string[];
  columns: ColumnMapping;
}

export interface ParseFailure {
  message: string;
  csv?: CsvColumnsNeeded;
}

export type ParseOutcome = { ok: true; result: ParseResult } | { ok: false; failure: ParseFailure };

/** Percent done (0–100) and what is happening, for the progress bar. */
export type ProgressFn = (percent: number, stage: string) => void;

/** Reading shares the bar with parsing: most of the wait for a large file is the parse. */
const READ_SHARE = 40;
const CHUNK = 4 * 1024 * 1024;

async function readFileText(file: Blob, progress: ProgressFn): Promise<string> {
  // Checked before a single byte is read: a 2 GB video dropped by mistake costs nothing.
  checkImportSize(file.size);
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  for (let offset = 0; offset < file.size; offset += CHUNK) {
    const bytes = new Uint8Array(await file.slice(offset, offset + CHUNK).arrayBuffer());
    if (offset === 0) checkBytes(bytes);
    parts.push(decoder.decode(bytes, { stream: true }));
    progress(
      Math.round((READ_SHARE * Math.min(file.size, offset + CHUNK)) / file.size),
      'Reading the file',
    );
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Column failures (`field` names the missing column): the header, so the user can map it. */
function columnsNeeded(text: string, options: ParseOptions): CsvColumnsNeeded | undefined {
  try {
    const { records } = readRecords(text, options.delimiter);
    const header = (records[0]?.cells ?? []).map((c) => c.trim());
    if (header.length === 0) return undefined;
    return { header, columns: { ...mapByHeader(header), ...options.columns } };
  } catch {
    return undefined;
  }
}

export async function runParse(
  source: ParseSource,
  options: ParseOptions,
  progress: ProgressFn,
): Promise<ParseOutcome> {
  let text = '';
  try {
    text = source.kind === 'text' ? source.text : await readFileText(source.file, progress);
    progress(READ_SHARE + 5, 'Reading the rows');
    const result = parseHistory(text, options);
    progress(100, 'Done');
    return { ok: true, result };
  } catch (error) {
    if (error instanceof ParseError) {
      const field = error.field;
      const csv =
        field === 'date' || field === 'connects' || field === 'action' || field === 'details'
          ? columnsNeeded(text, options)
          : undefined;
      return {
        ok: false,
        failure: csv ? { message: error.message, csv } : { message: error.message },
      };
    }
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, failure: { message: `the file could not be read (${detail})` } };
  }
}
