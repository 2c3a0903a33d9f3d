/**
 * CSV files: a spreadsheet the user kept or another tool's export. Papa Parse handles the
 * delimiter (comma, semicolon, tab), quoting and newlines inside quotes; this module finds
 * the header, maps the columns and turns each record into a raw row with its line number.
 */
import Papa from 'papaparse';
import type { RawRow } from './classify';
import {
  COLUMN_FIELDS,
  emptyMapping,
  hasOutcomeColumns,
  keepReadableOutcomeColumns,
  mapByHeader,
  mapByValues,
} from './csvColumns';
import { looksLikeDate } from './dateText';
import { ParseError } from './errors';
import { checkLimit, MAX_COLUMNS } from './limits';
import { OUTCOME_FIELDS, type OutcomeCells, type OutcomeNames } from './outcomeRow';
import type { ColumnMapping, CsvInfo, ParseOptions, ParseProblem } from './types';
import { looksLikeAmount } from './values';

export interface Records {
  /** Each non-empty record with the 1-based line it starts on. */
  records: { line: number; cells: string[] }[];
  delimiter: string;
  problems: ParseProblem[];
}

const BREAK = /\r\n|\r|\n/g;

function countBreaks(cell: string): number {
  if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) return 0;
  return cell.match(BREAK)?.length ?? 0;
}

function tooManyColumns(line: number, columns: number): ParseError {
  const count = (n: number): string => n.toLocaleString('en-US');
  return new ParseError(
    `line ${line} has ${count(columns)} columns: at most ${count(MAX_COLUMNS)}, so this is not a history`,
  );
}

/**
 * Parses delimited text into records, each with the line it starts on. A file with more than
 * MAX_COLUMNS columns is refused: its first row is read on its own first, so a 200,000-column
 * file is refused before the rest of it is split into cells.
 */
export function readRecords(text: string, delimiter?: string): Records {
  const config = { delimiter: delimiter ?? '', delimitersToGuess: [',', ';', '\t'] };
  const head = Papa.parse<string[]>(text, { ...config, preview: 1 });
  const firstWidth = head.data[0]?.length ?? 0;
  if (firstWidth > MAX_COLUMNS) throw tooManyColumns(1, firstWidth);
  const result = Papa.parse<string[]>(text, { ...config, skipEmptyLines: false });
  const records: Records['records'] = [];
  const problems: ParseProblem[] = [];
  const lineOfRow: number[] = new Array<number>(result.data.length);
  let line = 1;
  for (let i = 0; i < result.data.length; i += 1) {
    const cells = result.data[i] as string[];
    if (cells.length > MAX_COLUMNS) throw tooManyColumns(line, cells.length);
    lineOfRow[i] = line;
    let breaks = 1;
    let blank = true;
    for (const cell of cells) {
      breaks += countBreaks(cell);
      if (blank && cell.trim() !== '') blank = false;
    }
    if (!blank) records.push({ line, cells });
    line += breaks;
  }
  for (const error of result.errors) {
    if (error.code === 'UndetectableDelimiter') continue; // one column: the mapping will say
    const at = error.row === undefined ? 1 : (lineOfRow[error.row] ?? line);
    const message =
      error.code === 'MissingQuotes'
        ? 'a quoted cell is not closed: the rest of the file is read as that one cell'
        : `the CSV is malformed here (${error.message})`;
    problems.push({ line: at, message });
  }
  return { records, delimiter: result.meta.delimiter, problems };
}

/** A first row is a header when none of its cells is a date or a number. */
function isHeader(cells: readonly string[]): boolean {
  return (
    cells.every((c) => !looksLikeDate(c) && !looksLikeAmount(c)) &&
    cells.some((c) => c.trim() !== '')
  );
}

/** How many header names a message lists; a wide file's message says how many more. */
const NAMED = 12;

