/** Puts a ledger with outcomes straight into a test database: the sample's, unless told. */
import type { ConnectsDb } from '../../src/db/database';
import { writeOutcomes } from '../../src/db/outcomes';
import type { AccountRecord } from '../../src/db/records';
import type { EntryWithOutcome } from '../../src/db/exportData';
import { sampleWithOutcomes } from '../fixtures/sampleWithOutcomes';

export interface ProposalsSeed {
  account?: AccountRecord;
  entries?: Omit<EntryWithOutcome, 'id'>[];
}

/** Stores the account, the entries and their outcomes; returns the entries' ids in order. */
export async function seedProposals(db: ConnectsDb, seed: ProposalsSeed = {}): Promise<number[]> {
  const sample = sampleWithOutcomes();
  const account = seed.account ?? sample.account;
  const entries = seed.entries ?? sample.entries;
  await db.account.put(account);
  if (entries.length === 0) return [];
  const ids = (await db.entries.bulkAdd(
    entries.map(({ outcome: _outcome, ...e }) => e),
    { allKeys: true },
  )) as number[];
  await writeOutcomes(
    db,
    entries.flatMap((e, i) =>
      e.outcome ? [{ entryId: ids[i] as number, outcome: e.outcome }] : [],
    ),
  );
  return ids;
}
