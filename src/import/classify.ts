/**
 * One row as read from any format (copied rows, blocks, CSV) to what it means: its date, the
 * action's kind from the table, and a signed amount. A row that cannot be read becomes a
 * problem naming what is wrong; nothing is guessed.
 */
import type { Outcome, SpendKind } from '../engine/outcomes/types';
import type { BonusReason } from '../engine/types';
import { bonusReasonOf, matchAction, type ActionKind, type ActionRule } from './actions';
import type { DateReader } from './dateText';
import { checkLimit, numberProblem } from './limits';
import {
  OUTCOME_FIELD_LABELS,
  readOutcomeCells,
  type OutcomeCells,
  type OutcomeReading,
  type OutcomeField,
  type OutcomeNames,
} from './outcomeRow';
import type { ParseProblem } from './types';
import { clean, fold, parseAmount, parseUsd } from './values';

/** A row's cells as text, before any interpretation. */
export interface RawRow {
  line: number;
  /** The row as it appeared, for problems; else `cells` joined (built only when a problem needs it). */
  text?: string;
  cells?: readonly string[];
  delimiter?: string;
  date: string;
  action: string;
  details: string;
  amount: string;
  usd?: string;
  ref?: string;
  balance?: string;
  /** A CSV's outcome cells (outcomes.md §6), when it maps outcome columns. */
  outcome?: OutcomeCells;
  outcomeNames?: OutcomeNames;
  /** A sheet of proposals (no action column): the row is a proposal, whatever its details say. */
  asProposal?: boolean;
}

export interface Row {
  line: number;
  /** Position in the file, for a stable order within a date. */
  seq: number;
  date: string;
  kind: ActionKind;
  action: string;
  details: string;
  /** Folded for keys and matching, computed once: a row is keyed and matched several times. */
  actionKey: string;
  detailsKey: string;
  /** The job the row is about (folded ref, else details): boosts and refunds match on it. */
  job: string;
  /** Signed: negative takes Connects. */
  connects: number;
  reason?: BonusReason;
  /** A spend that is no proposal: what it paid for. */
  spendKind?: SpendKind;
  /** A proposal's (or its boost row's) outcome, from the CSV's outcome columns. */
  outcome?: Outcome;
  /** Outcome columns filled on a row that is no proposal: ignored, with a warning. */
  strayOutcome?: string[];
  usd?: number;
  ref?: string;
  balance?: number;
}

/** +1 when the kind adds Connects, -1 when it takes them, 0 when either. */
const DIRECTION: Record<ActionKind, 1 | -1 | 0> = {
  proposal: -1,
  boost: -1,
  spend: -1,
  purchase: 1,
  refund: 1,
  bonus: 1,
  adjust: 0,
  monthly: 1,
  expired: -1,
  rollover: 1,
};

const LABEL: Record<ActionKind, string> = {
  proposal: 'a proposal',
  boost: 'a boost',
  spend: 'a spend',
  purchase: 'a purchase',
  refund: 'a refund',
  bonus: 'a bonus',
  adjust: 'a correction',
  monthly: 'a monthly grant',
  expired: 'an expiry',
  rollover: 'a rollover',
};

/** Kinds where 0 Connects makes no sense (the engine would reject or ignore them). */
const NEEDS_CONNECTS: ReadonlySet<ActionKind> = new Set(['purchase', 'refund', 'adjust']);

export type Classified = { ok: true; row: Row } | { ok: false; problem: ParseProblem };

const PROPOSAL_RULE: ActionRule = { phrases: [], kind: 'proposal' };

/**
 * Rows of a sheet repeat a handful of outcomes ("Declined", "Sent"): each is read once and the
 * one frozen outcome shared, so a 100,000-row sheet makes a few outcomes, not 100,000. Kept per
 * file (its column names, one object for all its rows).
 */
const outcomeReads = new WeakMap<OutcomeNames, Map<string, OutcomeReading>>();
const NO_NAMES: OutcomeNames = {};

function readOutcomeOnce(cells: OutcomeCells, names: OutcomeNames = NO_NAMES): OutcomeReading {
  let reads = outcomeReads.get(names);
  if (!reads) {
    reads = new Map();
    outcomeReads.set(names, reads);
  }
  let key = '';
  // Each cell with its length: no text can pass for two cells.
  for (const f in cells) {
    const cell = cells[f as OutcomeField] ?? '';
    key += `${cell.length}:${cell}`;
  }
  let read = reads.get(key);
  if (read === undefined) {
    read = readOutcomeCells(cells, names);
    if (read.ok && read.outcome) deepFreeze(read.outcome);
    if (reads.size < 10_000) reads.set(key, read);
  }
  return read;
}

