/**
 * The ledger as the page shows it: each entry with the balance after it and, when the rules
 * refuse it, the reason. One replay per change of the ledger (the page memoises it).
 */
import type { LedgerData } from '../../read';
import { ledgerInput } from '../../read';
import type { EntryRecord } from '../../read';
import { ERA_CATALOGUE } from '../../engine/eras';
import { refundableProposals, type RefundableProposal } from '../../engine/refunds';
import { replay, stateAt } from '../../engine/replay';
import type { Statement } from '../../engine/types';
import { entryChange } from '../../engine/entryWords';
import { rejectionText, warningText } from '../../engine/rejectionWords';
import {
  interviewBonusOffer,
  type InterviewBonusOffer,
} from '../../engine/outcomes/interviewBonus';

export interface LedgerRow {
  entry: EntryRecord;
  /** Balance after the entry; null when the rules refused it. */
  balance: number | null;
  /**
   * The Connects it moved as the rules applied it (a refund of "the rest" or a capped bonus
   * included); when refused, what it asked for; null when it moves none or cannot be known.
   */
  change: number | null;
  problem: string | null;
  warning: string | null;
  /** What the rules refunded to it (a proposal; 0 otherwise), for its effective result. */
  refunded: number;
}

export interface LedgerView {
  /** In replay order (oldest first). */
  rows: LedgerRow[];
  /** The billing cycles the replay stated, oldest first (shown between the entries). */
  cycles: Statement[];
  /** Balance today, or after the last entry when that is later. */
  balanceNow: number;
  asOf: string;
  rejectedCount: number;
  /** Why the ledger could not be replayed at all (e.g. a start that is not a cycle start). */
  error: string | null;
  /** The interview bonus to offer when a proposal of that date reaches an interview (or null). */
  bonusOffer: BonusOffer | null;
}

export type BonusOffer = (proposalDate: string, today: string) => InterviewBonusOffer | null;

function statementOn(cycles: readonly Statement[], date: string): Statement | undefined {
  let lo = 0;
  let hi = cycles.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const c = cycles[mid] as Statement;
    if (date < c.start) hi = mid - 1;
    else if (date >= c.end) lo = mid + 1;
    else return c;
  }
  return undefined;
}

function eraName(id: string, data: LedgerData): string {
  const era =
    ERA_CATALOGUE.find((e) => e.id === id) ?? data.customEras.find((c) => c.id === id)?.era;
  return era?.name ?? id;
}

export function buildLedgerView(data: LedgerData, today: string): LedgerView {
  const account = data.account;
  if (!account) {
    return {
      rows: [],
      cycles: [],
      balanceNow: 0,
      asOf: today,
      rejectedCount: 0,
      error: null,
      bonusOffer: null,
    };
  }
  const { input, entries } = ledgerInput(account, data.entries, data.customEras);
  const plain = entries.map((entry) => ({
    entry,
    balance: null,
    change: entryChange(entry),
    problem: null,
    warning: null,
    refunded: 0,
  }));
  try {
    const result = replay(input);
    const refundedBy = result.refundedBySpend;
    const rows: LedgerRow[] = entries.map((entry, i) => ({
      entry,
      balance: result.balances[i] ?? null,
      change: result.balances[i] == null ? entryChange(entry) : (result.changes[i] ?? null),
      problem: null,
      warning: null,
      refunded: refundedBy.get(i) ?? 0,
    }));
    for (const r of result.rejected) {
      const row = rows[r.index];
      if (!row) continue;
      const cycle = statementOn(result.cycles, row.entry.date);
      row.problem = rejectionText(r, {
        entry: row.entry,
        plan: cycle?.plan,
        eraName: cycle ? eraName(cycle.era, data) : undefined,
        accountStart: account.start,
      });
    }
    for (const w of result.warnings) {
      const row = rows[w.index];
      if (row) row.warning = warningText(w);
    }
    const last = entries[entries.length - 1]?.date ?? today;
    const asOf = last > today ? last : today;
    return {
      rows,
      cycles: result.cycles,
      balanceNow: stateAt(input, asOf).balance,
      asOf,
      rejectedCount: result.rejected.length,
      error: null,
      bonusOffer: (date, day) => interviewBonusOffer(input, date, day),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      rows: plain,
      cycles: [],
      balanceNow: 0,
      asOf: today,
      rejectedCount: 0,
      error: message,
      bonusOffer: null,
    };
  }
}

/**
 * The proposals a refund dated `date` can still reach, each with what is left to refund: the
 * engine's own refund state, so the form offers what a refund will actually do. `exceptId` is
 * the entry being edited (its own effect does not count). Empty when the ledger cannot replay.
 */
export function refundTargets(
  data: LedgerData,
  date: string,
  exceptId?: number,
): RefundableProposal[] {
  if (!data.account || !date) return [];
  const { input, entries } = ledgerInput(data.account, data.entries, data.customEras);
  const except = exceptId === undefined ? -1 : entries.findIndex((e) => e.id === exceptId);
  try {
    return refundableProposals(input, date, except < 0 ? undefined : except);
  } catch {
    return [];
  }
}
