/**
 * Moving proposals on (viewed, interview, hired, lost, withdrawn…) from the outcomes stored now,
 * read in the caller's transaction: two moves made in quick succession (V, then L, before the
 * page has read the first back) build on each other instead of the second undoing the first.
 * The transaction must hold `outcomePages`.
 */
import { moveOutcome, type MoveContext, type OutcomeMove } from '../engine/outcomes/moves';
import type { Outcome } from '../engine/outcomes/types';
import type { ConnectsDb } from './database';
import { readOutcomesOf } from './outcomes';

export interface ProposalMoveRequest {
  entry: { id: number; date: string };
  move: OutcomeMove;
  context: Omit<MoveContext, 'date'>;
}

/**
 * The outcome each move gives the proposal's stored one (null: nothing left to store), in
 * order; a proposal moved twice is moved from where the first move left it.
 */
export async function movedOutcomes(
  db: ConnectsDb,
  requests: readonly ProposalMoveRequest[],
): Promise<(Outcome | null)[]> {
  const stored = await readOutcomesOf(
    db,
    requests.map((r) => r.entry.id),
  );
  const moved = new Map<number, Outcome | null>();
  return requests.map(({ entry, move, context }, i) => {
    const current = moved.has(entry.id) ? moved.get(entry.id) : stored[i];
    const next = moveOutcome(current, move, { ...context, date: entry.date });
    moved.set(entry.id, next);
    return next;
  });
}
