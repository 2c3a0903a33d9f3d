/**
 * What the commands refuse in a proposal's outcome: what the contract does not allow (the
 * engine's check), then a number over the app's limits (import/limits.ts), each naming its field.
 * Every write of an outcome comes through here, whatever form or file it came from.
 */
import type { Outcome } from '../engine/outcomes/types';
import { validateSpendOutcome } from '../engine/outcomes/validate';
import { LedgerError } from '../db/storageErrors';
import { outcomeLimitProblem } from '../import/limits';

export function outcomeProblem(spend: {
  date: string;
  kind?: string | undefined;
  outcome: Outcome;
}): string | null {
  const [problem] = validateSpendOutcome(spend);
  if (problem) return problem.message;
  const tooLarge = outcomeLimitProblem(spend.outcome);
  return tooLarge === null ? null : `outcome.${tooLarge.message}`;
}

/** Refuses, naming the field, an outcome given with an entry that is not a proposal or not allowed on it. */
export function refuseBadOutcome(
  entry: { type: string; date: string; kind?: string | undefined },
  outcome: Outcome,
): void {
  if (entry.type !== 'spend') throw new LedgerError('only a proposal has an outcome');
  const problem = outcomeProblem({ date: entry.date, kind: entry.kind, outcome });
  if (problem !== null) throw new LedgerError(problem);
}
