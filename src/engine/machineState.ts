/**
 * A machine written out as plain data that survives structured cloning (IndexedDB, workers),
 * and read back: the bulk parts (lots, proposals) as typed arrays.
 */
import type { Day } from './dates';
import type { Era } from './eras';
import { LotBook, type LotBookState } from './lots';
import { Machine, type OpenCycle } from './machine';
import { Memory, type MemoryState } from './memory';
import type { Statement } from './types';

export interface MachineState {
  plan: string;
  pendingPlan: string | null;
  /** The open cycle without its era, which is always `eraFor(cycle.start)`. */
  cycle: Omit<OpenCycle, 'era'>;
  statements: Statement[];
  book: LotBookState;
  memory: MemoryState;
}

export function machineToState(m: Machine): MachineState {
  const { era: _era, ...cycle } = m.cycle;
  return {
    plan: m.plan,
    pendingPlan: m.pendingPlan,
    cycle,
    statements: m.statements.map((s) => ({ ...s })),
    book: m.book.toState(),
    memory: m.memory.toState(),
  };
}

/** The machine `machineToState` wrote, going on with `eraFor` (the one it was made with). */
export function machineFromState(state: MachineState, eraFor: (cycleStart: Day) => Era): Machine {
  const cycle: OpenCycle = { ...state.cycle, era: eraFor(state.cycle.start) };
  return new Machine(
    { plan: state.plan, start: cycle.start, startingBalance: 0, eraFor },
    {
      cycle,
      book: LotBook.fromState(state.book),
      memory: Memory.fromState(state.memory),
      statements: state.statements.map((s) => ({ ...s })),
      pendingPlan: state.pendingPlan,
    },
  );
}