const describe = (header: readonly string[]): string => {
  if (header.length === 0) return 'no columns';
  const named = header.slice(0, NAMED).map((h) => `"${h}"`);
  if (header.length > NAMED) named.push(`and ${header.length - NAMED} more`);
  return `columns: ${named.join(', ')}`;
};

export interface CsvRead {
  rows: RawRow[];
  problems: ParseProblem[];
  info: CsvInfo;
  /**
   * A file of outcomes (outcomes.md §6): dates, details (or refs) and outcome columns but no
   * Connects. Its rows update proposals already stored and add no entry.
   */
  outcomesOnly: boolean;
  /** The outcome columns' names in this file, for messages. */
  outcomeNames: OutcomeNames;
}

export function readCsv(text: string, options: ParseOptions = {}): CsvRead {
  const { records, delimiter, problems } = readRecords(text, options.delimiter);
  const first = records[0];
  const hasHeader = options.hasHeader ?? (first !== undefined && isHeader(first.cells));
  const header = hasHeader && first ? first.cells.map((c) => c.trim()) : [];
  header.forEach((name, i) => {
    const problem = checkLimit(`column ${i + 1} of the header`, 'headerCell', name);
    if (problem !== null) throw new ParseError(problem);
  });
  const data = hasHeader ? records.slice(1) : records;
  const columns: ColumnMapping = hasHeader ? mapByHeader(header) : emptyMapping();
  const cellRows = data.map((r) => r.cells);
  keepReadableOutcomeColumns(cellRows, columns);
  mapByValues(cellRows, columns);
  const width = Math.max(header.length, ...data.slice(0, 100).map((r) => r.cells.length));
  for (const field of COLUMN_FIELDS) {
    const chosen = options.columns?.[field];
    if (chosen === undefined) continue;
    if (chosen !== null && (!Number.isInteger(chosen) || chosen < 0 || chosen >= width)) {
      throw new ParseError(
        `column ${chosen} for ${field} does not exist (${describe(header)})`,
        field,
      );
    }
    columns[field] = chosen;
  }
  if (columns.date === null) {
    throw new ParseError(`the CSV has no date column (${describe(header)})`, 'date');
  }
  const withOutcomes = hasOutcomeColumns(columns);
  const outcomesOnly =
    columns.connects === null && withOutcomes && (columns.details !== null || columns.ref !== null);
  if (columns.connects === null && !outcomesOnly) {
    throw new ParseError(`the CSV has no Connects amount column (${describe(header)})`, 'connects');
  }
  const cell = (cells: readonly string[], field: keyof ColumnMapping): string | undefined => {
    const c = columns[field];
    return c === null ? undefined : (cells[c] ?? '');
  };
  const outcomeFields = OUTCOME_FIELDS.filter((f) => columns[f] !== null);
  const outcomeNames: OutcomeNames = {};
  for (const f of outcomeFields) {
    const name = header[columns[f] as number];
    if (name) outcomeNames[f] = name;
  }
  // A sheet of proposals (outcome columns, no action column): every row is a proposal. Its
  // details are job titles, which the action table would misread ("Monthly SEO report").
  const asProposal = withOutcomes && columns.action === null;
  const rows: RawRow[] = data.map(({ line, cells }) => {
    const row: RawRow = {
      line,
      cells,
      delimiter,
      date: cell(cells, 'date') ?? '',
      action: cell(cells, 'action') ?? '',
      details: cell(cells, 'details') ?? '',
      amount: cell(cells, 'connects') ?? '',
      usd: cell(cells, 'usd'),
      ref: cell(cells, 'ref'),
      balance: cell(cells, 'balance'),
    };
    if (outcomeFields.length > 0) {
      const outcome: OutcomeCells = {};
      for (const f of outcomeFields) outcome[f] = cell(cells, f);
      row.outcome = outcome;
      row.outcomeNames = outcomeNames;
    }
    if (asProposal) row.asProposal = true;
    return row;
  });
  return {
    rows,
    problems,
    info: { delimiter, hasHeader, header, columns },
    outcomesOnly,
    outcomeNames,
  };
}
