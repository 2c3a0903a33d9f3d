/**
 * Which proposals the figures count, kept in the URL (`?range=90d`, `?range=2026-10-10` for the
 * billing cycle starting then; none for the whole history), so a range can be bookmarked and
 * the back button steps through the ranges looked at. The open proposals ignore it: every open
 * one is listed, whenever it was sent.
 */
import { formatDay, parseIsoDate, type CycleFigures, type StatsRange } from '../../engine';
import { formatDate } from '../../engine/words';

export const LAST_DAYS = 90;

export type ProposalRange =
  { kind: 'all' } | { kind: 'recent' } | { kind: 'cycle'; start: string; end: string };

interface Cycle {
  start: string;
  end: string;
}

/** The range the URL's `range` names; the whole history for anything else. */
export function readRange(param: string | null, cycles: readonly Cycle[]): ProposalRange {
  if (param === `${LAST_DAYS}d`) return { kind: 'recent' };
  const cycle = param === null ? undefined : cycles.find((c) => c.start === param);
  return cycle ? { kind: 'cycle', start: cycle.start, end: cycle.end } : { kind: 'all' };
}

/** The URL's `range` for a range; null for the whole history (no parameter). */
export function rangeParam(range: ProposalRange): string | null {
  if (range.kind === 'recent') return `${LAST_DAYS}d`;
  if (range.kind === 'cycle') return range.start;
  return null;
}

/** The dates the statistics keep (inclusive). */
export function statsRange(range: ProposalRange, today: string): StatsRange {
  if (range.kind === 'all') return {};
  if (range.kind === 'cycle') {
    const end = parseIsoDate(range.end);
    return { from: range.start, to: end === null ? range.end : formatDay(end - 1) };
  }
  const day = parseIsoDate(today) ?? 0;
  return { from: formatDay(day - (LAST_DAYS - 1)), to: today };
}

/** The cycles the range reaches into, for the per-cycle charts and tables. */
export function cyclesIn(cycles: readonly CycleFigures[], range: StatsRange): CycleFigures[] {
  if (range.from === undefined && range.to === undefined) return [...cycles];
  const from = range.from ?? '';
  const to = range.to ?? '9999-12-31';
  return cycles.filter((c) => c.start <= to && c.end > from);
}

/** "the whole history", "the last 90 days", "the cycle from Oct 10, 2026". */
export function rangeWords(range: ProposalRange): string {
  if (range.kind === 'recent') return `the last ${LAST_DAYS} days`;
  if (range.kind === 'cycle') return `the cycle from ${formatDate(range.start)}`;
  return 'the whole history';
}
