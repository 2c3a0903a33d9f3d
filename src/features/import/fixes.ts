/**
 * The one-click fixes the preview offers: a starting balance that makes the rules end at the
 * reported balance, the difference recorded as a correction, and the corrections for platform
 * rows (grants, expiries) the rules see differently.
 */
import type { AdjustEvent } from '../../engine/types';
import { findStartingBalance } from '../../import/balance';
import { BALANCE_NOTE, sameFix, type ImportChoices, type ImportPlan } from './importPlan';

export interface BalanceFixes {
  /** "Set the starting balance to N"; null when no balance reaches the reported one. */
  startingBalance: number | null;
  /** "Record the difference as a correction". */
  correction: AdjustEvent | null;
}

export function balanceFixes(plan: ImportPlan): BalanceFixes {
  const { difference, reported, replayed, asOf } = plan.reconciliation.balance;
  if (difference === null || difference === 0 || reported === null || asOf === null) {
    return { startingBalance: null, correction: null };
  }
  const { account } = plan;
  const found = findStartingBalance(
    {
      plan: account.plan,
      cycleDay: account.cycleDay,
      start: account.start,
      era: plan.era,
      source: 'options',
    },
    plan.mergedEvents,
    reported,
    asOf,
  );
  return {
    startingBalance: found !== null && found !== account.startingBalance ? found : null,
    correction: {
      date: asOf,
      type: 'adjust',
      connects: difference,
      note: `${BALANCE_NOTE} (${reported} reported, ${replayed} by the rules)`,
    },
  };
}

/** The platform-row corrections not yet recorded. */
export function openCorrections(plan: ImportPlan, choices: ImportChoices): AdjustEvent[] {
  return plan.reconciliation.corrections.filter(
    (fix) => !choices.corrections.some((done) => sameFix(done, fix)),
  );
}
