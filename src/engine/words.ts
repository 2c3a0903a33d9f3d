/**
 * How every page and message says plans, Connects, dollars, dates and "today": one spelling of
 * each, whoever says it. Pure, so the engine's own sentences (compareAdvice) use it too.
 */
import { localIsoDate, parseIsoDate } from './dates';

// Formatters are costly to build; one each, reused for every cell.
const LONG_DATE = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});
const MONTH = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const WHOLE = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const TENTHS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

const MS_PER_DAY = 86_400_000;

/**
 * Today as the user's local date (YYYY-MM-DD). Read through this function only, so tests pin it
 * with `vi.mock` instead of faking the clock, which Dexie's timers dislike.
 */
export function todayIso(): string {
  return localIsoDate();
}

/** The plans of the catalogue, in the order the app lists them. */
export const PLAN_IDS = ['freelancer-basic', 'freelancer-plus', 'agency-plus'] as const;

/** `freelancer-plus` → `Freelancer Plus`; a custom era's plan ids read the same way. */
export function planName(id: string): string {
  return id
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** A whole number as the app shows counts: `1,234`. */
export function formatCount(n: number): string {
  return WHOLE.format(n);
}

/** An average, to one decimal: `8.5`, `1,234`. */
export function formatTenths(n: number): string {
  return TENTHS.format(n);
}

/** "1 Connect" / "1,234 Connects". */
export function connects(n: number): string {
  return `${formatCount(n)} ${Math.abs(n) === 1 ? 'Connect' : 'Connects'}`;
}

/** A count with its noun: "1 entry", "3 entries". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Signed, with a real minus sign: "+40", "−12", "0". */
export function signed(n: number): string {
  if (n > 0) return `+${formatCount(n)}`;
  if (n < 0) return `−${formatCount(Math.abs(n))}`;
  return '0';
}

/** Dollars and cents: `$1,950.00`. */
export function formatUsd(n: number): string {
  return USD.format(n);
}

/** Whole cents of a dollar amount, as the rules round each charge. */
export function cents(amount: number): number {
  return Math.round(amount * 100);
}

function toDate(iso: string): Date | null {
  const day = parseIsoDate(iso);
  return day === null ? null : new Date(day * MS_PER_DAY);
}

/** `2026-12-10` → `Dec 10, 2026` (unchanged when it is no date). */
export function formatDate(iso: string): string {
  const date = toDate(iso);
  return date ? LONG_DATE.format(date) : iso;
}

/** A cycle's short label for chart axes: `Dec 2026`. */
export function formatMonth(iso: string): string {
  const date = toDate(iso);
  return date ? MONTH.format(date) : iso;
}

/** A whole number as typed (`12`, `-3`, `−3` with a real minus sign), or null. */
export function parseWhole(raw: string): number | null {
  const s = raw.trim().replace(/^\u2212/, '-');
  return /^[+-]?\d+$/.test(s) ? Number(s) : null;
}

/**
 * A rate (0–1) as a percentage: whole from 10% up (`19%`), one decimal below (`7.5%`), where a
 * whole number would hide most of the difference.
 */
export function formatPercent(rate: number): string {
  const pct = rate * 100;
  return `${Math.abs(pct) >= 10 ? formatCount(pct) : formatTenths(pct)}%`;
}
