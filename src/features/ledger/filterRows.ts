/**
 * The ledger's filters (type, date range, text, problems only), newest first. Without a type,
 * text or problem filter, each billing cycle's start sits between the entries, so the balance's
 * jumps (allotment, expiry) are explained where they happen.
 */
import type { Statement } from '../../engine/types';
import type { LedgerFilters } from '../../store/uiStore';
import { BONUS_LABELS, TYPE_LABELS, entrySummary } from '../../engine/entryWords';
import type { LedgerRow } from './ledgerView';

export type LedgerItem =
  | { kind: 'entry'; row: LedgerRow }
  /** `first`: the account's first cycle, whose carried-in Connects are the starting balance. */
  | { kind: 'cycle'; cycle: Statement; first: boolean };

function haystack(row: LedgerRow): string {
  const e = row.entry;
  return [
    entrySummary(e),
    e.details,
    e.ref,
    e.note,
    e.plan,
    e.reason ? BONUS_LABELS[e.reason] : '',
    TYPE_LABELS[e.type],
    row.problem,
  ]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

function inRange(date: string, f: LedgerFilters): boolean {
  return !(f.from && date < f.from) && !(f.to && date > f.to);
}

export function filterRows(
  rows: readonly LedgerRow[],
  cycles: readonly Statement[],
  f: LedgerFilters,
): { items: LedgerItem[]; entryCount: number } {
  const words = f.text.toLowerCase().split(/\s+/).filter(Boolean);
  const withCycles = f.type === 'all' && words.length === 0 && !f.onlyProblems;
  const items: LedgerItem[] = [];
  let entryCount = 0;
  let c = withCycles ? cycles.length - 1 : -1;
  const cyclesAfter = (date: string): void => {
    for (; c >= 0 && (cycles[c] as Statement).start > date; c -= 1) {
      const cycle = cycles[c] as Statement;
      if (inRange(cycle.start, f)) items.push({ kind: 'cycle', cycle, first: c === 0 });
    }
  };
  for (let i = rows.length - 1; i >= 0; i -= 1) {
    const row = rows[i] as LedgerRow;
    const e = row.entry;
    if (f.type !== 'all' && e.type !== f.type) continue;
    if (!inRange(e.date, f)) continue;
    if (f.onlyProblems && !row.problem && !row.warning) continue;
    if (words.length > 0) {
      const text = haystack(row);
      if (!words.every((w) => text.includes(w))) continue;
    }
    cyclesAfter(e.date);
    items.push({ kind: 'entry', row });
    entryCount += 1;
  }
  cyclesAfter('');
  return { items, entryCount };
}
