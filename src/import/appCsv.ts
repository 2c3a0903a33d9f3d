/**
 * This app's own CSV: one row per ledger event, in ledger order, re-importing to exactly the
 * same ledger, a proposal's kind and outcome included (the outcome as JSON in one cell, so it
 * comes back exactly). Cells a spreadsheet would run as a formula (starting with = + - @, tab
 * or carriage return) are prefixed with a single quote; so is a cell that starts with a quote,
 * so that stripping one leading quote on import is always exact. Exports made before outcomes
 * (without the last two columns) still read.
 */
import Papa from 'papaparse';
import { parseIsoDate } from '../engine/dates';
import type { Outcome } from '../engine/outcomes/types';
import { validateSpendOutcome } from '../engine/outcomes/validate';
import { BONUS_REASONS, EVENT_TYPES, type LedgerEvent } from '../engine/types';
import { readRecords } from './csv';
import { ParseError } from './errors';
import { EVENT_FIELDS, withSource } from './ledger';
import { checkLimit, ENTRY_LIMITS, outcomeLimitProblem } from './limits';
import type { ImportedEvent, ParseProblem } from './types';

export const APP_CSV_COLUMNS = [
  'date',
  'type',
  'connects',
  'boost',
  'usd',
  'reason',
  'ref',
  'note',
  'plan',
  'details',
  'kind',
  'outcome',
] as const;
type Column = (typeof APP_CSV_COLUMNS)[number];
/** The columns of the exports made before outcomes. */
const FIRST_COLUMNS = APP_CSV_COLUMNS.slice(0, 10);
/** The longest outcome cell: ten 40-character tags and every signal fit many times over. */
const MAX_OUTCOME_CELL = 5_000;

/** A ledger entry as stored: an event and the text it was imported from. Other fields are ignored. */
export type LedgerEntry = LedgerEvent & { details?: string; outcome?: Outcome };

const RISKY_START = /^[=+\-@\t\r']/;

export function escapeCell(value: string): string {
  return RISKY_START.test(value) ? `'${value}` : value;
}

export function unescapeCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

export function toCsv(entries: readonly LedgerEntry[]): string {
  const rows: string[][] = [[...APP_CSV_COLUMNS]];
  for (const entry of entries) {
    const source = entry as unknown as Record<string, unknown>;
    rows.push(
      APP_CSV_COLUMNS.map((column) => {
        const value = source[column];
        if (column === 'date' || column === 'type') return escapeCell(String(value));
        if (value === undefined || value === null) return '';
        if (column === 'outcome') return entry.type === 'spend' ? JSON.stringify(value) : '';
        if (
          column !== 'details' &&
          !(EVENT_FIELDS[entry.type] as readonly string[]).includes(column)
        ) {
          return '';
        }
        return escapeCell(String(value));
      }),
    );
  }
  return `${Papa.unparse(rows, { newline: '\r\n', quotes: false })}\r\n`;
}

/** Whether a header row is this app's export (of now, or from before outcomes). */
export function isAppCsvHeader(cells: readonly string[]): boolean {
  return [APP_CSV_COLUMNS, FIRST_COLUMNS].some(
    (columns) =>
      cells.length === columns.length &&
      cells.every((c, i) => c.trim().toLowerCase() === columns[i]),
  );
}

const TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);
const REASONS: ReadonlySet<string> = new Set(BONUS_REASONS);
const INTEGER = /^-?\d+$/;
const DECIMAL = /^\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

type Cells = Partial<Record<Column, string>>;

/** The first cell over its limit (limits.ts), as a message naming the column. */
function overLimit(cells: Cells): string | null {
  for (const [column, limit] of Object.entries(ENTRY_LIMITS)) {
    const text = cells[column as Column];
    if (text === undefined || text === '') continue;
    // Numbers are checked once read: a cell of 400 digits is "too large", not "too long".
    const value = limit === 'connects' || limit === 'usd' ? Number(text) : text;
    const problem = checkLimit(
      column,
      limit,
      value,
      column === 'connects' && cells.type === 'adjust',
    );
    if (problem !== null) return problem;
  }
  return null;
}

