/** The account: set up on the first run, its settings, the rules era it replays with. */
import { readAccount, updateAccount, writeNewAccount } from '../db/accountMutations';
import { LedgerError } from '../db/storageErrors';
import type { NewEntry } from '../db/ledgerMutations';
import type { AccountRecord, EraSetting } from '../db/records';
import { planName } from '../engine/words';
import type { Command } from './command';

/** What the account form changes. */
export type AccountSettings = Pick<
  AccountRecord,
  'plan' | 'cycleDay' | 'start' | 'startingBalance'
>;

/** The first-run setup: the account and the entries that make today's balance as typed. */
export function createAccount(
  account: AccountRecord,
  opening: readonly NewEntry[] = [],
): Command<AccountRecord> {
  return {
    subject: 'your account',
    done: (a) => `Set up your account on ${planName(a.plan)}`,
    tables: ['account', 'entries', 'entryPages'],
    history: 'undoable',
    run: async (db) => {
      if (await readAccount(db))
        throw new LedgerError('an account exists already (set up in another tab?)');
      await writeNewAccount(db, account, opening);
      return account;
    },
  };
}

export function saveAccount(settings: AccountSettings): Command<AccountRecord> {
  return {
    subject: 'the account settings',
    done: () => 'Saved the account settings',
    tables: ['account'],
    history: 'undoable',
    run: (db) => updateAccount(db, (account) => ({ ...account, ...settings })),
  };
}

/** `rules` names the choice in words, e.g. "automatic eras". */
export function chooseEra(era: EraSetting, rules: string): Command<AccountRecord> {
  return {
    subject: `the rules era (${rules})`,
    done: () => `The ledger now replays with ${rules}`,
    tables: ['account'],
    history: 'undoable',
    run: (db) => updateAccount(db, (account) => ({ ...account, era })),
  };
}
