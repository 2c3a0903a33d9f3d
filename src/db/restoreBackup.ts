/**
 * Restoring a JSON backup: the whole ledger replaced inside the caller's transaction (a
 * command's, holding USER_TABLES): every table cleared, then the backup's rows added, so a
 * failure leaves the ledger as it was.
 */
import type { Era } from '../engine/eras';
import type { Backup } from '../import/backup';
import { ParseError } from '../import/errors';
import type { ConnectsDb } from './database';
import { clearUserData } from './accountMutations';
import { writePaged } from './entryPages';
import { writeOutcomes } from './outcomes';
import type { LedgerSnapshot } from './exportData';
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
  return value.map((item, i) => {
    const key = (item as { key?: unknown } | null)?.key;
    if (typeof key !== 'string')
      throw new ParseError(`kv[${i}].key: expected text`, `kv[${i}].key`);
    return { key, value: (item as { value?: unknown }).value };
  });
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

/** Replaces every table of the user's data with the snapshot's records. */
export async function replaceLedger(db: ConnectsDb, snapshot: LedgerSnapshot): Promise<void> {
  // One after another: after a native Promise.all, the nested awaits of writePaged can lose
  // Dexie's transaction zone (PrematureCommitError under fake-indexeddb).
  await clearUserData(db);
  if (snapshot.account) await db.account.add(snapshot.account);
  const entries = snapshot.entries.map(({ outcome: _outcome, ...entry }) => entry as EntryRecord);
  const stored = await writePaged(db, entries);
  const outcomes = snapshot.entries.flatMap((e, i) =>
    e.outcome ? [{ entryId: stored[i]?.id as number, outcome: e.outcome }] : [],
  );
  await writeOutcomes(db, outcomes);
  await db.batches.bulkAdd(snapshot.batches);
  await db.customEras.bulkAdd(snapshot.customEras);
  await db.kv.bulkAdd(snapshot.kv);
}
