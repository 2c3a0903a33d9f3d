/**
 * What confirming an outcomes file would change (outcomes.md §6): its rows matched to the
 * proposals already stored, each matched outcome merged with the stored one, and every row
 * that will not be applied with the reason. Pure: the preview re-derives it as the ledger
 * changes, and tests call it directly.
 */
import type { Outcome } from '../../engine/outcomes/types';
import { formatCount, plural } from '../../engine/words';
import { validateSpendOutcome } from '../../engine/outcomes/validate';
import { matchOutcomes, mergeOutcome, sameOutcome } from '../../import/matchOutcomes';
import { OUTCOME_FIELDS, type OutcomeField } from '../../import/outcomeRow';
import type { OutcomeRow, ParseResult } from '../../import/types';
import type { EntryRecord } from '../../read';

export type StoredProposal = EntryRecord & { id: number };

export interface OutcomeChange {
  row: OutcomeRow;
  entry: StoredProposal;
  before: Outcome | undefined;
  after: Outcome;
}

/** A row that will not be applied, and why, in words. */
export interface SkippedRow {
  line: number;
  date: string | null;
  details: string | null;
  reason: string;
}

export interface OutcomesPlan {
  /** The proposals whose outcome changes, in the file's order. */
  changes: OutcomeChange[];
  /** Matched proposals whose outcome already is what the file says. */
  unchanged: number;
  /** Rows that name no proposal stored. */
  unmatched: number;
  /** Rows that name several proposals, or a proposal another row names too. */
  ambiguous: number;
  /** Rows that could not be read. */
  unreadable: number;
  /** Rows whose outcome, merged with the stored one, the rules refuse (earnings on a non-hire). */
  refused: number;
  /** Every row not applied (unmatched, ambiguous, unreadable), by line. */
  skipped: SkippedRow[];
}

const quoted = (row: OutcomeRow): string => `"${row.ref ?? row.details}"`;

export function planOutcomes(
  parse: ParseResult,
  entries: readonly EntryRecord[],
  outcomeOf: (entryId: number) => Outcome | undefined,
): OutcomesPlan {
  const rows = parse.outcomeRows ?? [];
  const columns: OutcomeField[] = parse.csv
    ? OUTCOME_FIELDS.filter((f) => parse.csv?.columns[f] !== null)
    : [];
  const stored = entries.filter((e): e is StoredProposal => e.id !== undefined);
  const { matched, unmatched, ambiguous } = matchOutcomes(rows, stored);
  const plan: OutcomesPlan = {
    changes: [],
    unchanged: 0,
    unmatched: unmatched.length,
    ambiguous: ambiguous.length,
    unreadable: parse.problems.length,
    refused: 0,
    skipped: [],
  };
  for (const { row, proposal } of matched) {
    const before = outcomeOf(proposal.id);
    const after = mergeOutcome(before, row.outcome, columns);
    const [problem] = validateSpendOutcome({
      date: proposal.date,
      kind: proposal.kind,
      outcome: after,
    });
    if (problem) {
      plan.refused += 1;
      plan.skipped.push({
        line: row.line,
        date: row.date,
        details: row.details,
        reason: `with what is stored, ${problem.message}`,
      });
    } else if (sameOutcome(before, after)) plan.unchanged += 1;
    else plan.changes.push({ row, entry: proposal, before, after });
  }
  for (const row of unmatched) {
    plan.skipped.push({
      line: row.line,
      date: row.date,
      details: row.details,
      reason: `no proposal of ${row.date} is named ${quoted(row)}`,
    });
  }
  for (const { row, reason, count } of ambiguous) {
    plan.skipped.push({
      line: row.line,
      date: row.date,
      details: row.details,
      reason:
        reason === 'proposals'
          ? `${count} proposals of ${row.date} are named ${quoted(row)}`
          : `${count} rows of the file name the same proposal of ${row.date}`,
    });
  }
  for (const problem of parse.problems) {
    plan.skipped.push({ line: problem.line, date: null, details: null, reason: problem.message });
  }
  plan.skipped.sort((a, b) => a.line - b.line);
  return plan;
}

/** "42 proposals’ outcomes updated; 0 not found; 0 matching more than one. No entry is added." */
export function outcomesPlanText(plan: OutcomesPlan): string {
  const n = plan.changes.length;
  const parts = [
    n === 1 ? '1 proposal’s outcome updated' : `${formatCount(n)} proposals’ outcomes updated`,
    `${formatCount(plan.unmatched)} not found`,
    `${formatCount(plan.ambiguous)} matching more than one`,
  ];
  if (plan.unchanged > 0)
    parts.push(`${plural(plan.unchanged, 'proposal')} already as the file says`);
  if (plan.unreadable > 0) parts.push(`${plural(plan.unreadable, 'row')} that could not be read`);
  if (plan.refused > 0) parts.push(`${plural(plan.refused, 'row')} the rules refuse`);
  return `${parts.join('; ')}. No entry is added.`;
}
