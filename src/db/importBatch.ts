/**
 * Writing and removing an import batch, inside the caller's transaction (a command's, which
 * holds IMPORT_TABLES): all or nothing, so a failure halfway leaves the ledger as it was.
 */
import { indexStored, markStored } from '../import/identity';
import type { ImportedEvent } from '../import/types';
import type { ConnectsDb } from './database';
import type { Outcome } from '../engine/outcomes/types';
import { sameValue } from './changeRecorder';
import { countEntries, deleteBatchEntries, readAllEntries, writePaged } from './entryPages';
import { readOutcomesOf, removeOutcomes, writeOutcomes } from './outcomes';
import type { AccountRecord, BatchRecord, EntryRecord } from './records';

export const IMPORT_TABLES = [
  'entries',
  'entryPages',
  'batches',
  'account',
  'outcomePages',
] as const;

export interface ImportRequest {
  fileName: string;
  format: string;
  events: readonly ImportedEvent[];
  /** Set with the batch, e.g. the starting balance found by reconciliation, or a first account. */
  account?: AccountRecord;
  now?: Date;
}

export interface ImportOutcome {
  batchId: number | null;
  added: number;
  /** Rows already in the ledger from an earlier import of the same or an overlapping file. */
  skipped: number;
}

/** The entry an imported event becomes (its outcome, if the file gave one, is stored apart). */
export function toEntry(event: ImportedEvent, order: number, batchId: number): EntryRecord {
  const {
    line: _line,
    key,
    details,
    outcome: _outcome,
    ...fields
  } = event as ImportedEvent & {
    outcome?: Outcome;
  };
  return { ...fields, details, order, batchId, key } as EntryRecord;
}

export async function writeImport(db: ConnectsDb, request: ImportRequest): Promise<ImportOutcome> {
  // Rows already stored by content, whatever format they came in (identity.ts).
  const known = markStored(request.events, indexStored(await readAllEntries(db)));
  const fresh = request.events.filter((_, i) => !known[i]);
  const accountBefore = request.account ? ((await db.account.get('account')) ?? null) : null;
  if (request.account) await db.account.put(request.account);
  if (fresh.length === 0) return { batchId: null, added: 0, skipped: request.events.length };
  const batchId = await db.batches.add({
    importedAt: (request.now ?? new Date()).toISOString(),
    fileName: request.fileName,
    rowCount: fresh.length,
    format: request.format,
    ...(request.account ? { accountSet: request.account, accountBefore } : {}),
  });
  // Imported rows go after what each date already holds, in the file's order: a time-based
  // base is above every order written before, without scanning the ledger.
  const base = (request.now ?? new Date()).getTime() * 1000;
  const stored = await writePaged(
    db,
    fresh.map((event, i) => toEntry(event, base + i, batchId as number)),
  );
  const outcomes = fresh.flatMap((event, i) =>
    event.type === 'spend' && event.outcome
      ? [{ entryId: stored[i]?.id as number, outcome: event.outcome }]
      : [],
  );
  if (outcomes.length > 0) await writeOutcomes(db, outcomes);
  return {
    batchId: batchId as number,
    added: fresh.length,
    skipped: request.events.length - fresh.length,
  };
}

const sameAccount = (a: AccountRecord, b: AccountRecord): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * What undoing `batch` does to the account: puts back the one it replaced (a record), removes
 * the one it created (null, and only if the ledger is then empty), or leaves it (undefined).
 * Only an account still exactly as the import left it is touched: a change made since is the
 * user's own. Batches stored before `accountSet` was kept: the account it created, by its time.
 */
export function accountAfterUndo(
  batch: BatchRecord,
  current: AccountRecord | null,
): AccountRecord | null | undefined {
  if (!current) return undefined;
  if (batch.accountSet === undefined) {
    return current.createdAt === batch.importedAt ? null : undefined;
  }
  if (!sameAccount(current, batch.accountSet)) return undefined;
  return batch.accountBefore ?? null;
}

/**
 * Removes a batch and every entry it wrote, and undoes what it did to the account: the account it
 * replaced comes back; the account it set up goes too when the ledger is then empty (undoing a
 * first import returns to a new app).
 */
export async function removeImport(db: ConnectsDb, batchId: number): Promise<number> {
  const batch = await db.batches.get(batchId);
  const gone = await deleteBatchEntries(db, batchId);
  await removeOutcomes(db, gone);
  await db.batches.delete(batchId);
  if (batch?.outcomes) await restoreOutcomes(db, batch.outcomes);
  const removed = gone.length;
  if (!batch) return removed;
  const account = accountAfterUndo(batch, (await db.account.get('account')) ?? null);
  if (account) {
    await db.account.put(account);
  } else if (account === null) {
    if ((await countEntries(db)) === 0) await db.account.delete('account');
  }
  return removed;
}

/**
 * Undoing an outcomes file: each outcome it set goes back to the one it replaced, unless the
 * user changed it since (then the user's own stays), as an import's account does.
 */
async function restoreOutcomes(
  db: ConnectsDb,
  set: NonNullable<BatchRecord['outcomes']>,
): Promise<void> {
  const now = await readOutcomesOf(
    db,
    set.map((s) => s.entryId),
  );
  const back = set
    .filter(({ after }, i) => sameValue(now[i] ?? null, after))
    .map(({ entryId, before }) => ({ entryId, outcome: before }));
  await writeOutcomes(db, back);
}
