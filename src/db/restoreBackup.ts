/**
 * Restoring a JSON backup: the whole ledger replaced in one transaction (every table cleared,
 * then the backup's rows added), so a failure leaves the ledger as it was.
 */
import type { Era } from '../engine/eras';
import type { Backup } from '../import/backup';
import { ParseError } from '../import/errors';
import type { ConnectsDb } from './database';
import { writePaged } from './entryPages';
import type { LedgerSnapshot } from './exportData';
import { INTERNAL_KEYS } from './ledgerReplay';
import type {
  AccountRecord,
  BatchRecord,
  CustomEraRecord,
  EntryRecord,
  EraSetting,
  KeyValueRecord,
} from './records';

function readKv(value: unknown): KeyValueRecord[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ParseError('kv: expected a list of preferences', 'kv');
  const records = value.map((item, i) => {
    const key = (item as { key?: unknown } | null)?.key;
    if (typeof key !== 'string')
      throw new ParseError(`kv[${i}].key: expected text`, `kv[${i}].key`);
    return { key, value: (item as { value?: unknown }).value };
  });
  // A file cannot bring a revision or snapshot: they would vouch for entries they never saw.
  return records.filter((r) => !INTERNAL_KEYS.has(r.key));
}

/** The stored records a validated backup holds. */
export function snapshotOf(backup: Backup): LedgerSnapshot & { account: AccountRecord } {
  const source = backup.account as Backup['account'] & { createdAt?: unknown };
  const customEras: CustomEraRecord[] = backup.customEras.map((era) => ({
    id: era.id,
    era: era as Era,
  }));
  let era: EraSetting;
  if (typeof source.era === 'string') {
    era = source.era === 'auto' ? { kind: 'auto' } : { kind: 'fixed', id: source.era };
  } else {
    const custom = source.era as Era;
    era = { kind: 'custom', id: custom.id };
    if (!customEras.some((c) => c.id === custom.id))
      customEras.push({ id: custom.id, era: custom });
  }
  const account: AccountRecord = {
    id: 'account',
    plan: source.plan,
    cycleDay: source.cycleDay,
    start: source.start,
    startingBalance: source.startingBalance,
    era,
    createdAt: typeof source.createdAt === 'string' ? source.createdAt : backup.exportedAt,
  };
  return {
    account,
    entries: backup.entries as unknown as EntryRecord[],
    batches: backup.batches as BatchRecord[],
    customEras,
    kv: readKv((backup as { kv?: unknown }).kv),
  };
}

export async function restoreSnapshot(db: ConnectsDb, snapshot: LedgerSnapshot): Promise<void> {
  const tables = [db.account, db.entries, db.entryPages, db.batches, db.customEras, db.kv];
  await db.transaction('rw', tables, async () => {
    // One after another: after a native Promise.all, the nested awaits of writePaged can lose
    // Dexie's transaction zone (PrematureCommitError under fake-indexeddb).
    for (const table of tables) await table.clear();
    if (snapshot.account) await db.account.add(snapshot.account);
    await writePaged(db, snapshot.entries);
    await db.batches.bulkAdd(snapshot.batches);
    await db.customEras.bulkAdd(snapshot.customEras);
    await db.kv.bulkAdd(snapshot.kv);
  });
}

/** Replaces the whole ledger with a validated backup's. */
export async function restoreBackup(db: ConnectsDb, backup: Backup): Promise<void> {
  await restoreSnapshot(db, snapshotOf(backup));
}
