/**
 * Text copied from the platform's Connects History page, in either shape a browser gives:
 * one row per line with tab-separated cells, or one cell per line. The page's own lines
 * ("Connects History", "My balance", "108 Connects", the column header) come first.
 */
import type { RawRow } from './classify';
import { looksLikeDate } from './dateText';
import { ParseError } from './errors';
import { MAX_COLUMNS, numberProblem } from './limits';
import type { ParseProblem } from './types';
import { looksLikeAmount } from './values';

export interface CopiedRead {
  rows: RawRow[];
  problems: ParseProblem[];
  reportedBalance: number | null;
}

type CellField = 'date' | 'action' | 'details' | 'amount';

const HEADER_WORDS: ReadonlyMap<string, CellField> = new Map([
  ['date', 'date'],
  ['action', 'action'],
  ['details', 'details'],
  ['description', 'details'],
  ['connects', 'amount'],
  ['amount', 'amount'],
]);
const TITLE = /^connects history$/i;
const BALANCE_LABEL = /^(?:my balance\b\s*:?|balance\s*:)\s*(.*)$/i;
const BALANCE_VALUE = /^(\d{1,3}(?:,\d{3})+|\d+)\s*(?:connects?)?$/i;

export const LINE_BREAK = /\r\n|\n|\r/;

/** Whether a line is the page's title or balance label: a sign of copied page text. */
export function isPageLine(line: string): boolean {
  const text = line.trim();
  return TITLE.test(text) || /^my balance\b/i.test(text);
}

function readBalance(text: string): number | null {
  const match = BALANCE_VALUE.exec(text.trim());
  return match ? Number((match[1] ?? '').replace(/,/g, '')) : null;
}

/** The balance, or null with a problem when it is over what any account holds (limits.ts). */
function believable(
  value: number,
  index: number,
  text: string,
  problems: ParseProblem[],
): number | null {
  const problem = numberProblem('balance', value);
  if (problem === null) return value;
  problems.push({ line: index + 1, message: `My balance: ${problem}`, text });
  return null;
}

/** The column order a header line gives, or null when the line is not the header. */
function headerOrder(cells: readonly string[]): CellField[] | null {
  const fields = cells.map((cell) => HEADER_WORDS.get(cell.trim().toLowerCase()));
  if (fields.length < 3 || fields.some((f) => f === undefined)) return null;
  return fields as CellField[];
}

interface Page {
  /** Index of the first line after the page's own lines. */
  body: number;
  reportedBalance: number | null;
  order: CellField[] | null;
  problems: ParseProblem[];
}

/** Reads the page's own lines at the top; stops at the first line that is none of them. */
function readPage(lines: readonly string[]): Page {
  const page: Page = { body: 0, reportedBalance: null, order: null, problems: [] };
  let wantBalance = -1;
  let i = 0;
  for (; i < lines.length; i += 1) {
    const text = (lines[i] as string).trim();
    if (text === '' || TITLE.test(text)) continue;
    if (wantBalance >= 0 && page.reportedBalance === null) {
      const value = readBalance(text);
      if (value !== null) {
        page.reportedBalance = believable(value, i, text, page.problems);
        wantBalance = -1;
        continue;
      }
    }
    const label = BALANCE_LABEL.exec(text);
    if (label && page.reportedBalance === null) {
      const rest = (label[1] ?? '').trim();
      const value = rest === '' ? null : readBalance(rest);
      page.reportedBalance = value === null ? null : believable(value, i, text, page.problems);
      if (rest !== '' && value === null) {
        page.problems.push({ line: i + 1, message: `"${rest}" is not a balance`, text });
      } else if (rest === '') wantBalance = i;
      continue;
    }
    const order = headerOrder(text.split('\t'));
    if (order && text.includes('\t')) {
      page.order = order;
      continue;
    }
    // The header copied one cell per line.
    if (HEADER_WORDS.has(text.toLowerCase()) && !looksLikeAmount(text)) continue;
    break;
  }
  if (wantBalance >= 0 && page.reportedBalance === null) {
    page.problems.push({
      line: wantBalance + 1,
      message: 'the balance after "My balance" is missing',
    });
  }
  page.body = i;
  return page;
}

