import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteEntry,
  editEntry,
  importBatch,
  importOutcomes,
  redo,
  removeBatch,
  restoreBackup,
  setOutcome,
  setOutcomes,
  undo,
  type Command,
  type ProposalEntry,
} from '../../src/commands';
import { ConnectsDb } from '../../src/db/database';
import { readAllEntries } from '../../src/db/entryPages';
import { readSnapshot, toBackupText } from '../../src/db/exportData';
import { setDatabase } from '../../src/db/instance';
import { readOutcomes } from '../../src/db/ledgerCache';
import { packedOutcomeIndex, packOutcomes } from '../../src/db/ledgerCache/packedOutcomes';
import { OUTCOMES_REVISION_KEY, REVISION_KEY } from '../../src/db/ledgerRevision';
import { readAllOutcomes } from '../../src/db/outcomes';
import type { EntryRecord } from '../../src/db/records';
import { snapshotOf } from '../../src/db/restoreBackup';
import type { Outcome } from '../../src/engine/outcomes/types';
import { parseBackup } from '../../src/import/backup';
import type { ImportedEvent } from '../../src/import/types';
import { PLUS_ACCOUNT } from '../fixtures/account';
import { getHistory } from '../../src/commands';
import { dumpDb, openTestDb, run, seedLedger, spendOf } from '../fixtures/db';

let db: ConnectsDb;
beforeEach(() => {
  db = openTestDb('outcomes');
});

const HIRED: Outcome = { stage: 'hired', earnedUsd: 500, tags: ['react'] };
const LOST: Outcome = { stage: 'viewed', result: 'lost' };

const spend = spendOf;

const imported = (n: number, prefix: string, outcome?: Outcome): ImportedEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    ...spend('2026-02-03', `${prefix} ${i}`),
    ...(outcome ? { outcome } : {}),
    line: i + 1,
    key: `${prefix}|${i}`,
  }));

const proposal = (e: EntryRecord): ProposalEntry => ({ ...e, id: e.id as number });
const entryByRef = async (ref: string): Promise<EntryRecord> =>
  (await readAllEntries(db)).find((e) => e.ref === ref) as EntryRecord;
const outcomeOf = async (ref: string): Promise<Outcome | undefined> =>
  (await readAllOutcomes(db)).get((await entryByRef(ref)).id as number);
const revision = async (key: string) => (await db.caches.get(key))?.value;

async function roundTrip<R>(command: Command<R>): Promise<void> {
  const before = await dumpDb(db);
  await run(command);
  const after = await dumpDb(db);
  expect(after).not.toEqual(before);
  await undo();
  expect(await dumpDb(db)).toEqual(before);
  await redo();
  expect(await dumpDb(db)).toEqual(after);
}

/** A ledger of one typed proposal and an import of three. */
async function ledger(): Promise<void> {
  await seedLedger(db, PLUS_ACCOUNT, [spend('2026-01-12', 'typed')]);
  await run(importBatch({ fileName: 'a.csv', format: 'csv', events: imported(3, 'job') }));
}

