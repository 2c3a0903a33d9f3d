/**
 * Moving proposals on (viewed, interview, hired, lost, withdrawn) from the outcomes stored now,
 * read in the caller's transaction: two moves made in quick succession (V, then L, before the
 * page has read the first back) build on each other instead of the second undoing the first.
 * The transaction must hold `outcomePages`.
 */
import { moveOutcome, type MoveOptions, type ProposalMove } from '../engine/outcomes/moves';
import type { Outcome, SpendKind } from '../engine/outcomes/types';
import { validateSpendOutcome } from '../engine/outcomes/validate';
import type { ConnectsDb } from './database';
import { OUTCOME_BUCKET, writeOutcomes } from './outcomes';
import { LedgerError } from './storageErrors';

export interface ProposalMoveRequest {
  entry: { id: number; date: string; type: string; kind?: SpendKind };
  move: ProposalMove;
  options: Omit<MoveOptions, 'date'>;
}

/** Applies each move to the proposal's stored outcome; returns the outcomes written, in order. */
export async function moveProposalOutcomes(
  db: ConnectsDb,
  requests: readonly ProposalMoveRequest[],
): Promise<Outcome[]> {
  const bucketOf = (id: number): number => Math.floor(id / OUTCOME_BUCKET);
  const buckets = [...new Set(requests.map((r) => bucketOf(r.entry.id)))];
  const pages = await db.outcomePages.bulkGet(buckets);
  const stored = new Map(buckets.map((b, i) => [b, pages[i]?.outcomes ?? {}]));
  const written = new Map<number, Outcome>();
  const outcomes = requests.map(({ entry, move, options }) => {
    if (entry.type !== 'spend') throw new LedgerError('only a proposal has an outcome');
    const current = written.get(entry.id) ?? stored.get(bucketOf(entry.id))?.[entry.id];
    const next = moveOutcome(current, move, { ...options, date: entry.date });
    const [problem] = validateSpendOutcome({ date: entry.date, kind: entry.kind, outcome: next });
    if (problem) throw new LedgerError(problem.message);
    written.set(entry.id, next);
    return next;
  });
  await writeOutcomes(
    db,
    [...written].map(([entryId, outcome]) => ({ entryId, outcome })),
  );
  return outcomes;
}
