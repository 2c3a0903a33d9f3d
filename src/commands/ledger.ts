/** Adding, changing and deleting one ledger entry. */
import { describeEntry } from '../engine/entryWords';
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

export function addEntry(entry: NewEntry): Command<EntryRecord> {
  return {
    subject: describeEntry(entry),
    done: (added) => `Added ${describeEntry(added)}`,
    tables: ENTRY_TABLES,
    history: 'undoable',
    run: (db) => insertEntry(db, entry),
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
