/** Display formats shared by the dashboard's cards, charts and tables. */
import { parseIsoDate } from '../../engine/dates';

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
const USD = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

const MS_PER_DAY = 86_400_000;

function toDate(iso: string): Date | null {
  const day = parseIsoDate(iso);
  return day === null ? null : new Date(day * MS_PER_DAY);
}

/** `2026-12-10` → `Dec 10, 2026`. */
export function formatDate(iso: string): string {
  const date = toDate(iso);
  return date ? LONG_DATE.format(date) : iso;
}

/** A cycle's short label for chart axes: `Dec 2026`. */
export function formatMonth(iso: string): string {
  const date = toDate(iso);
  return date ? MONTH.format(date) : iso;
}

export function formatCount(n: number): string {
  return WHOLE.format(n);
}

export function formatUsd(n: number): string {
  return USD.format(n);
}

/** `freelancer-plus` → `Freelancer Plus`; custom plan ids read the same way. */
export function planName(id: string): string {
  return id
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** "1 Connect" / "30 Connects". */
export function connects(n: number): string {
  return `${formatCount(n)} ${Math.abs(n) === 1 ? 'Connect' : 'Connects'}`;
}
