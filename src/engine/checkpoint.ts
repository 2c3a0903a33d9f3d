/**
 * Replay checkpoints: the machine after every event dated on or before some day, as plain data
 * (see machineState.ts), so that a page can go on from it instead of replaying a long ledger
 * from its start. Going on from a checkpoint of the same events gives exactly what `stateAt`
 * gives: the same calls reach the same machine in the same order, only split in two.
 */
import type { Day } from './dates';
import { machineFromState, machineToState, type MachineState } from './machineState';
import {
  eraForInput,
  parseOrThrow,
  prepare,
  run,
  type Prepared,
  type ReplayInput,
  type Run,
  type StateAt,
} from './replay';
import type { Rejection, Warning } from './types';

export interface ReplayCheckpoint {
  /** Every event dated on or before this day has been fed; none dated after it. */
  day: Day;
  /** The index of the first event dated after `day` (or the count): the events are in date order. */
  next: number;
  /** How many events the input had: a cheap check that it is the same input. */
  count: number;
  machine: MachineState;
  /** Those of events before `next`. */
  rejected: Rejection[];
  warnings: Warning[];
}

function stateOf(result: Run, day: Day, rejected: Rejection[], warnings: Warning[]): StateAt {
  result.machine.advanceTo(day);
  return {
    machine: result.machine,
    day,
    balance: result.machine.balance,
    lots: result.machine.book.held(),
    rejected,
    warnings,
  };
}

/** The first event dated after `day` among those fed, in date order. */
function firstAfter(prepared: Prepared, day: Day, count: number): number {
  for (const index of prepared.order) if ((prepared.days[index] as number) > day) return index;
  return count;
}

/**
 * `stateAt(input, date)`, and a checkpoint at that date to go on from another time (null when
 * the events are not in date order: a checkpoint needs the later events to come after it).
 */
export function stateWithCheckpoint(
  input: ReplayInput,
  date: string,
): { state: StateAt; checkpoint: ReplayCheckpoint | null } {
  const prepared = prepare(input);
  const day = Math.max(parseOrThrow(date, 'date'), prepared.start);
  const result = run(input, prepared, day);
  let checkpoint: ReplayCheckpoint | null = null;
  if (prepared.sorted) {
    const next = firstAfter(prepared, day, input.events.length);
    checkpoint = {
      day,
      next,
      count: input.events.length,
      machine: machineToState(result.machine),
      rejected: result.rejected.filter((r) => r.index < next).map((r) => ({ ...r })),
      warnings: result.warnings.filter((w) => w.index < next).map((w) => ({ ...w })),
    };
  }
  return { state: stateOf(result, day, result.rejected, result.warnings), checkpoint };
}

/**
 * `stateAt(input, date)` from a checkpoint made from the same events, replaying only those after
 * it; null when it cannot be used (an earlier date, or evidently other events).
 */
export function stateFromCheckpoint(
  input: ReplayInput,
  checkpoint: ReplayCheckpoint,
  date: string,
): StateAt | null {
  if (input.events.length !== checkpoint.count) return null;
  const prepared = prepare(input, checkpoint.next);
  const day = Math.max(parseOrThrow(date, 'date'), prepared.start);
  const first = prepared.order[0];
  const ordered =
    prepared.sorted && (first === undefined || (prepared.days[first] as number) > checkpoint.day);
  if (day < checkpoint.day || !ordered) return null;
  const machine = machineFromState(checkpoint.machine, eraForInput(input));
  const result = run(input, prepared, day, machine);
  // Every index of the checkpoint's lists is below `next`, every new one at or above it.
  const rejected = [...checkpoint.rejected.map((r) => ({ ...r })), ...result.rejected];
  const warnings = [...checkpoint.warnings.map((w) => ({ ...w })), ...result.warnings];
  return stateOf(result, day, rejected, warnings);
}