/** One row to an event, or the first thing wrong with it. */
function toEvent(cells: Cells): LedgerEvent | string {
  const tooMuch = overLimit(cells);
  if (tooMuch !== null) return tooMuch;
  const date = cells.date ?? '';
  if (parseIsoDate(date) === null) return `date "${date}" is not a date as YYYY-MM-DD`;
  const type = cells.type ?? '';
  if (!TYPES.has(type)) return `unknown type "${type}"`;
  const allowed = EVENT_FIELDS[type as LedgerEvent['type']] as readonly string[];
  const out: Record<string, unknown> = { date, type };
  for (const column of APP_CSV_COLUMNS.slice(2, 9)) {
    const text = cells[column] ?? '';
    if (text === '') continue;
    if (!allowed.includes(column)) return `${column} is not a field of a ${type} event`;
    if (column === 'connects' || column === 'boost') {
      if (!INTEGER.test(text)) return `${column} "${text}" is not a whole number`;
      out[column] = Number(text);
    } else if (column === 'usd') {
      if (!DECIMAL.test(text)) return `usd "${text}" is not an amount of dollars`;
      out[column] = Number(text);
    } else {
      out[column] = text;
    }
  }
  const wrong = checkEvent(out as unknown as LedgerEvent) ?? readOutcome(cells, out);
  return wrong ?? (out as unknown as LedgerEvent);
}

/** A spend's kind and outcome cells into `out`, or the first thing wrong with them. */
function readOutcome(cells: Cells, out: Record<string, unknown>): string | null {
  const kind = cells.kind ?? '';
  const text = cells.outcome ?? '';
  if (kind === '' && text === '') return null;
  if (out.type !== 'spend')
    return `${kind ? 'kind' : 'outcome'} is not a field of a ${String(out.type)} event`;
  if (text.length > MAX_OUTCOME_CELL)
    return `outcome: too long: at most ${MAX_OUTCOME_CELL} characters`;
  let outcome: unknown;
  try {
    outcome = text === '' ? undefined : JSON.parse(text);
  } catch {
    return 'outcome: not an outcome written by this app (JSON)';
  }
  const spend = { date: out.date as string, kind: kind || undefined, outcome };
  const [problem] = validateSpendOutcome(spend);
  if (problem) return problem.message;
  const tooLarge = outcomeLimitProblem(outcome);
  if (tooLarge !== null) return `outcome.${tooLarge.message}`;
  if (spend.kind !== undefined) out.kind = spend.kind;
  if (outcome !== undefined) out.outcome = outcome;
  return null;
}

/** The rules' per-type requirements (rules contract §4), as messages. */
function checkEvent(e: LedgerEvent): string | null {
  switch (e.type) {
    case 'spend':
      if (e.connects === undefined) return 'a spend needs connects';
      if (e.connects < 0 || (e.boost ?? 0) < 0) return 'a spend cannot be negative';
      return null;
    case 'purchase':
      return e.connects === undefined || e.connects <= 0
        ? 'a purchase needs connects above 0'
        : null;
    case 'bonus':
      if (!REASONS.has(e.reason)) return `unknown bonus reason "${String(e.reason ?? '')}"`;
      if (e.connects !== undefined && e.connects < 0) return 'a bonus cannot be negative';
      return e.connects === undefined && e.reason !== 'interview' ? 'a bonus needs connects' : null;
    case 'refund':
      if (e.ref === undefined) return 'a refund needs the ref of its proposal';
      return e.connects !== undefined && e.connects <= 0 ? 'a refund needs connects above 0' : null;
    case 'adjust':
      return e.connects === undefined || e.connects === 0
        ? 'a correction needs connects other than 0'
        : null;
    default:
      return e.plan === undefined ? 'a plan change needs the plan' : null;
  }
}

function keyBase(event: LedgerEvent, details: string): string {
  const source = event as unknown as Record<string, unknown>;
  return [...FIRST_COLUMNS.slice(0, -1).map((c) => String(source[c] ?? '')), details].join('|');
}

export interface AppCsvRead {
  events: ImportedEvent[];
  problems: ParseProblem[];
}

/** Reads this app's CSV export; rows stay in file order (ledger order). */
export function parseAppCsv(text: string): AppCsvRead {
  const { records, problems } = readRecords(text, ',');
  if (!records[0] || !isAppCsvHeader(records[0].cells)) {
    throw new ParseError(
      `not this app's CSV export: the header must be ${APP_CSV_COLUMNS.join(',')}`,
    );
  }
  const events: ImportedEvent[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of records.slice(1)) {
    const row: Cells = {};
    APP_CSV_COLUMNS.forEach((column, i) => {
      row[column] = unescapeCell(cells[i] ?? '');
    });
    const event = toEvent(row);
    if (typeof event === 'string') {
      problems.push({ line, message: event, text: cells.join(',') });
      continue;
    }
    // From the values read, not the cells: `0016` and `16` are one row, and a key stays short.
    const base = keyBase(event, row.details ?? '');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    events.push(withSource(event, line, row.details ?? '', `${base}|${n}`));
  }
  return { events, problems };
}
