/** Adding, changing and deleting one ledger entry. */
import { writeOutcomes } from '../db/outcomes';
import { LedgerError } from '../db/storageErrors';
import { describeEntry } from '../engine/entryWords';
import type { Outcome } from '../engine/outcomes/types';
import { validateSpendOutcome } from '../engine/outcomes/validate';
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

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Adds an entry; a proposal may come with its outcome (e.g. the signals of "Worth applying?"). */
export function addEntry(entry: NewEntry, outcome?: Outcome): Command<EntryRecord> {
  return {
    subject: describeEntry(entry),
    done: (added) => `Added ${describeEntry(added)}`,
    tables: ENTRY_TABLES,
    history: 'undoable',
    run: async (db) => {
      if (outcome !== undefined) {
        const [problem] = validateSpendOutcome({ date: entry.date, kind: entry.kind, outcome });
        if (entry.type !== 'spend') throw new LedgerError('only a proposal has an outcome');
        if (problem) throw new LedgerError(problem.message);
      }
      const added = await insertEntry(db, entry);
      if (outcome !== undefined)
        await writeOutcomes(db, [{ entryId: added.id as number, outcome }]);
      return added;
    },
  };
}

export function editEntry(id: number, changes: NewEntry): Command<EditResult> {
  return {
    subject: `the changes to ${describeEntry(changes)}`,
    done: ({ before }) => `Changed ${describeEntry(before)}`,
    tables: ENTRY_TABLES,
    history: 'undoable',
    run: (db) => replaceEntry(db, id, changes),
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
