/**
 * The ledger read out whole, for a backup or a CSV export, and a backup file read into the
 * records a restore writes (the restore itself is a command).
 */
import { readSnapshot as readFrom, type LedgerSnapshot } from '../db/exportData';
import { getDb } from '../db/instance';

export { toBackupText, toLedgerCsv, type LedgerSnapshot } from '../db/exportData';
export { snapshotOf } from '../db/restoreBackup';

/** Every table of the user's data, read in one transaction so the parts agree. */
export function readSnapshot(): Promise<LedgerSnapshot> {
  return readFrom(getDb());
}