describe('recording outcomes', () => {
  it('each change is one undoable step, typed or imported proposals alike', async () => {
    await ledger();
    await roundTrip(setOutcome(proposal(await entryByRef('typed')), HIRED));
    await roundTrip(setOutcome(proposal(await entryByRef('job 1')), LOST));
    await roundTrip(setOutcome(proposal(await entryByRef('typed')), null));
    const all = await readAllEntries(db);
    await roundTrip(
      setOutcomes(
        all.map((e) => ({ entry: proposal(e), outcome: { result: 'lost' } })),
        'lost',
      ),
    );
    expect(getHistory().undo.at(-1)?.label).toBe('Marked 4 proposals lost');
  });

  it('changes the outcomes, never the ledger: the dashboard’s cached replay stays valid', async () => {
    await ledger();
    const [ledgerRev, outcomesRev] = [
      await revision(REVISION_KEY),
      await revision(OUTCOMES_REVISION_KEY),
    ];
    await run(setOutcome(proposal(await entryByRef('job 0')), HIRED));
    expect(await revision(REVISION_KEY)).toBe(ledgerRev);
    expect(await revision(OUTCOMES_REVISION_KEY)).not.toBe(outcomesRev);
  });

  it('refuses an outcome the contract does not allow, naming the field, writing nothing', async () => {
    await ledger();
    const before = await dumpDb(db);
    const entry = proposal(await entryByRef('typed'));
    await expect(run(setOutcome(entry, { stage: 'viewed', earnedUsd: 10 }))).rejects.toThrow(
      /^outcome\.earnedUsd: /,
    );
    await expect(
      run(setOutcome(entry, { stage: 'sent', decidedOn: '2025-01-01' })),
    ).rejects.toThrow(/^outcome\.decidedOn: /);
    await expect(
      run(setOutcome({ ...entry, kind: 'profile-boost' }, { stage: 'viewed' })),
    ).rejects.toThrow(/outcome/);
    // Within the contract (≥ 0) but past the app's limits, whatever the form or file.
    await expect(run(setOutcome(entry, { stage: 'hired', earnedUsd: 1e308 }))).rejects.toThrow(
      'outcome.earnedUsd: too large: at most 10,000,000',
    );
    await expect(
      run(setOutcomes([{ entry, outcome: { signals: { interviewing: 100_001 } } }], 'Marked')),
    ).rejects.toThrow('outcome.signals.interviewing: too large: at most 100,000');
    expect(await dumpDb(db)).toEqual(before);
  });

  it('is refused for a proposal deleted since the page showed it (another tab), one or many', async () => {
    await ledger();
    const entry = proposal(await entryByRef('job 2'));
    await db.entryPages.clear();
    const before = await dumpDb(db);
    await expect(run(setOutcome(entry, HIRED))).rejects.toThrow(/no longer exists/);
    const many = Array.from({ length: 40 }, () => ({ entry, outcome: LOST }));
    await expect(run(importOutcomes('o.csv', many))).rejects.toThrow(/no longer exists/);
    expect(await dumpDb(db)).toEqual(before);
  });

  it('goes with its entry: deleted together, back together on undo', async () => {
    await ledger();
    await run(setOutcome(proposal(await entryByRef('job 2')), HIRED));
    const entry = await entryByRef('job 2');
    await run(deleteEntry({ ...entry, id: entry.id! }));
    expect((await readAllOutcomes(db)).size).toBe(0);
    await undo();
    expect(await outcomeOf('job 2')).toEqual(HIRED);
  });

  it('an entry edited into something other than a proposal keeps no outcome', async () => {
    await ledger();
    await run(setOutcome(proposal(await entryByRef('typed')), LOST));
    const entry = await entryByRef('typed');
    await run(editEntry(entry.id!, spend('2026-01-13', 'typed', 6)));
    expect(await outcomeOf('typed')).toEqual(LOST);
    await run(editEntry(entry.id!, { date: '2026-01-13', type: 'purchase', connects: 10 }));
    expect((await readAllOutcomes(db)).size).toBe(0);
  });

  it('survives re-imports and the undo of other imports; goes with the undo of its own', async () => {
    await ledger();
    await run(setOutcome(proposal(await entryByRef('job 0')), HIRED));
    await run(setOutcome(proposal(await entryByRef('typed')), LOST));
    // The same file again adds nothing and changes no outcome.
    await run(importBatch({ fileName: 'a.csv', format: 'csv', events: imported(3, 'job') }));
    await run(importBatch({ fileName: 'b.csv', format: 'csv', events: imported(2, 'other') }));
    const [first, second] = await db.batches.orderBy('id').toArray();
    await run(removeBatch({ ...second!, id: second!.id! }));
    expect(await outcomeOf('job 0')).toEqual(HIRED);
    expect(await outcomeOf('typed')).toEqual(LOST);
    await run(removeBatch({ ...first!, id: first!.id! }));
    expect([...(await readAllOutcomes(db)).values()]).toEqual([LOST]);
    await undo();
    expect(await outcomeOf('job 0')).toEqual(HIRED);
  });

  it('an import carrying outcomes stores them with its rows', async () => {
    await seedLedger(db);
    await run(
      importBatch({ fileName: 'o.csv', format: 'app-csv', events: imported(3, 'job', LOST) }),
    );
    expect([...(await readAllOutcomes(db)).values()]).toEqual([LOST, LOST, LOST]);
  });
});

describe('an outcomes file', () => {
  it('is listed with the imports; undoing it puts back the outcomes it replaced', async () => {
    await ledger();
    await run(setOutcome(proposal(await entryByRef('job 0')), LOST));
    const matches = await Promise.all(
      ['job 0', 'job 1'].map(async (ref) => ({
        entry: proposal(await entryByRef(ref)),
        outcome: HIRED,
      })),
    );
    await roundTrip(importOutcomes('outcomes.csv', matches));
    expect(await outcomeOf('job 1')).toEqual(HIRED);
    const batch = (await db.batches.toArray()).find((b) => b.format === 'outcomes')!;
    expect(batch).toMatchObject({ fileName: 'outcomes.csv', rowCount: 0 });
    // The user changes one since; undoing the file leaves that one as the user left it.
    await run(setOutcome(proposal(await entryByRef('job 1')), { stage: 'interview' }));
    await run(removeBatch({ ...batch, id: batch.id! }));
    expect(await outcomeOf('job 0')).toEqual(LOST);
    expect(await outcomeOf('job 1')).toEqual({ stage: 'interview' });
    expect(await db.batches.count()).toBe(1);
  });
});

