/**
 * Commands that replace the whole ledger. Neither is undoable (the page asks first), and each
 * empties the history: what an earlier step would undo is gone.
 */
import { clearUserData, USER_TABLES } from '../db/accountMutations';
import type { LedgerSnapshot } from '../db/exportData';
import { replaceLedger } from '../db/restoreBackup';
import type { Command } from './command';

export function restoreBackup(fileName: string, snapshot: LedgerSnapshot): Command<LedgerSnapshot> {
  return {
    subject: `the restore of ${fileName}`,
    done: () => `Restored ${fileName}`,
    tables: USER_TABLES,
    history: 'resets',
    run: async (db) => {
      await replaceLedger(db, snapshot);
      return snapshot;
    },
  };
}

export function eraseEverything(): Command<true> {
  return {
    subject: 'the erasing of all data',
    done: () => 'All data erased. The app is as new',
    tables: USER_TABLES,
    history: 'resets',
    run: async (db) => {
      await clearUserData(db);
      return true;
    },
  };
}
