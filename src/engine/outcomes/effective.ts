/** A proposal's effective result (outcomes.md §2). */
import type { Outcome, OutcomeResult } from './types';

/**
 * The `result` given; else `hired` when the stage is `hired`; else `cancelled` when the
 * proposal spent Connects and the rules refunded all of them; else `open`.
 * `spent` is connects + boost, `refunded` what the replay matched to this spend.
 */
export function effectiveResult(
  outcome: Outcome | undefined,
  spent: number,
  refunded: number,
): OutcomeResult {
  if (outcome?.result !== undefined) return outcome.result;
  if (outcome?.stage === 'hired') return 'hired';
  if (spent > 0 && refunded >= spent) return 'cancelled';
  return 'open';
}
