/**
 * `parseHistory(text)`: any of the history formats to the preview's data (ParseResult).
 * Whole-file failures throw ParseError; a row that cannot be read is a problem and the rest
 * of the file is still read.
 */
import { parseAppCsv } from './appCsv';
import { assemble } from './assemble';
import { findStartingBalance, inferAccount } from './balance';
import { classify, type RawRow, type Row } from './classify';
import { readCopiedBlocks, readCopiedRows } from './copied';
import { readCsv, type CsvRead } from './csv';
import { DateReader } from './dateText';
import { detectFormat } from './detect';
import { checkLineLengths, checkText, MAX_IMPORT_BYTES, ParseError } from './errors';
import { readOutcomeRows } from './outcomesFile';
import type { CsvInfo, ParseOptions, ParseProblem, ParseResult } from './types';

const byLine = (a: ParseProblem, b: ParseProblem): number => a.line - b.line;

function checkOptions(options: ParseOptions): void {
  const { cycleDay } = options;
  if (cycleDay !== undefined && !(Number.isInteger(cycleDay) && cycleDay >= 1 && cycleDay <= 31)) {
    throw new ParseError(`cycle day ${cycleDay} is not a day of the month (1–31)`, 'cycleDay');
  }
}

export function parseHistory(text: string, options: ParseOptions = {}): ParseResult {
  checkOptions(options);
  // A string has at most as many characters as its UTF-8 bytes: longer is surely too big.
  if (text.length > MAX_IMPORT_BYTES) {
    throw new ParseError(`the text is too long (over ${MAX_IMPORT_BYTES / (1024 * 1024)} MB)`);
  }
  checkText(text);
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new ParseError('the file is empty');
  checkLineLengths(body);
  const format = options.format ?? detectFormat(body);

  if (format === 'app-csv') {
    const { events, problems } = parseAppCsv(body);
    const account = inferAccount(events[0]?.date ?? null, [], options);
    return {
      format,
      events,
      platformRows: [],
      reportedBalance: null,
      startingBalance: null,
      problems: problems.sort(byLine),
      warnings: [],
      account,
      dateOrder: { detected: events.length > 0 ? 'ymd' : null, ambiguous: false, used: 'ymd' },
      newestFirst: false,
      csv: null,
    };
  }

  let raw: RawRow[];
  let problems: ParseProblem[];
  let reportedBalance: number | null = null;
  let csv: CsvInfo | null = null;
  if (format === 'csv' || format === 'outcomes') {
    // Told it is an outcomes file: a Connects column, if any, is not read.
    const read = readCsv(
      body,
      format === 'outcomes'
        ? { ...options, columns: { ...options.columns, connects: null } }
        : options,
    );
    if (read.outcomesOnly) return outcomesFile(read, options);
    ({ rows: raw, problems } = read);
    csv = read.info;
  } else {
    const read = format === 'copied-rows' ? readCopiedRows(body) : readCopiedBlocks(body);
    ({ rows: raw, problems, reportedBalance } = read);
  }

  const dates = new DateReader(
    raw.map((r) => r.date.trim()),
    options.dateOrder,
  );
  const rows: Row[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const result = classify(raw[i] as RawRow, i, dates);
    if (result.ok) rows.push(result.row);
    else problems.push(result.problem);
  }
  const assembled = assemble(rows);
  reportedBalance ??= assembled.lastBalance;

  // Both lists are in time order: their ends are the file's first and last dates.
  const { events, platformRows } = assembled;
  const ends = [events[0], events.at(-1), platformRows[0], platformRows.at(-1)]
    .map((x) => x?.date)
    .filter((d): d is string => d !== undefined)
    .sort();
  const firstDate = ends[0] ?? null;
  const lastDate = ends.at(-1) ?? null;
  const account = inferAccount(firstDate, assembled.platformRows, options);
  const startingBalance =
    account === null || reportedBalance === null || lastDate === null
      ? null
      : findStartingBalance(account, assembled.events, reportedBalance, lastDate);
  if (account && reportedBalance !== null && startingBalance === null) {
    // Line 0: about the whole file. Usually a window that starts after the cycle's grant and
    // spending the file does not show; the preview offers a correction instead.
    assembled.warnings.push({
      line: 0,
      message: `no starting balance on ${account.start} makes the rules end at the reported ${reportedBalance} Connects`,
    });
  }

  return {
    format,
    events: assembled.events,
    platformRows: assembled.platformRows,
    reportedBalance,
    startingBalance,
    problems: problems.sort(byLine),
    warnings: assembled.warnings.sort(byLine),
    account,
    dateOrder: dates.info,
    newestFirst: assembled.newestFirst,
    csv,
  };
}

/** An outcomes file (outcomes.md §6): no events, its rows for matching to stored proposals. */
function outcomesFile(read: CsvRead, options: ParseOptions): ParseResult {
  const dates = new DateReader(
    read.rows.map((r) => r.date.trim()),
    options.dateOrder,
  );
  const { rows, problems, notProposals } = readOutcomeRows(read.rows, dates);
  const warnings: ParseProblem[] =
    notProposals === 0
      ? []
      : [
          {
            line: 0,
            message: `${notProposals} ${notProposals === 1 ? 'row is' : 'rows are'} about something other than a proposal (a boost, a refund, a purchase…) and left out`,
          },
        ];
  let newest = 0;
  let oldest = 0;
  for (let i = 1; i < rows.length; i += 1) {
    const a = (rows[i - 1] as { date: string }).date;
    const b = (rows[i] as { date: string }).date;
    if (b < a) newest += 1;
    else if (b > a) oldest += 1;
  }
  return {
    format: 'outcomes',
    events: [],
    platformRows: [],
    reportedBalance: null,
    startingBalance: null,
    problems: [...read.problems, ...problems].sort(byLine),
    warnings,
    account: null,
    dateOrder: dates.info,
    newestFirst: newest >= oldest,
    csv: read.info,
    outcomeRows: rows,
  };
}
