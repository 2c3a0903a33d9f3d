/**
 * Moving proposals on from where they stand (the Proposals page's keys and buttons): the new
 * outcome is worked out from the stored one inside the command's own transaction
 * (db/proposalMoves.ts), so it never builds on a page's older read, then checked as setOutcome
 * checks it (allowed by the contract, the proposal still stored).
 */
import type { ConnectsDb } from '../db/database';
import { movedOutcomes } from '../db/proposalMoves';
import { ENTRY_TABLES } from '../db/ledgerMutations';
import { writeOutcomes } from '../db/outcomes';
import { describeEntry } from '../engine/entryWords';
import type { MoveContext, OutcomeMove } from '../engine/outcomes/moves';
import type { Outcome } from '../engine/outcomes/types';
import { outcomeSummary } from '../engine/outcomes/words';
import { plural } from '../engine/words';
import type { Command } from './command';
import { checkProposalOutcomes, type ProposalEntry } from './outcomes';

type Context = Omit<MoveContext, 'date'>;

/** How a move reads after "Marked 3 proposals ". */
const MOVE_WORDS: Record<OutcomeMove, string> = {
  viewed: 'viewed',
  interview: 'at interview',
  hired: 'hired',
  lost: 'lost',
  withdrawn: 'withdrawn',
  cancelled: 'job closed',
  open: 'still open',
  clear: 'back to sent',
};

async function moveAll(
  db: ConnectsDb,
  entries: readonly ProposalEntry[],
  move: OutcomeMove,
  context: Context,
): Promise<(Outcome | null)[]> {
  const outcomes = await movedOutcomes(
    db,
    entries.map((entry) => ({ entry, move, context })),
  );
  const changes = entries.map((entry, i) => ({ entry, outcome: outcomes[i] ?? null }));
  await checkProposalOutcomes(db, changes);
  await writeOutcomes(
    db,
    changes.map(({ entry, outcome }) => ({ entryId: entry.id, outcome })),
  );
  return outcomes;
}

/** Moves one proposal on (hired with `context.earnedUsd` when known). */
export function moveProposal(
  entry: ProposalEntry,
  move: OutcomeMove,
  context: Context,
): Command<Outcome | null> {
  const what = describeEntry(entry);
  return {
    subject: `the outcome of ${what}`,
    done: (after) =>
      after === null ? `Cleared the outcome of ${what}` : `Marked ${what} ${outcomeSummary(after)}`,
    tables: ENTRY_TABLES,
    history: 'undoable',
    run: async (db) => (await moveAll(db, [entry], move, context))[0] ?? null,
  };
}

/** Moves several proposals on in one step (e.g. everything open for 30 days, lost). */
export function moveProposals(
  entries: readonly ProposalEntry[],
  move: OutcomeMove,
  context: Context,
): Command<number> {
  return {
    subject: `the outcomes of ${plural(entries.length, 'proposal')}`,
    done: (n) => `Marked ${plural(n, 'proposal')} ${MOVE_WORDS[move]}`,
    tables: ENTRY_TABLES,
    history: 'undoable',
    run: async (db) => {
      await moveAll(db, entries, move, context);
      return entries.length;
    },
  };
}
