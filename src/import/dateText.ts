/**
 * Dates as people and the platform write them: `Nov 14, 2026`, `November 14, 2026`,
 * `11/14/2026`, `14.11.2026`, `2026-11-14`. Numeric dates are read in one order for the
 * whole file, chosen from all of its rows: `03/04/2026` alone cannot say which it is.
 */
import { daysInMonth, formatDay, dayFromCivil } from '../engine/dates';
import type { DateOrder, DateOrderInfo } from './types';

type Shape =
  | { kind: 'fixed'; y: number; m: number; d: number }
  | { kind: 'numeric'; a: number; b: number; y: number };

const MONTHS: ReadonlyMap<string, number> = new Map(
  [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
  ].flatMap((name, i) => [
    [name, i + 1],
    [name.slice(0, 3), i + 1],
    ...(name === 'september' ? [['sept', 9] as [string, number]] : []),
  ]),
);

const TIME_SUFFIX =
  /(?:[T\s]+|,\s*)\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[ap]\.?m\.?|z|[+-]\d{2}:?\d{2})?$/i;
const YMD = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;
const MONTH_FIRST =
  /^(?:[a-z]{3,9}\.?,?\s+)??([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;
const DAY_FIRST =
  /^(?:[a-z]{3,9}\.?,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})$/i;

const fullYear = (text: string): number => (text.length === 2 ? 2000 + Number(text) : Number(text));

function shapeOf(raw: string): Shape | null {
  const text = raw.trim().replace(TIME_SUFFIX, '');
  let m = YMD.exec(text);
  if (m) return { kind: 'fixed', y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  m = NUMERIC.exec(text);
  if (m) return { kind: 'numeric', a: Number(m[1]), b: Number(m[2]), y: fullYear(m[3] ?? '') };
  m = MONTH_FIRST.exec(text);
  if (m) {
    const month = MONTHS.get((m[1] ?? '').toLowerCase());
    if (month !== undefined) return { kind: 'fixed', y: Number(m[3]), m: month, d: Number(m[2]) };
  }
  m = DAY_FIRST.exec(text);
  if (m) {
    const month = MONTHS.get((m[2] ?? '').toLowerCase());
    if (month !== undefined) return { kind: 'fixed', y: Number(m[3]), m: month, d: Number(m[1]) };
  }
  return null;
}

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return formatDay(dayFromCivil(y, m, d));
}

function read(shape: Shape, order: DateOrder): string | null {
  if (shape.kind === 'fixed') return iso(shape.y, shape.m, shape.d);
  return order === 'dmy' ? iso(shape.y, shape.b, shape.a) : iso(shape.y, shape.a, shape.b);
}

/** Whether the text is a date in any order (for telling cells apart). */
export function looksLikeDate(raw: string): boolean {
  const shape = shapeOf(raw);
  return shape !== null && (read(shape, 'mdy') !== null || read(shape, 'dmy') !== null);
}

/** Reads a file's dates in the one order that fits all of them (or the user's choice). */
export class DateReader {
  readonly info: DateOrderInfo;
  private readonly shapes = new Map<string, Shape | null>();
  private readonly cache = new Map<string, string | null>();

  constructor(raws: Iterable<string>, choice?: DateOrder) {
    let numeric = 0;
    let fitsMdy = 0;
    let fitsDmy = 0;
    let ymd = false;
    for (const raw of raws) {
      if (this.shapes.has(raw)) continue;
      const shape = shapeOf(raw);
      this.shapes.set(raw, shape);
      if (shape?.kind === 'fixed' && YMD.test(raw.trim().replace(TIME_SUFFIX, ''))) ymd = true;
      if (shape?.kind !== 'numeric') continue;
      numeric += 1;
      if (read(shape, 'mdy') !== null) fitsMdy += 1;
      if (read(shape, 'dmy') !== null) fitsDmy += 1;
    }
    const allMdy = numeric > 0 && fitsMdy === numeric;
    const allDmy = numeric > 0 && fitsDmy === numeric;
    const detected: DateOrder | null =
      numeric === 0 ? (ymd ? 'ymd' : null) : allMdy !== allDmy ? (allMdy ? 'mdy' : 'dmy') : null;
    const ambiguous = allMdy && allDmy;
    // Month first is the platform's own order; when neither fits every row, the one that fits more.
    const fallback: DateOrder | null = numeric === 0 ? detected : fitsDmy > fitsMdy ? 'dmy' : 'mdy';
    const used = choice ?? detected ?? fallback;
    this.info = { detected, ambiguous, used };
  }

  /** The date as `YYYY-MM-DD`, or null when it is not a real date in the order used. */
  read(raw: string): string | null {
    const cached = this.cache.get(raw);
    if (cached !== undefined) return cached;
    let shape = this.shapes.get(raw);
    if (shape === undefined) {
      shape = shapeOf(raw);
      this.shapes.set(raw, shape);
    }
    const order = this.info.used === 'dmy' ? 'dmy' : 'mdy';
    const value = shape === null ? null : read(shape, order);
    this.cache.set(raw, value);
    return value;
  }
}
