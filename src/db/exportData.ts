/**
 * The ledger read out whole, for the JSON backup (everything: account, entries, import batches,
 * custom eras, remembered preferences) and the CSV export (the entries as events).
 */
import type { Era } from '../engine/eras';
import type { Outcome } from '../engine/outcomes/types';
import {
  toBackupJson,
  type BackupAccount,
  type BackupData,
  type BackupEntry,
} from '../import/backup';
import { toCsv, type LedgerEntry } from '../import/appCsv';
import type { ConnectsDb } from './database';
import { readAllEntries } from './entryPages';
import { readAllOutcomes } from './outcomes';
import { compareEntries, toEvent } from './ledgerInput';
import type {
  AccountRecord,
  BatchRecord,
  CustomEraRecord,
  EntryRecord,
  KeyValueRecord,
} from './records';

/** An entry with its proposal's outcome joined in, as a backup carries it. */
export type EntryWithOutcome = EntryRecord & { outcome?: Outcome };

export interface LedgerSnapshot {
  account: AccountRecord | null;
  entries: EntryWithOutcome[];
  batches: BatchRecord[];
  customEras: CustomEraRecord[];
  kv: KeyValueRecord[];
}

/** The entries, each proposal with its stored outcome. */
function withOutcomes(
  entries: EntryRecord[],
  outcomes: ReadonlyMap<number, Outcome>,
): EntryWithOutcome[] {
  if (outcomes.size === 0) return entries;
  return entries.map((e) => {
    const outcome = e.id === undefined ? undefined : outcomes.get(e.id);
    return outcome ? { ...e, outcome } : e;
  });
}

/** Every table, read in one transaction so the parts agree with each other. */
export async function readSnapshot(db: ConnectsDb): Promise<LedgerSnapshot> {
  return db.transaction(
    'r',
    [db.account, db.entries, db.entryPages, db.batches, db.customEras, db.kv, db.outcomePages],
    async () => {
      const [account, entries, batches, customEras, kv, outcomes] = await Promise.all([
        db.account.get('account'),
        readAllEntries(db),
        db.batches.toArray(),
        db.customEras.toArray(),
        db.kv.toArray(),
        readAllOutcomes(db),
      ]);
      return {
        account: account ?? null,
        entries: withOutcomes(entries, outcomes),
        batches,
        customEras,
        kv,
      };
    },
  );
}

/** The backup's era: 'auto', a catalogue era's id, or the custom era itself (so it travels along). */
function backupEra(account: AccountRecord, customEras: readonly CustomEraRecord[]): string | Era {
  const era = account.era;
  if (era.kind === 'auto') return 'auto';
  if (era.kind === 'fixed') return era.id;
  return customEras.find((c) => c.id === era.id)?.era ?? 'auto';
}

/** Stored fields without the empty ones (a null boost left by an edit is no field at all). */
function backupEntry(entry: EntryRecord): BackupEntry {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(entry)) {
    if (v === undefined || (v === null && k !== 'batchId' && k !== 'key')) continue;
    out[k] = v;
  }
  return out as unknown as BackupEntry;
}

/** The backup file's text; throws (naming the field) when the ledger holds something invalid. */
export function toBackupText(snapshot: LedgerSnapshot, exportedAt?: string): string {
  const { account } = snapshot;
  if (!account) throw new Error('there is no account to back up yet');
  const backupAccount: BackupAccount & { createdAt: string } = {
    plan: account.plan,
    cycleDay: account.cycleDay,
    start: account.start,
    startingBalance: account.startingBalance,
    era: backupEra(account, snapshot.customEras),
    createdAt: account.createdAt,
  };
  const data: BackupData = {
    ...(exportedAt ? { exportedAt } : {}),
    account: backupAccount,
    entries: snapshot.entries.map(backupEntry),
    batches: snapshot.batches.map((b) => ({ ...b, id: b.id as number })),
    customEras: snapshot.customEras.map((c) => c.era),
  };
  // The backup schema validates what it knows; the preferences ride along beside it.
  const validated = JSON.parse(toBackupJson(data)) as Record<string, unknown>;
  return `${JSON.stringify({ ...validated, kv: snapshot.kv }, null, 2)}\n`;
}

/** The ledger as this app's CSV: one row per entry in ledger order, formula-safe. */
export function toLedgerCsv(entries: readonly EntryWithOutcome[]): string {
  return toCsv(
    [...entries].sort(compareEntries).map((e) => {
      const row: LedgerEntry = toEvent(e);
      if (e.details) row.details = e.details;
      if (e.outcome) row.outcome = e.outcome;
      return row;
    }),
  );
}
