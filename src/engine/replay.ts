/**
 * Replays a ledger into billing-cycle statements (rules contract §3–§5).
 * Events are taken in date order (stable within a date) and each is applied
 * once, so the work grows linearly with the ledger.
 */
import { cycleStartOf, isCycleStart, nextCycleStart, parseIsoDate, type Day } from './dates';
import { ERA_CATALOGUE, eraResolver, type Era, type EraChoice } from './eras';
import { Machine } from './machine';
import type { Account, AnyEvent, Lot, Rejection, Statement, Warning } from './types';
import { EVENT_TYPES } from './types';
import { isWellFormed } from './wellformed';

export interface ReplayInput {
  account: Account;
  events: readonly AnyEvent[];
  /** `auto` (default), an era id of the catalogue, or a whole era. */
  era?: EraChoice;
  /** Statements run through the cycle containing this date (default: the last event's). */
  until?: string;
  catalogue?: readonly Era[];
}

export interface ReplayResult {
  cycles: Statement[];
  rejected: Rejection[];
  warnings: Warning[];
  /** Balance after each event, by index; null where the event was rejected or left out. */
  balances: (number | null)[];
  /**
   * The Connects each event moved, by index (what a refund "of the rest" or a capped interview
   * bonus came to); null where the event was rejected or left out.
   */
  changes: (number | null)[];
  /**
   * The Connects the rules refunded to each applied spend, by the spend's index, whatever the
   * refund's date (outcomes.md §2–§3). Spends nothing was refunded to are absent. A spend was
   * applied when its `balances` entry is not null.
   */
  readonly refundedBySpend: ReadonlyMap<number, number>;
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);

export class ReplayInputError extends Error {}

export function parseOrThrow(value: string, what: string): Day {
  const day = parseIsoDate(value);
  if (day === null) throw new ReplayInputError(`${what}: "${value}" is not a date (YYYY-MM-DD)`);
  return day;
}

export function accountStartDay(account: Account): Day {
  const start = parseOrThrow(account.start, 'account.start');
  if (!isCycleStart(start, account.cycleDay)) {
    throw new ReplayInputError(
      `account.start: ${account.start} is not a cycle start for cycle day ${account.cycleDay}`,
    );
  }
  return start;
}

export interface Prepared {
  start: Day;
  /** Indices of the events to feed, in date order. */
  order: number[];
  days: Float64Array;
  rejected: Rejection[];
  lastEventDay: Day;
  /** The events to feed came in date order already. */
  sorted: boolean;
}

/** Checks and dates the events from index `from` on (a checkpoint has the ones before). */
export function prepare(input: ReplayInput, from = 0): Prepared {
  const start = accountStartDay(input.account);
  const events = input.events;
  const days = new Float64Array(events.length);
  const order: number[] = [];
  const rejected: Rejection[] = [];
  let sorted = true;
  let previous = Number.NEGATIVE_INFINITY;
  let lastEventDay = start;
  let cachedText = '';
  let cachedDay: Day | null = null;
  for (let i = from; i < events.length; i += 1) {
    const event = events[i] as AnyEvent;
    if (!KNOWN_TYPES.has(event.type)) {
      rejected.push({ index: i, code: 'unknown-type' });
      continue;
    }
    const text = typeof event.date === 'string' ? event.date : '';
    if (text !== cachedText) {
      cachedText = text;
      cachedDay = parseIsoDate(text);
    }
    if (cachedDay === null || !isWellFormed(event)) {
      rejected.push({ index: i, code: 'invalid-event' });
      continue;
    }
    if (cachedDay < start) {
      rejected.push({ index: i, code: 'before-start' });
      continue;
    }
    days[i] = cachedDay;
    if (cachedDay < previous) sorted = false;
    previous = cachedDay;
    if (cachedDay > lastEventDay) lastEventDay = cachedDay;
    order.push(i);
  }
  // A stable sort keeps the order given within one date.
  if (!sorted) order.sort((a, b) => (days[a] as number) - (days[b] as number) || a - b);
  return { start, order, days, rejected, lastEventDay, sorted };
}

export function eraForInput(input: ReplayInput): (cycleStart: Day) => Era {
  return eraResolver(input.era ?? 'auto', input.catalogue ?? ERA_CATALOGUE);
}

