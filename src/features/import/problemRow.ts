/**
 * A row the parser could not read, turned into an event of the type the user picks: its date,
 * amount and text are found in the row's own cells (by the CSV mapping, else by their shape).
 */
import type { LedgerEvent } from '../../engine/types';
import { DateReader } from '../../import/dateText';
import type { ImportedEvent, ParseProblem, ParseResult } from '../../import/types';
import { TEXT_LIMITS, textProblem } from '../../import/limits';
import { clean, fold, parseAmount } from '../../import/values';

/** Types a row with a date and an amount can become (a plan change has no amount). */
export const PICKABLE_TYPES = ['spend', 'purchase', 'bonus', 'refund', 'adjust'] as const;
export type PickableType = (typeof PICKABLE_TYPES)[number];

export type ProblemDecision = { action: 'skip' } | { action: 'pick'; type: PickableType };

export interface ProblemCells {
  date: string | null;
  /** Signed, as the row shows it. */
  connects: number | null;
  details: string;
}

function dateReader(parse: ParseResult): DateReader {
  const used = parse.dateOrder.used;
  return new DateReader([], used === 'dmy' || used === 'mdy' ? used : undefined);
}

function readDate(reader: DateReader, text: string): string | null {
  return text.trim() === '' ? null : reader.read(text.trim());
}

export function readProblemRow(problem: ParseProblem, parse: ParseResult): ProblemCells {
  const text = problem.text ?? '';
  const reader = dateReader(parse);
  const amountOf = (cell: string | undefined): number | null => {
    const amount = parseAmount(cell ?? '');
    return amount.ok && amount.value !== 0 ? amount.value : null;
  };
  if (parse.csv) {
    const cells = text.split(parse.csv.delimiter);
    const { columns } = parse.csv;
    const at = (c: number | null): string => (c === null ? '' : clean(cells[c] ?? ''));
    const details = [at(columns.action), at(columns.details)].filter(Boolean).join(' — ');
    return {
      date: readDate(reader, at(columns.date)),
      connects: amountOf(at(columns.connects)),
      details,
    };
  }
  let date: string | null = null;
  let connects: number | null = null;
  const words: string[] = [];
  for (const raw of text.split(/[\t\n]/)) {
    const cell = clean(raw);
    if (cell === '') continue;
    const asDate: string | null = date === null ? readDate(reader, cell) : null;
    const amount = asDate === null ? amountOf(cell) : null;
    if (asDate !== null) date = asDate;
    else if (amount !== null) connects = amount;
    else words.push(cell);
  }
  return { date, connects, details: words.join(' — ') };
}

/** Why the row cannot become an event, or null when it can. */
export function pickBlocker(cells: ProblemCells): string | null {
  if (cells.date === null) return 'no date this app can read';
  if (cells.connects === null) return 'no whole number of Connects (1–10,000)';
  // Its text would become the entry's details (limits.ts): the same limit as any row's.
  if (textProblem('details', cells.details) !== null) {
    return `a text over ${TEXT_LIMITS.details} characters`;
  }
  return null;
}

export function pickedEvent(cells: ProblemCells, type: PickableType): LedgerEvent | null {
  const { date, connects, details } = cells;
  if (date === null || connects === null) return null;
  const n = Math.abs(connects);
  switch (type) {
    case 'spend':
      return details ? { date, type, connects: n, ref: details } : { date, type, connects: n };
    case 'purchase':
      return { date, type, connects: n };
    case 'bonus':
      return { date, type, reason: 'other', connects: n };
    case 'refund':
      return { date, type, ref: details, connects: n };
    case 'adjust':
      return details ? { date, type, connects, note: details } : { date, type, connects };
  }
}

/** The problem rows the user gave a type, as events keyed like file rows (stable across re-imports). */
export function pickedEvents(
  parse: ParseResult,
  decisions: ReadonlyMap<number, ProblemDecision>,
): ImportedEvent[] {
  const seen = new Map<string, number>();
  const out: ImportedEvent[] = [];
  for (const problem of parse.problems) {
    const decision = decisions.get(problem.line);
    if (decision?.action !== 'pick') continue;
    const cells = readProblemRow(problem, parse);
    const event = pickedEvent(cells, decision.type);
    if (!event) continue;
    const base = `${cells.date}|picked ${decision.type}|${fold(cells.details)}|${cells.connects}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.push({ ...event, line: problem.line, details: cells.details, key: `${base}|${n}` });
  }
  return out;
}
