/** Adding, changing and deleting one ledger entry. */
import { writeOutcomes } from '../db/outcomes';
import { describeEntry } from '../engine/entryWords';
import type { Outcome } from '../engine/outcomes/types';
import {
  ENTRY_TABLES,
  insertEntry,
  removeEntry,
  replaceEntry,
  type EditResult,
  type NewEntry,
} from '../db/ledgerMutations';
import type { EntryRecord } from '../db/records';
import type { Command } from './command';
import { refuseBadOutcome } from './outcomeCheck';

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Adds an entry; a proposal may come with its outcome (e.g. the signals of "Worth applying?"). */
export function addEntry(entry: NewEntry, outcome?: Outcome): Command<EntryRecord> {
  return {
    subject: describeEntry(entry),
    done: (added) => `Added ${describeEntry(added)}`,
    tables: ENTRY_TABLES,
    history: 'undoable',
    run: async (db) => {
      if (outcome !== undefined) refuseBadOutcome(entry, outcome);
      const added = await insertEntry(db, entry);
      if (outcome !== undefined)
        await writeOutcomes(db, [{ entryId: added.id as number, outcome }]);
      return added;
    },
  };
}

/**
 * Changes an entry. `outcome` changes a proposal's outcome in the same step (the form's tags and
 * signals): an outcome sets it, null clears it, left out leaves the stored one as it is.
 */
export function editEntry(
  id: number,
  changes: NewEntry,
  outcome?: Outcome | null,
): Command<EditResult> {
  return {
    subject: `the changes to ${describeEntry(changes)}`,
    done: ({ before }) => `Changed ${describeEntry(before)}`,
    tables: ENTRY_TABLES,
    history: 'undoable',
    run: async (db) => {
      if (outcome) refuseBadOutcome(changes, outcome);
      const edited = await replaceEntry(db, id, changes);
      if (outcome !== undefined) await writeOutcomes(db, [{ entryId: id, outcome }]);
      return edited;
    },
  };
}

export function deleteEntry(entry: EntryRecord & { id: number }): Command<EntryRecord> {
  return {
    subject: describeEntry(entry),
    failVerb: 'Not deleted',
    done: (before) => capital(`deleted ${describeEntry(before)}`),
    tables: ENTRY_TABLES,
    history: 'undoable',
    run: (db) => removeEntry(db, entry.id),
  };
}
