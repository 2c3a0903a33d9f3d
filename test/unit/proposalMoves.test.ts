import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  deleteEntry,
  importBatch,
  moveProposal,
  moveProposals,
  redo,
  setOutcome,
  undo,
  type Command,
  type ProposalEntry,
} from '../../src/commands';
import type { ConnectsDb } from '../../src/db/database';
import { readAllEntries } from '../../src/db/entryPages';
import { readAllOutcomes } from '../../src/db/outcomes';
import type { EntryRecord } from '../../src/db/records';
import { PLUS_ACCOUNT } from '../fixtures/account';
import { dumpDb, openTestDb, run, seedLedger } from '../fixtures/db';

const TODAY = '2026-03-01';
let db: ConnectsDb;

beforeEach(async () => {
  db = openTestDb('moves');
  await seedLedger(db, PLUS_ACCOUNT, [
    { date: '2026-01-12', type: 'spend', connects: 8, ref: 'typed' },
    { date: '2026-01-14', type: 'bonus', reason: 'other', connects: 5 },
  ]);
  // Imported proposals are stored in pages: the moves reach them alike.
  await run(
    importBatch({
      fileName: 'f.csv',
      format: 'csv',
      events: [0, 1, 2].map((i) => ({
        date: `2026-01-2${i}`,
        type: 'spend' as const,
        connects: 4,
        ref: `job ${i}`,
        line: i + 2,
        details: `job ${i}`,
        key: `k${i}`,
      })),
    }),
  );
});

async function entry(ref: string): Promise<ProposalEntry> {
  const found = (await readAllEntries(db)).find((e) => e.ref === ref) as EntryRecord;
  return { ...found, id: found.id as number };
}

async function roundTrip<R>(command: Command<R>): Promise<void> {
  const before = await dumpDb(db);
  await run(command);
  const after = await dumpDb(db);
  expect(after).not.toEqual(before);
  expect(await undo()).not.toBeNull();
  expect(await dumpDb(db)).toEqual(before);
  expect(await redo()).not.toBeNull();
  expect(await dumpDb(db)).toEqual(after);
}

describe('moving proposals on', () => {
  it('apply → undo → redo leaves the database identical', async () => {
    await roundTrip(moveProposal(await entry('typed'), 'viewed', { today: TODAY }));
    await roundTrip(moveProposal(await entry('job 1'), 'hired', { today: TODAY, earnedUsd: 500 }));
    await roundTrip(
      moveProposals([await entry('job 0'), await entry('job 2')], 'lost', { today: TODAY }),
    );
  });

  it('builds on the outcome stored, not on what the caller last read', async () => {
    const typed = await entry('typed');
    await run(setOutcome(typed, { stage: 'viewed', tags: ['react'], signals: { hireRate: 70 } }));
    // Two moves from the same (older) read of the page: the second keeps the first.
    await run(moveProposal(typed, 'interview', { today: TODAY }));
    const after = await run(moveProposal(typed, 'lost', { today: TODAY }));
    expect(after).toEqual({
      stage: 'interview',
      tags: ['react'],
      signals: { hireRate: 70 },
      result: 'lost',
      decidedOn: TODAY,
    });
    expect((await readAllOutcomes(db)).get(typed.id)).toEqual(after);
  });

  it('marks several in one step, each from its own outcome, and says how many', async () => {
    const job0 = await entry('job 0');
    const job1 = await entry('job 1');
    await run(setOutcome(job1, { stage: 'interview' }));
    expect(await run(moveProposals([job0, job1], 'lost', { today: TODAY }))).toBe(2);
    const outcomes = await readAllOutcomes(db);
    expect(outcomes.get(job0.id)).toEqual({ result: 'lost', decidedOn: TODAY });
    expect(outcomes.get(job1.id)).toEqual({
      stage: 'interview',
      result: 'lost',
      decidedOn: TODAY,
    });
    expect(moveProposals([job0, job1], 'lost', { today: TODAY }).done(2)).toBe(
      'Marked 2 proposals lost',
    );
  });

  it('refuses what is not a proposal, writing nothing', async () => {
    const bonus = (await readAllEntries(db)).find((e) => e.type === 'bonus') as EntryRecord;
    const before = await dumpDb(db);
    await expect(
      run(
        moveProposals([await entry('job 0'), { ...bonus, id: bonus.id as number }], 'lost', {
          today: TODAY,
        }),
      ),
    ).rejects.toThrow('only a proposal has an outcome');
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses a proposal no longer stored (deleted in another tab), writing nothing', async () => {
    const job0 = await entry('job 0');
    const typed = await entry('typed');
    const stored = (await readAllEntries(db)).find((e) => e.id === typed.id) as EntryRecord;
    await run(deleteEntry({ ...stored, id: typed.id }));
    const before = await dumpDb(db);
    await expect(run(moveProposals([job0, typed], 'lost', { today: TODAY }))).rejects.toThrow(
      'no longer exists',
    );
    expect(await dumpDb(db)).toEqual(before);
  });

  it('refuses an outcome the contract does not allow, naming the field', async () => {
    await expect(
      run(moveProposal(await entry('typed'), 'hired', { today: TODAY, earnedUsd: -5 })),
    ).rejects.toThrow('outcome.earnedUsd: must not be negative');
  });
});