describe('backups', () => {
  it('carry outcomes and kinds, and a restore brings them back', async () => {
    await ledger();
    await run(setOutcome(proposal(await entryByRef('job 1')), HIRED));
    const typed = await entryByRef('typed');
    await run(editEntry(typed.id!, { ...spend(typed.date, 'typed'), kind: 'availability-badge' }));
    const original = await readSnapshot(db);
    const text = toBackupText(original);
    const backup = JSON.parse(text) as { entries: Record<string, unknown>[] };
    expect(backup.entries.find((e) => e.ref === 'job 1')?.outcome).toEqual(HIRED);
    expect(backup.entries.find((e) => e.ref === 'typed')?.kind).toBe('availability-badge');
    const other = new ConnectsDb(`restored-${Math.random()}`);
    setDatabase(other);
    await run(restoreBackup('b.json', snapshotOf(parseBackup(text))));
    expect(await readSnapshot(other)).toEqual(original);
    db = other;
    expect(await outcomeOf('job 1')).toEqual(HIRED);
  });
});

const signalsArb = fc.record(
  {
    hireRate: fc.integer({ min: 0, max: 100 }),
    paymentVerified: fc.boolean(),
    invited: fc.boolean(),
    proposals: fc.constantFrom('Less than 5', '20 to 50', '50+'),
    clientSpentUsd: fc.integer({ min: 0, max: 100_000 }),
    postedDays: fc.nat(60),
    lastViewedDays: fc.nat(60),
    interviewing: fc.nat(20),
    hiredAlready: fc.boolean(),
    clearDescription: fc.boolean(),
  },
  { requiredKeys: [], noNullPrototype: true },
);
const anyOutcomeArb: fc.Arbitrary<Outcome> = fc.record(
  {
    stage: fc.constantFrom('sent', 'viewed', 'interview', 'hired' as const),
    result: fc.constantFrom('open', 'hired', 'lost', 'withdrawn', 'cancelled' as const),
    decidedOn: fc.constantFrom('2026-01-20', '2026-03-01'),
    earnedUsd: fc.integer({ min: 0, max: 1_000_000 }).map((c) => c / 100),
    tags: fc.array(
      fc.string({ minLength: 1, maxLength: 12 }).filter((t) => !t.includes('\u001f')),
      {
        maxLength: 10,
      },
    ),
    signals: signalsArb,
  },
  { requiredKeys: [], noNullPrototype: true },
) as fc.Arbitrary<Outcome>;

describe('the outcomes read cache', () => {
  it('packs outcomes into columns and gives back exactly each one', () => {
    fc.assert(
      fc.property(fc.array(anyOutcomeArb, { maxLength: 30 }), (list) => {
        const map = new Map(list.map((o, i) => [i * 7 + 1, o]));
        const packed = packOutcomes(map);
        expect(packed).not.toBeNull();
        const index = packedOutcomeIndex(structuredClone(packed!));
        expect(index.size).toBe(map.size);
        for (const [id, outcome] of map) expect(index.get(id)).toStrictEqual(outcome);
        expect(index.get(0)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('does not pack what it cannot give back exactly', () => {
    expect(packOutcomes(new Map([[1, { stage: 'sent', later: 1 } as Outcome]]))).toBeNull();
    expect(packOutcomes(new Map([[1, { signals: { mood: 'good' } } as Outcome]]))).toBeNull();
  });

  it('gives every read the stored outcomes, from the cache after the first', async () => {
    const name = `cached-${Math.random()}`;
    db = new ConnectsDb(name);
    setDatabase(db);
    await ledger();
    await run(setOutcome(proposal(await entryByRef('job 0')), HIRED));
    const first = await readOutcomes(db);
    expect(first.get((await entryByRef('job 0')).id!)).toEqual(HIRED);
    await new Promise((resolve) => setTimeout(resolve, 20));
    db.close();
    db = new ConnectsDb(name);
    setDatabase(db);
    const again = await readOutcomes(db);
    expect(again.size).toBe(1);
    expect(again.get((await entryByRef('job 0')).id!)).toEqual(HIRED);
    await run(setOutcome(proposal(await entryByRef('job 1')), LOST));
    const after = await readOutcomes(db);
    expect(after.size).toBe(2);
    expect(after.get((await entryByRef('job 1')).id!)).toEqual(LOST);
  });
});
