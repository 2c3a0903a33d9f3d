/** The component tests' ledger: a Freelancer Plus account from Nov 10, 2026, starting at 0. */
import type { ConnectsDb } from '../../src/db/database';
import type { AccountRecord, EntryRecord } from '../../src/db/records';
import { PLUS_ACCOUNT as FIXTURE_ACCOUNT } from '../fixtures/account';
import { seedLedger } from '../fixtures/db';

export const PLUS_ACCOUNT: AccountRecord = {
  ...FIXTURE_ACCOUNT,
  start: '2026-11-10',
  startingBalance: 0,
  createdAt: '2026-11-10T00:00:00.000Z',
};

export function seed(
  db: ConnectsDb,
  account: AccountRecord = PLUS_ACCOUNT,
  entries: Omit<EntryRecord, 'order'>[] = [],
): Promise<void> {
  return seedLedger(db, account, entries);
}