function deepFreeze(outcome: Outcome): void {
  if (outcome.tags) Object.freeze(outcome.tags);
  if (outcome.signals) Object.freeze(outcome.signals);
  Object.freeze(outcome);
}

/** The names of the outcome columns filled on a row. */
function filledOutcomeColumns(cells: OutcomeCells, names: OutcomeNames = {}): string[] {
  return (Object.keys(cells) as OutcomeField[])
    .filter((f) => (cells[f] ?? '').trim() !== '')
    .map((f) => names[f] ?? OUTCOME_FIELD_LABELS[f]);
}

function fail(raw: RawRow, message: string): Classified {
  const text = raw.text ?? raw.cells?.join(raw.delimiter ?? ',') ?? '';
  return { ok: false, problem: { line: raw.line, message, text } };
}

/** Folded action texts: a file repeats a handful of them. */
const actionKeys = new Map<string, string>();

function actionKeyOf(action: string): string {
  let key = actionKeys.get(action);
  if (key === undefined) {
    key = fold(action);
    if (actionKeys.size < 10_000) actionKeys.set(action, key);
  }
  return key;
}

export function classify(raw: RawRow, seq: number, dates: DateReader): Classified {
  const dateText = raw.date.trim();
  if (dateText === '') return fail(raw, 'the row has no date');
  const date = dates.read(dateText);
  if (date === null) return fail(raw, `"${dateText}" is not a date`);
  const action = clean(raw.action);
  const details = clean(raw.details);
  const ref = raw.ref === undefined ? '' : clean(raw.ref);
  const tooLong =
    checkLimit('action', 'action', action) ??
    checkLimit('details', 'details', details) ??
    checkLimit('ref', 'ref', ref);
  if (tooLong !== null) return fail(raw, tooLong);
  const rule = raw.asProposal ? PROPOSAL_RULE : matchAction(action === '' ? details : action);
  if (!rule) {
    return fail(raw, action === '' ? 'the row has no action' : `unknown action "${action}"`);
  }
  const amountText = raw.amount.trim();
  if (amountText === '') return fail(raw, 'the row has no amount');
  const amount = parseAmount(amountText);
  if (!amount.ok) return fail(raw, amount.message);
  const direction = DIRECTION[rule.kind];
  let connects = amount.value;
  if (direction !== 0 && connects !== 0) {
    if (amount.signed && Math.sign(connects) !== direction) {
      const verb = direction < 0 ? 'takes' : 'adds';
      return fail(raw, `${LABEL[rule.kind]} ${verb} Connects, but the row shows ${amountText}`);
    }
    connects = direction * Math.abs(connects);
  }
  if (connects === 0 && NEEDS_CONNECTS.has(rule.kind)) {
    return fail(raw, `${LABEL[rule.kind]} of 0 Connects`);
  }
  const detailsKey = fold(details);
  const row: Row = {
    line: raw.line,
    seq,
    date,
    kind: rule.kind,
    action,
    details,
    actionKey: actionKeyOf(action),
    detailsKey,
    job: ref === '' ? detailsKey : fold(ref),
    connects,
  };
  if (ref !== '') row.ref = ref;
  if (rule.kind === 'bonus') row.reason = rule.reason ?? bonusReasonOf(details) ?? 'other';
  if (rule.kind === 'spend') row.spendKind = rule.spendKind ?? 'other';
  if (raw.outcome !== undefined) {
    if (rule.kind === 'proposal' || rule.kind === 'boost') {
      const read = readOutcomeOnce(raw.outcome, raw.outcomeNames);
      if (!read.ok) return fail(raw, read.message);
      if (read.outcome !== undefined) row.outcome = read.outcome;
    } else {
      const filled = filledOutcomeColumns(raw.outcome, raw.outcomeNames);
      if (filled.length > 0) row.strayOutcome = filled;
    }
  }
  if (raw.usd !== undefined && raw.usd.trim() !== '') {
    const usd = parseUsd(raw.usd);
    if (usd === null) return fail(raw, `"${raw.usd.trim()}" is not an amount of dollars`);
    const tooLarge = numberProblem('usd', usd);
    if (tooLarge !== null) return fail(raw, `usd: ${tooLarge}`);
    row.usd = usd;
  }
  if (raw.balance !== undefined && raw.balance.trim() !== '') {
    const balance = parseAmount(raw.balance);
    if (!balance.ok) return fail(raw, `balance: ${balance.message}`);
    row.balance = balance.value;
  }
  return { ok: true, row };
}
