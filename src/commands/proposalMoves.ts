/**
 * Moving proposals on from where they stand (the Proposals page's keys and buttons, and any
 * row control): the new outcome is worked out from the stored one inside the command's own
 * transaction (db/proposalMoves.ts), so it never builds on a page's older read.
 */
import type { MoveOptions, ProposalMove } from '../engine/outcomes/moves';
import { MOVE_SUMMARIES } from '../engine/outcomes/moves';
import type { Outcome } from '../engine/outcomes/types';
import { outcomeSummary } from '../engine/outcomes/words';
import { describeEntry } from '../engine/entryWords';
import { plural } from '../engine/words';
import { moveProposalOutcomes } from '../db/proposalMoves';
import type { Command } from './command';
import type { ProposalEntry } from './outcomes';

type Options = Omit<MoveOptions, 'date'>;

/** Moves one proposal on (hired with `options.earnedUsd` when known). */
export function moveProposal(
  entry: ProposalEntry,
  move: ProposalMove,
  options: Options,
): Command<Outcome> {
  const what = describeEntry(entry);
  return {
    subject: `the outcome of ${what}`,
    done: (after) => `Marked ${what} ${outcomeSummary(after)}`,
    tables: ['outcomePages'],
    history: 'undoable',
    run: async (db) => {
      const [after] = await moveProposalOutcomes(db, [{ entry, move, options }]);
      return after as Outcome;
    },
  };
}

/** Moves several proposals on in one step (e.g. everything open for 30 days, lost). */
export function moveProposals(
  entries: readonly ProposalEntry[],
  move: ProposalMove,
  options: Options,
): Command<number> {
  return {
    subject: `the outcomes of ${plural(entries.length, 'proposal')}`,
    done: (n) => `Marked ${plural(n, 'proposal')} ${MOVE_SUMMARIES[move]}`,
    tables: ['outcomePages'],
    history: 'undoable',
    run: async (db) => {
      await moveProposalOutcomes(
        db,
        entries.map((entry) => ({ entry, move, options })),
      );
      return entries.length;
    },
  };
}