/** One row per line, cells separated by tabs. */
export function readCopiedRows(text: string): CopiedRead {
  const lines = text.split(LINE_BREAK);
  const page = readPage(lines);
  const rows: RawRow[] = [];
  const problems = page.problems;
  for (let i = page.body; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    const cells = line.split('\t', MAX_COLUMNS + 1).map((c) => c.trim());
    if (cells.length > MAX_COLUMNS) {
      throw new ParseError(
        `line ${i + 1} has more than ${MAX_COLUMNS.toLocaleString('en-US')} cells: this is not a history`,
      );
    }
    const row = page.order ? byHeader(cells, page.order) : byValues(cells);
    if (!row) {
      problems.push({
        line: i + 1,
        message: 'not a row of date, action, details and Connects separated by tabs',
        text: line,
      });
      continue;
    }
    rows.push({ line: i + 1, text: line, ...row });
  }
  return { rows, problems, reportedBalance: page.reportedBalance };
}

type Cells = Pick<RawRow, 'date' | 'action' | 'details' | 'amount'>;

function byHeader(cells: readonly string[], order: readonly CellField[]): Cells | null {
  if (cells.length < 3) return null;
  const out: Cells = { date: '', action: '', details: '', amount: '' };
  order.forEach((field, i) => {
    out[field] = cells[i] ?? '';
  });
  return out;
}

/** Without a header: the date is the first date-like cell, the amount the last amount-like one. */
function byValues(cells: readonly string[]): Cells | null {
  if (cells.length < 3) return null;
  const date = cells.findIndex(looksLikeDate);
  let amount = -1;
  for (let i = cells.length - 1; i >= 0 && amount < 0; i -= 1) {
    if (i !== date && looksLikeAmount(cells[i] as string)) amount = i;
  }
  if (date < 0 || amount < 0) return null;
  const rest = cells.filter((_, i) => i !== date && i !== amount);
  return {
    date: cells[date] as string,
    amount: cells[amount] as string,
    action: rest[0] ?? '',
    details: rest.slice(1).join(' '),
  };
}

interface Cell {
  line: number;
  text: string;
}

/**
 * One cell per line: a row is its text cells (action, then details), one date and, last, the
 * amount. Blank lines are not trusted to separate rows (an empty details cell makes one), so
 * a row ends at the amount that follows its date.
 */
export function readCopiedBlocks(text: string): CopiedRead {
  const lines = text.split(LINE_BREAK);
  const page = readPage(lines);
  const rows: RawRow[] = [];
  const problems = page.problems;
  let texts: Cell[] = [];
  let date: Cell | null = null;
  const abandon = (why: string): void => {
    const cells = date ? [...texts, date].sort((a, b) => a.line - b.line) : texts;
    const first = cells[0];
    if (first) {
      problems.push({ line: first.line, message: why, text: cells.map((c) => c.text).join('\n') });
    }
    texts = [];
    date = null;
  };
  for (let i = page.body; i < lines.length; i += 1) {
    const cell = { line: i + 1, text: (lines[i] as string).trim() };
    if (cell.text === '') {
      if (date) abandon('a row with a date but no amount of Connects');
      continue;
    }
    if (looksLikeDate(cell.text)) {
      if (date) abandon('a row with a date but no amount of Connects');
      date = cell;
    } else if (date && texts.length > 0 && looksLikeAmount(cell.text)) {
      for (const extra of texts.slice(0, -2)) {
        problems.push({
          line: extra.line,
          message: 'a line that is part of no row',
          text: extra.text,
        });
      }
      const used = texts.slice(-2);
      const [action, details] = used;
      const start = Math.min(date.line, used[0]?.line ?? date.line);
      const block = lines.slice(start - 1, cell.line).map((l) => l.trim());
      rows.push({
        line: start,
        text: block.filter(Boolean).join('\n'),
        date: date.text,
        action: action?.text ?? '',
        details: details?.text ?? '',
        amount: cell.text,
      });
      texts = [];
      date = null;
    } else {
      texts.push(cell);
    }
  }
  if (texts.length > 0 || date) abandon('the last row is incomplete (no amount of Connects)');
  return { rows, problems, reportedBalance: page.reportedBalance };
}
