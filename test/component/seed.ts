/** Test data written straight to the database. */
import type { ConnectsDb } from '../../src/db/database';
import type { AccountRecord, EntryRecord } from '../../src/db/records';

export const PLUS_ACCOUNT: AccountRecord = {
  id: 'account',
  plan: 'freelancer-plus',
  cycleDay: 10,
  start: '2026-11-10',
  startingBalance: 0,
  era: { kind: 'auto' },
  createdAt: '2026-11-10T00:00:00.000Z',
};

export async function seed(
  db: ConnectsDb,
  account: AccountRecord = PLUS_ACCOUNT,
  entries: Omit<EntryRecord, 'order'>[] = [],
): Promise<void> {
  await db.account.put(account);
  await db.entries.bulkAdd(entries.map((e, i) => ({ ...e, order: i })));
}
