import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { addEntry, editEntry, getHistory, redo, undo, type Command } from '../../src/commands';
import type { ConnectsDb } from '../../src/db/database';
import { readAllOutcomes } from '../../src/db/outcomes';
import type { Outcome } from '../../src/engine/outcomes/types';
import { PLUS_ACCOUNT } from '../fixtures/account';
import { dumpDb, openTestDb, run, seedLedger } from '../fixtures/db';

let db: ConnectsDb;
beforeEach(async () => {
  db = openTestDb('edit-outcome');
  await seedLedger(db, PLUS_ACCOUNT, []);
});

const spend = (ref: string, connects = 4, kind?: 'profile-boost') => ({
  date: '2026-01-12',
  type: 'spend' as const,
  connects,
  ref,
  details: ref,
  ...(kind ? { kind } : {}),
});
const JOB: Outcome = { stage: 'viewed', tags: ['react'], signals: { hireRate: 40 } };

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

describe('editEntry with an outcome: the entry and its outcome in one step', () => {
  it('sets, keeps or clears the outcome with the edit, one undoable step each', async () => {
    const added = await run(addEntry(spend('Logo'), JOB));
    const id = added.id as number;
    const steps = getHistory().undo.length;

    await roundTrip(editEntry(id, spend('Logo', 6), { ...JOB, tags: ['design'] }));
    expect((await readAllOutcomes(db)).get(id)?.tags).toEqual(['design']);
    expect(getHistory().undo.length).toBe(steps + 1);

    await run(editEntry(id, spend('Logo', 8)));
    expect((await readAllOutcomes(db)).get(id)?.tags).toEqual(['design']);

    await roundTrip(editEntry(id, spend('Logo', 8, 'profile-boost'), null));
    expect((await readAllOutcomes(db)).has(id)).toBe(false);
  });

  it('refuses an outcome the contract does not allow, writing nothing', async () => {
    const added = await run(addEntry(spend('Logo')));
    const before = await dumpDb(db);
    await expect(
      run(editEntry(added.id as number, spend('Logo', 6, 'profile-boost'), JOB)),
    ).rejects.toThrow('only a proposal has an outcome');
    await expect(
      run(editEntry(added.id as number, spend('Logo', 6), { tags: ['x'.repeat(41)] })),
    ).rejects.toThrow('outcome.tags[0]');
    expect(await dumpDb(db)).toEqual(before);
  });
});
