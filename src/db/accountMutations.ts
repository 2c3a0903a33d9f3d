/**
 * Changes to the account, the custom eras and the whole ledger, run inside the caller's
 * transaction (a command's: src/commands), which must hold the tables each names.
 */
import type { ConnectsDb } from './database';
import { LedgerError } from './storageErrors';
import { insertEntry, type NewEntry } from './ledgerMutations';
import type { AccountRecord, CustomEraRecord, EraSetting } from './records';

/** Every table of the user's data (not the caches): what a restore or an erase replaces. */
export const USER_TABLES = [
  'account',
  'entries',
  'entryPages',
  'batches',
  'customEras',
  'kv',
  'outcomePages',
] as const;

export async function readAccount(db: ConnectsDb): Promise<AccountRecord | null> {
  return (await db.account.get('account')) ?? null;
}

/** The first-run setup: the account, and the entries that make today's balance as typed. */
export async function writeNewAccount(
  db: ConnectsDb,
  account: AccountRecord,
  opening: readonly NewEntry[],
): Promise<void> {
  await db.account.put(account);
  for (const entry of opening) await insertEntry(db, entry);
}

/** Changes the stored account; fails when there is none (erased in another tab). */
export async function updateAccount(
  db: ConnectsDb,
  change: (account: AccountRecord) => AccountRecord,
): Promise<AccountRecord> {
  const account = await readAccount(db);
  if (!account) throw new LedgerError('there is no account (erased in another tab?)');
  const next = change(account);
  await db.account.put(next);
  return next;
}

const usesCustom = (account: AccountRecord | null, id: string): account is AccountRecord =>
  account !== null && account.era.kind === 'custom' && account.era.id === id;

/**
 * Stores a custom era, under a new id when it was renamed (`previousId`): the old record goes,
 * and an account replaying with it follows it to its new id rather than falling back to
 * automatic eras.
 */
export async function writeCustomEra(
  db: ConnectsDb,
  record: CustomEraRecord,
  previousId: string | null,
): Promise<void> {
  if (previousId !== null && previousId !== record.id) {
    if (await db.customEras.get(record.id))
      throw new LedgerError(`the id ${record.id} is already taken`);
    await db.customEras.delete(previousId);
    const account = await readAccount(db);
    if (usesCustom(account, previousId)) {
      const era: EraSetting = { kind: 'custom', id: record.id };
      await db.account.put({ ...account, era });
    }
  }
  await db.customEras.put(record);
}

/** Deletes a custom era; an account replaying with it goes back to automatic eras. */
export async function removeCustomEra(db: ConnectsDb, id: string): Promise<void> {
  const account = await readAccount(db);
  if (usesCustom(account, id)) await db.account.put({ ...account, era: { kind: 'auto' } });
  await db.customEras.delete(id);
}

/** Empties every table of the user's data, one after another (see restoreBackup.ts). */
export async function clearUserData(db: ConnectsDb): Promise<void> {
  for (const name of USER_TABLES) await db.table(name).clear();
}
