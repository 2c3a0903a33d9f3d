/**
 * What one more proposal does to the budget (outcomes.md §4): the balance after it, and what
 * still expires on which date if nothing else is spent, from a copy of the state today
 * (the ledger is not replayed again, and the state given is left as it is).
 */
import { formatDay } from '../dates';
import { forecast, type ExpiryRisk } from '../forecast';
import type { ReplayInput, StateAt } from '../replay';

/** A lot's year, so every lapse of the Connects held today is seen. */
export const BUDGET_CYCLES = 12;

export interface ProposalBudget {
  /** connects + boost. */
  cost: number;
  /** False when the balance today cannot pay for it (the rules would reject it). */
  affordable: boolean;
  balanceBefore: number;
  /** The balance after the proposal; the balance today when it is not affordable. */
  balanceAfter: number;
  /** What expires or lapses, by date, if nothing else is spent: without the proposal … */
  expiringBefore: ExpiryRisk[];
  /** … and with it (the same list when it is not affordable). */
  expiringAfter: ExpiryRisk[];
}

const IDLE = { proposalsPerCycle: 0, connectsPerProposal: 0 };

function idleRisk(input: ReplayInput, state: StateAt, cycles: number): ExpiryRisk[] {
  return forecast({
    history: input,
    today: formatDay(state.day),
    pace: IDLE,
    cycles,
    state,
  }).risk;
}

/**
 * The proposal of `connects` + `boost` sent at the end of `state.day` (`stateAt(input, today)`,
 * e.g. the dashboard's `model.state`) and what that leaves.
 */
export function proposalBudget(
  input: ReplayInput,
  state: StateAt,
  connects: number,
  boost = 0,
  cycles: number = BUDGET_CYCLES,
): ProposalBudget {
  const cost = connects + boost;
  const expiringBefore = idleRisk(input, state, cycles);
  const machine = state.machine.clone();
  const outcome = machine.apply(
    { date: formatDay(state.day), type: 'spend', connects, boost },
    -1,
    state.day,
  );
  if (outcome.kind === 'rejected') {
    return {
      cost,
      affordable: false,
      balanceBefore: state.balance,
      balanceAfter: state.balance,
      expiringBefore,
      expiringAfter: expiringBefore,
    };
  }
  const after: StateAt = {
    ...state,
    machine,
    balance: machine.balance,
    lots: machine.book.held(),
  };
  return {
    cost,
    affordable: true,
    balanceBefore: state.balance,
    balanceAfter: machine.balance,
    expiringBefore,
    expiringAfter: idleRisk(input, after, cycles),
  };
}
