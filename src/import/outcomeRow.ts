/**
 * A CSV row's outcome cells (outcomes.md §6) as one outcome: the status words, the stage and
 * result, what a hire earned, the tags and the client's hire rate and payment verification. A
 * problem names the column it is about (by the file's own header where it has one), so the
 * preview can say "line 12: Earned: only a hire has earnings".
 */
import { RESULTS, type Outcome, type OutcomeResult, type Signals } from '../engine/outcomes/types';
import { outcomeRuleProblems } from '../engine/outcomes/schema';
import {
  readEarned,
  readHireRate,
  readPaymentVerified,
  readTags,
  type CellReading,
} from './outcomeCells';
import { readStatus, stageOfWord, statusWordRule } from './outcomeWords';
import { fold } from './values';

/** The outcome columns a CSV may carry beside the ledger's, in the mapping form's order. */
export const OUTCOME_FIELDS = [
  'status',
  'stage',
  'result',
  'earned',
  'tags',
  'hireRate',
  'paymentVerified',
] as const;
export type OutcomeField = (typeof OUTCOME_FIELDS)[number];

export const OUTCOME_FIELD_LABELS: Record<OutcomeField, string> = {
  status: 'Status',
  stage: 'Stage',
  result: 'Result',
  earned: 'Earned (USD)',
  tags: 'Tags',
  hireRate: 'Client hire rate',
  paymentVerified: 'Payment verified',
};

/** A row's outcome cells as text; a field the file has no column for is absent. */
export type OutcomeCells = Partial<Record<OutcomeField, string>>;
/** What each column is called in this file (its header), for messages. */
export type OutcomeNames = Partial<Record<OutcomeField, string>>;

export type OutcomeReading =
  { ok: true; outcome: Outcome | undefined } | { ok: false; field: OutcomeField; message: string };

const RESULT_NAMES: ReadonlySet<string> = new Set(RESULTS);

/** A Result cell: a result's name (`open`, `lost`, …) or a status word's result (`Declined`). */
export function readResult(cell: string): CellReading<OutcomeResult> {
  const text = fold(cell);
  if (text === '') return { ok: true, value: undefined };
  if (RESULT_NAMES.has(text)) return { ok: true, value: text as OutcomeResult };
  const rule = statusWordRule(text);
  if (rule) return { ok: true, value: rule.result };
  return {
    ok: false,
    message: `"${cell.trim()}" is not a result (${RESULTS.join(', ')}, or a status word)`,
  };
}

/** Whether a Status, Stage or Result cell is a word of its column: detection checks values too. */
export function readsAs(field: 'status' | 'stage' | 'result', cell: string): boolean {
  switch (field) {
    case 'status':
      return statusWordRule(cell) !== undefined;
    case 'stage':
      return stageOfWord(cell) !== undefined;
    case 'result':
      return readResult(cell).ok;
  }
}

/** Which column a problem of the checked outcome is about, from its path. */
function fieldOfPath(path: string, cells: OutcomeCells): OutcomeField {
  if (path.startsWith('outcome.earnedUsd')) return 'earned';
  if (path.startsWith('outcome.tags')) return 'tags';
  if (path.startsWith('outcome.signals.hireRate')) return 'hireRate';
  if (path.startsWith('outcome.signals.paymentVerified')) return 'paymentVerified';
  if (
    path.startsWith('outcome.result') &&
    cells.result !== undefined &&
    fold(cells.result) !== ''
  ) {
    return 'result';
  }
  if (path.startsWith('outcome.stage') && cells.stage !== undefined) return 'stage';
  return cells.status !== undefined ? 'status' : cells.stage !== undefined ? 'stage' : 'result';
}

/**
 * The outcome a row's cells give, or undefined when they are all blank; the first problem
 * otherwise. The status word decides the stage when it implies one (`Viewed`), else the Stage
 * column does (`Declined` at `Viewed`), else `sent`; a Result column, when filled, decides the
 * result (a hire's stage is then `hired`). Blank cells say nothing.
 */
export function readOutcomeCells(cells: OutcomeCells, names: OutcomeNames = {}): OutcomeReading {
  const fail = (field: OutcomeField, message: string): OutcomeReading => ({
    ok: false,
    field,
    message: `${names[field] ?? OUTCOME_FIELD_LABELS[field]}: ${message}`,
  });
  const status = readStatus({ status: cells.status, stage: cells.stage });
  if (!status.ok) return fail(status.field, status.message);
  const outcome: Outcome = {};
  let { stage } = status;
  let result = status.result;
  const resultCell = readResult(cells.result ?? '');
  if (!resultCell.ok) return fail('result', resultCell.message);
  if (resultCell.value !== undefined) {
    result = resultCell.value;
    if (result === 'hired' && stage === undefined) stage = 'hired';
  }
  if (stage !== undefined) outcome.stage = stage;
  if (result !== undefined) outcome.result = result;

  const earned = readEarned(cells.earned ?? '');
  if (!earned.ok) return fail('earned', earned.message);
  if (earned.value !== undefined) outcome.earnedUsd = earned.value;
  const tags = readTags(cells.tags ?? '');
  if (!tags.ok) return fail('tags', tags.message);
  if (tags.value !== undefined) outcome.tags = tags.value;

  const signals: Signals = {};
  const hireRate = readHireRate(cells.hireRate ?? '');
  if (!hireRate.ok) return fail('hireRate', hireRate.message);
  if (hireRate.value !== undefined) signals.hireRate = hireRate.value;
  const verified = readPaymentVerified(cells.paymentVerified ?? '');
  if (!verified.ok) return fail('paymentVerified', verified.message);
  if (verified.value !== undefined) signals.paymentVerified = verified.value;
  if (Object.keys(signals).length > 0) outcome.signals = signals;

  if (Object.keys(outcome).length === 0) return { ok: true, outcome: undefined };
  // The cells' readers already keep every field in its range (tags, hire rate, dollars): only
  // the rules between fields are left. The full schema would cost more than the rest of a row.
  const [problem] = outcomeRuleProblems(outcome);
  if (problem)
    return fail(fieldOfPath(`outcome.${problem.path.join('.')}`, cells), problem.message);
  return { ok: true, outcome };
}