function newMachine(input: ReplayInput, start: Day): Machine {
  return new Machine({
    plan: input.account.plan,
    start,
    startingBalance: input.account.startingBalance ?? 0,
    eraFor: eraForInput(input),
  });
}

export interface Run {
  machine: Machine;
  rejected: Rejection[];
  warnings: Warning[];
  balances: (number | null)[];
  changes: (number | null)[];
  /** Pairs, flat: the spend's index and the Connects a refund gave back to it. */
  refundLog: number[];
}

/** Feeds every event dated on or before `lastDay` to `machine` (by default a new one). */
export function run(
  input: ReplayInput,
  prepared: Prepared,
  lastDay: Day,
  machine: Machine = newMachine(input, prepared.start),
): Run {
  const { rejected } = prepared;
  const warnings: Warning[] = [];
  const balances: (number | null)[] = new Array<number | null>(input.events.length).fill(null);
  const changes: (number | null)[] = new Array<number | null>(input.events.length).fill(null);
  // Two pushes per refund: the per-spend sums are made only when someone reads them.
  const refundLog: number[] = [];
  machine.refundLog = refundLog;
  for (const index of prepared.order) {
    const day = prepared.days[index] as number;
    if (day > lastDay) break;
    machine.advanceTo(day);
    const outcome = machine.apply(input.events[index] as AnyEvent, index, day);
    if (outcome.kind === 'rejected') {
      rejected.push(outcome.rejection);
      continue;
    }
    if (outcome.kind === 'capped') warnings.push(outcome.warning);
    balances[index] = machine.balance;
    changes[index] = outcome.delta;
  }
  machine.refundLog = null;
  rejected.sort((a, b) => a.index - b.index);
  warnings.sort((a, b) => a.index - b.index);
  return { machine, rejected, warnings, balances, changes, refundLog };
}

/** The start of the last cycle to state: the one containing `until`, else the last event's. */
export function lastCycleStart(input: ReplayInput, start: Day, lastEventDay: Day): Day {
  const until = input.until === undefined ? lastEventDay : parseOrThrow(input.until, 'until');
  return until < start ? start : cycleStartOf(until, input.account.cycleDay);
}

/** The refund log's pairs summed per spend. */
function sumRefunds(log: readonly number[]): Map<number, number> {
  const sums = new Map<number, number>();
  for (let i = 0; i < log.length; i += 2) {
    const spend = log[i] as number;
    sums.set(spend, (sums.get(spend) ?? 0) + (log[i + 1] as number));
  }
  return sums;
}

export function replay(input: ReplayInput): ReplayResult {
  const prepared = prepare(input);
  const last = lastCycleStart(input, prepared.start, prepared.lastEventDay);
  const result = run(input, prepared, nextCycleStart(last) - 1);
  const { machine } = result;
  machine.advanceTo(last);
  machine.closeCycle();
  let refunded: Map<number, number> | null = null;
  return {
    cycles: machine.statements,
    rejected: result.rejected,
    warnings: result.warnings,
    balances: result.balances,
    changes: result.changes,
    // Made on first read (a structured clone reads it too): most callers never ask.
    get refundedBySpend() {
      refunded ??= sumRefunds(result.refundLog);
      return refunded;
    },
  };
}

export interface StateAt {
  /** The machine after every event dated on or before the date: ready to go on (forecast). */
  machine: Machine;
  day: Day;
  balance: number;
  lots: Lot[];
  rejected: Rejection[];
  warnings: Warning[];
}

/** The account as it stands at the end of `date`: balance, open cycle and lots held. */
export function stateAt(input: ReplayInput, date: string): StateAt {
  const prepared = prepare(input);
  const day = Math.max(parseOrThrow(date, 'date'), prepared.start);
  const result = run(input, prepared, day);
  result.machine.advanceTo(day);
  return {
    machine: result.machine,
    day,
    balance: result.machine.balance,
    lots: result.machine.book.held(),
    rejected: result.rejected,
    warnings: result.warnings,
  };
}

/** The lots held at the end of `date`: received date, Connects left, lapse date. */
export function lotsAt(input: ReplayInput, date: string): Lot[] {
  return stateAt(input, date).lots;
}
