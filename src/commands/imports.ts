/** Import batches: written as a whole, removed as a whole. */
import {
  IMPORT_TABLES,
  removeImport,
  writeImport,
  type ImportOutcome,
  type ImportRequest,
} from '../db/importBatch';
import type { BatchRecord } from '../db/records';
import { formatCount, plural } from '../engine/words';
import type { Command } from './command';

/** Writes an import: the new rows (those already stored are skipped) and the account it sets. */
export function importBatch(request: ImportRequest): Command<ImportOutcome> {
  return {
    subject: `the import of '${request.fileName}'`,
    done: (o) =>
      `Imported '${request.fileName}': added ${plural(o.added, 'entry', 'entries')}, ${formatCount(o.skipped)} already in your ledger`,
    tables: IMPORT_TABLES,
    history: 'undoable',
    run: (db) => writeImport(db, request),
  };
}

/**
 * Removes an import and every entry it wrote, and puts back the account it changed; undoing the
 * import that set the account up, with nothing else left, removes the account too.
 */
export function removeBatch(batch: BatchRecord & { id: number }): Command<number> {
  return {
    subject: `the undoing of the import '${batch.fileName}'`,
    done: (removed) =>
      batch.outcomes
        ? `Put back the outcomes the file '${batch.fileName}' changed (${plural(batch.outcomes.length, 'proposal')})`
        : `Removed the import '${batch.fileName}' (${plural(removed, 'entry', 'entries')})`,
    tables: IMPORT_TABLES,
    history: 'undoable',
    run: (db) => removeImport(db, batch.id),
  };
}
