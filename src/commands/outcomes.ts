/** Proposal outcomes: one set or cleared, several at once, or a file of them. */
import type { ConnectsDb } from '../db/database';
import { readAllEntries, readEntry } from '../db/entryPages';
import { ENTRY_TABLES } from '../db/ledgerMutations';
import { writeOutcomes } from '../db/outcomes';
import type { EntryRecord } from '../db/records';
import { LedgerError } from '../db/storageErrors';
import { describeEntry } from '../engine/entryWords';
import type { Outcome } from '../engine/outcomes/types';
import { outcomeSummary } from '../engine/outcomes/words';
import { plural } from '../engine/words';
import type { Command } from './command';
import { outcomeProblem } from './outcomeCheck';

/** A proposal as the commands need it: its id, date and kind (checked against the outcome). */
export type ProposalEntry = Pick<EntryRecord, 'date' | 'type' | 'kind'> &
  Partial<EntryRecord> & { id: number };

/**
 * Refuses an outcome the contract does not allow on its proposal, naming the field, or a
 * proposal no longer stored (deleted in another tab since the page showed it).
 */
async function check(
  db: ConnectsDb,
  changes: readonly { entry: ProposalEntry; outcome: Outcome | null }[],
): Promise<void> {
  // Many at once (a file, a bulk change): one read of the ledger rather than one per proposal.
  const stored = changes.length > 32 ? new Set((await readAllEntries(db)).map((e) => e.id)) : null;
  for (const { entry, outcome } of changes) {
    if (entry.type !== 'spend') throw new LedgerError('only a proposal has an outcome');
    const exists = stored ? stored.has(entry.id) : (await readEntry(db, entry.id)) !== undefined;
    if (!exists) {
      throw new LedgerError(`${describeEntry(entry)} no longer exists (deleted in another tab?)`);
    }
    if (outcome === null) continue;
    const problem = outcomeProblem({ date: entry.date, kind: entry.kind, outcome });
    if (problem !== null) throw new LedgerError(problem);
  }
}

/** Sets (or with null clears) one proposal's outcome. */
export function setOutcome(entry: ProposalEntry, outcome: Outcome | null): Command<Outcome | null> {
  const what = describeEntry(entry);
  return {
    subject: `the outcome of ${what}`,
    done: () =>
      outcome === null
        ? `Cleared the outcome of ${what}`
        : `Marked ${what} ${outcomeSummary(outcome)}`,
    tables: ENTRY_TABLES,
    history: 'undoable',
    run: async (db) => {
      await check(db, [{ entry, outcome }]);
      const [before] = await writeOutcomes(db, [{ entryId: entry.id, outcome }]);
      return before ?? null;
    },
  };
}

/** Sets several proposals' outcomes in one step (e.g. everything open for 30 days, lost). */
export function setOutcomes(
  changes: readonly { entry: ProposalEntry; outcome: Outcome }[],
  summary: string,
): Command<number> {
  return {
    subject: `the outcomes of ${plural(changes.length, 'proposal')}`,
    done: (n) => `Marked ${plural(n, 'proposal')} ${summary}`,
    tables: ENTRY_TABLES,
    history: 'undoable',
    run: async (db) => {
      await check(db, changes);
      await writeOutcomes(
        db,
        changes.map(({ entry, outcome }) => ({ entryId: entry.id, outcome })),
      );
      return changes.length;
    },
  };
}

/**
 * An outcomes file (outcomes.md §6): the outcomes of proposals already stored, set in one step
 * and listed with the imports, where undoing it puts back the outcomes it replaced.
 */
export function importOutcomes(
  fileName: string,
  matches: readonly { entry: ProposalEntry; outcome: Outcome }[],
  now: Date = new Date(),
): Command<number> {
  return {
    subject: `the outcomes from '${fileName}'`,
    done: (n) => `Updated the outcomes of ${plural(n, 'proposal')} from '${fileName}'`,
    tables: [...ENTRY_TABLES, 'batches'],
    history: 'undoable',
    run: async (db) => {
      await check(db, matches);
      const before = await writeOutcomes(
        db,
        matches.map(({ entry, outcome }) => ({ entryId: entry.id, outcome })),
      );
      await db.batches.add({
        importedAt: now.toISOString(),
        fileName,
        rowCount: 0,
        format: 'outcomes',
        outcomes: matches.map(({ entry, outcome }, i) => ({
          entryId: entry.id,
          before: before[i] ?? null,
          after: outcome,
        })),
      });
      return matches.length;
    },
  };
}

/** The same checks for the commands that work an outcome out themselves (proposalMoves.ts). */
export { check as checkProposalOutcomes };
