/**
 * The platform's own rows (monthly grants, expiries, rollovers) against what the rules give
 * for the same account, and the page's balance against the replay's. The preview shows each
 * difference and offers it as a correction (an `adjust` event) the user may record.
 */
import { formatDay, parseIsoDate } from '../engine/dates';
import type { EraChoice } from '../engine/eras';
import { replay, stateAt, type ReplayInput } from '../engine/replay';
import type { AdjustEvent, RejectionCode, Statement } from '../engine/types';
import type { ParseResult, PlatformRow } from './types';

export interface ReconcileAccount {
  plan: string;
  cycleDay: number;
  start: string;
  startingBalance: number;
  era?: EraChoice;
}

export interface RowCheck extends PlatformRow {
  /** What the rules give on that date, signed like the row (0 where they give nothing). */
  expected: number;
  /** The file's figure minus the rules'. */
  difference: number;
  message: string | null;
}

export interface MissingGrant {
  date: string;
  kind: 'monthly';
  expected: number;
  message: string;
}

export interface Reconciliation {
  rows: RowCheck[];
  /**
   * Cycle starts inside the file's dates where the rules grant Connects but the file shows
   * none; only for files that list monthly grants at all.
   */
  missing: MissingGrant[];
  /** One `adjust` per difference that changes the balance, to record if the file is right. */
  corrections: AdjustEvent[];
  balance: {
    asOf: string | null;
    replayed: number;
    reported: number | null;
    /** Reported minus replayed; null without a reported balance. */
    difference: number | null;
  };
  /** Events the replay rejects, by the file line they came from. */
  rejected: { line: number; code: RejectionCode }[];
}

const NAMES: Record<PlatformRow['kind'], string> = {
  monthly: 'monthly Connects',
  expired: 'expired Connects',
  rollover: 'rolled-over Connects',
};

export function reconcile(parse: ParseResult, account: ReconcileAccount): Reconciliation {
  const dates = [
    ...parse.events.map((e) => e.date),
    ...parse.platformRows.map((r) => r.date),
  ].sort();
  const first = dates[0] ?? null;
  const last = dates[dates.length - 1] ?? null;
  const input: ReplayInput = {
    account: {
      plan: account.plan,
      cycleDay: account.cycleDay,
      start: account.start,
      startingBalance: account.startingBalance,
    },
    events: parse.events,
    era: account.era ?? 'auto',
    ...(last === null ? {} : { until: last }),
  };
  const result = replay(input);
  const byStart = new Map<string, Statement>(result.cycles.map((s) => [s.start, s]));
  const corrections: AdjustEvent[] = [];

  const rows = parse.platformRows.map((row): RowCheck => {
    const expected = expectedFor(row, byStart.get(row.date), input);
    const difference = row.connects - expected;
    let message: string | null = null;
    if (difference !== 0) {
      message = `the file shows ${row.connects} ${NAMES[row.kind]} on ${row.date}; the rules give ${expected}`;
      // A rollover moves nothing: only grants and expiries change the balance.
      if (row.kind !== 'rollover') {
        corrections.push({ date: row.date, type: 'adjust', connects: difference, note: message });
      }
    }
    return { ...row, expected, difference, message };
  });

  const granted = new Set(
    parse.platformRows.filter((r) => r.kind === 'monthly').map((r) => r.date),
  );
  const missing: MissingGrant[] = [];
  // A file with no monthly rows at all (a hand-kept CSV) does not list grants: none is missing.
  for (const s of granted.size === 0 ? [] : result.cycles) {
    if (first === null || last === null || s.start < first || s.start > last) continue;
    if (s.allotment === 0 || granted.has(s.start)) continue;
    const message = `the rules grant ${s.allotment} monthly Connects on ${s.start}; the file shows none`;
    missing.push({ date: s.start, kind: 'monthly', expected: s.allotment, message });
    corrections.push({ date: s.start, type: 'adjust', connects: -s.allotment, note: message });
  }
  corrections.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const replayed = last === null ? account.startingBalance : stateAt(input, last).balance;
  const reported = parse.reportedBalance;
  return {
    rows,
    missing,
    corrections,
    balance: {
      asOf: last,
      replayed,
      reported,
      difference: reported === null ? null : reported - replayed,
    },
    rejected: result.rejected.map((r) => ({
      line: parse.events[r.index]?.line ?? 0,
      code: r.code,
    })),
  };
}

/** The rules' figure for a platform row's date, signed as the platform shows it. */
function expectedFor(row: PlatformRow, cycle: Statement | undefined, input: ReplayInput): number {
  if (row.kind === 'monthly') return cycle?.allotment ?? 0;
  if (row.kind === 'rollover') return cycle?.carriedIn ?? 0;
  // Expired: the part over the rollover cap at a cycle start, plus lots a year old that day.
  const day = parseIsoDate(row.date) as number;
  const lapsing = stateAt(input, formatDay(day - 1))
    .lots.filter((lot) => lot.lapses !== null && lot.lapses <= row.date)
    .reduce((sum, lot) => sum + lot.left, 0);
  return -((cycle?.expired ?? 0) + lapsing);
}
