import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addEntry,
  chooseEra,
  createAccount,
  deleteCustomEra,
  deleteEntry,
  editEntry,
  eraseEverything,
  getHistory,
  importBatch,
  redo,
  removeBatch,
  restoreBackup,
  saveAccount,
  saveCustomEra,
  savePreference,
  setOutcome,
  undo,
  type Command,
} from '../../src/commands';
import type { ConnectsDb } from '../../src/db/database';
import type { EntryRecord } from '../../src/db/records';
import { formatDay, parseIsoDate } from '../../src/engine/dates';
import { ERA_CATALOGUE, type Era } from '../../src/engine/eras';
import type { ImportedEvent } from '../../src/import/types';
import { PLUS_ACCOUNT } from '../fixtures/account';
import { dumpDb, openTestDb, run, seedLedger, spendOf } from '../fixtures/db';

let db: ConnectsDb;
beforeEach(() => {
  db = openTestDb('commands');
});

const spend = spendOf;

const era = (id: string, name = id): Era => ({
  ...(ERA_CATALOGUE[4] as Era),
  id,
  name,
});

const imported = (n: number, date = '2026-02-03'): ImportedEvent[] =>
  Array.from({ length: n }, (_, i) => ({
    ...spend(date, `job ${i}`),
    line: i + 1,
    key: `${date}|job ${i}|1`,
  }));

/** A ledger with an imported batch, single entries and a custom era, to change. */
async function startingLedger(): Promise<{ single: EntryRecord; paged: EntryRecord }> {
  await seedLedger(db, PLUS_ACCOUNT, [spend('2026-01-12', 'single')]);
  await db.customEras.put({ id: 'mine', era: era('mine', 'Mine') });
  await run(importBatch({ fileName: 'f.csv', format: 'csv', events: imported(3) }));
  const all = await db.entries.toArray();
  const pages = await db.entryPages.toArray();
  return { single: all[0] as EntryRecord, paged: pages[0]?.rows[1] as EntryRecord };
}

/** Applies, undoes and redoes a command, checking the database at each step. */
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

describe('every undoable command: apply → undo → redo leaves the database identical', () => {
  it('adds, edits and deletes single and imported entries', async () => {
    const { single, paged } = await startingLedger();
    await roundTrip(addEntry(spend('2026-01-12', 'new')));
    await roundTrip(editEntry(single.id!, spend('2026-01-20', 'moved', 9)));
    await roundTrip(editEntry(paged.id!, spend('2026-02-03', 'edited', 7)));
    await roundTrip(deleteEntry({ ...single, id: single.id! }));
    await roundTrip(deleteEntry({ ...paged, id: paged.id! }));
  });

  it('sets up, changes and re-eras the account', async () => {
    await roundTrip(
      createAccount(PLUS_ACCOUNT, [{ date: '2026-01-20', type: 'adjust', connects: -5 }]),
    );
    await roundTrip(saveAccount({ ...PLUS_ACCOUNT, startingBalance: 80, plan: 'agency-plus' }));
    await roundTrip(chooseEra({ kind: 'fixed', id: 'classic' }, 'Classic'));
  });

  it('saves, renames and deletes custom eras', async () => {
    await startingLedger();
    await roundTrip(saveCustomEra(era('other', 'Other')));
    await roundTrip(saveCustomEra(era('mine', 'Mine, renamed')));
    await roundTrip(saveCustomEra(era('mine-2', 'Mine'), 'mine'));
    await roundTrip(deleteCustomEra({ id: 'mine-2', era: era('mine-2') }));
  });

  it('imports, and removes an import with the account it set', async () => {
    await roundTrip(
      importBatch({
        fileName: 'first.csv',
        format: 'csv',
        events: imported(5000),
        account: PLUS_ACCOUNT,
      }),
    );
    const [batch] = await db.batches.toArray();
    await roundTrip(removeBatch({ ...batch!, id: batch!.id! }));
  });
});

describe('the commands', () => {
  it('renaming the custom era in use keeps the account on it, in one step', async () => {
    await seedLedger(db, { ...PLUS_ACCOUNT, era: { kind: 'custom', id: 'mine' } });
    await db.customEras.put({ id: 'mine', era: era('mine', 'Mine') });
    await run(saveCustomEra(era('renamed', 'Renamed'), 'mine'));
    expect((await db.account.get('account'))?.era).toEqual({ kind: 'custom', id: 'renamed' });
    expect((await db.customEras.toArray()).map((c) => c.id)).toEqual(['renamed']);
    expect(getHistory().undo).toHaveLength(1);
  });

  it('a rename onto an id already taken fails whole: nothing changes', async () => {
    await seedLedger(db, { ...PLUS_ACCOUNT, era: { kind: 'custom', id: 'mine' } });
    await db.customEras.bulkPut([
      { id: 'mine', era: era('mine') },
      { id: 'taken', era: era('taken') },
    ]);
    const before = await dumpDb(db);
    await expect(run(saveCustomEra(era('taken'), 'mine'))).rejects.toThrow(/already taken/);
    expect(await dumpDb(db)).toEqual(before);
    expect(getHistory().undo).toHaveLength(0);
  });

  it('deleting the custom era in use puts the account on automatic eras; undo brings both back', async () => {
    await seedLedger(db, { ...PLUS_ACCOUNT, era: { kind: 'custom', id: 'mine' } });
    await db.customEras.put({ id: 'mine', era: era('mine') });
    await run(deleteCustomEra({ id: 'mine', era: era('mine') }));
    expect((await db.account.get('account'))?.era).toEqual({ kind: 'auto' });
    await undo();
    expect((await db.account.get('account'))?.era).toEqual({ kind: 'custom', id: 'mine' });
    expect(await db.customEras.count()).toBe(1);
  });

  it('restore and erase are not undoable, and empty the history', async () => {
    await seedLedger(db);
    await run(addEntry(spend('2026-01-12', 'A')));
    expect(getHistory().undo).toHaveLength(1);
    await run(eraseEverything());
    expect(getHistory()).toEqual({ undo: [], redo: [] });
    expect(await dumpDb(db)).toEqual({
      account: [],
      entries: [],
      entryPages: [],
      batches: [],
      customEras: [],
      kv: [],
      outcomePages: [],
    });
    await run(addEntry(spend('2026-01-12', 'B')));
    await run(
      restoreBackup('b.json', {
        account: PLUS_ACCOUNT,
        entries: [{ ...spend('2026-01-13', 'C'), order: 0, id: 7 }],
        batches: [],
        customEras: [],
        kv: [],
      }),
    );
    expect(getHistory()).toEqual({ undo: [], redo: [] });
    expect((await dumpDb(db)).entryPages).toHaveLength(1);
  });

  it('a preference is written outside the history', async () => {
    await run(savePreference('k', { a: 1 }, 'a choice'));
    expect(await db.kv.get('k')).toEqual({ key: 'k', value: { a: 1 } });
    expect(getHistory().undo).toHaveLength(0);
  });

  it('a new change drops what was undone: it can no longer be redone', async () => {
    await seedLedger(db);
    await run(addEntry(spend('2026-01-12', 'A')));
    await undo();
    expect(getHistory().redo).toHaveLength(1);
    await run(addEntry(spend('2026-01-12', 'B')));
    expect(getHistory().redo).toHaveLength(0);
    expect(await redo()).toBeNull();
  });

  it('an undo refuses, writing nothing, when the record was changed since (another tab)', async () => {
    await seedLedger(db);
    const added = await run(addEntry(spend('2026-01-12', 'A')));
    // Another tab edits the entry behind this tab's history.
    await db.entries.put({ ...added, connects: 11 });
    const before = await dumpDb(db);
    await expect(undo()).rejects.toThrow(/changed since/);
    expect(await dumpDb(db)).toEqual(before);
    expect(getHistory().undo).toHaveLength(0);
  });

  it('a step can be undone from its own message while a later, unrelated one stays', async () => {
    await seedLedger(db);
    await run(addEntry(spend('2026-01-12', 'A')));
    const first = getHistory().undo[0]!;
    await run(addEntry(spend('2026-01-13', 'B')));
    await undo(first.id);
    expect((await db.entries.toArray()).map((e) => e.ref)).toEqual(['B']);
    expect(getHistory().undo.map((s) => s.label)).toEqual(["Added the proposal 'B' (4 Connects)"]);
  });
});

type Op =
  | { kind: 'add'; day: number; connects: number }
  | { kind: 'edit'; pick: number; day: number; connects: number }
  | { kind: 'delete'; pick: number }
  | { kind: 'balance'; value: number }
  | { kind: 'era'; custom: boolean }
  | { kind: 'import'; rows: number; day: number }
  | { kind: 'unimport'; pick: number }
  | { kind: 'outcome'; pick: number; stage: 'viewed' | 'interview' | 'hired' | null };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('add' as const),
    day: fc.integer({ min: 0, max: 40 }),
    connects: fc.integer({ min: 0, max: 20 }),
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(),
    day: fc.integer({ min: 0, max: 40 }),
    connects: fc.integer({ min: 0, max: 20 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('balance' as const), value: fc.integer({ min: 0, max: 500 }) }),
  fc.record({ kind: fc.constant('era' as const), custom: fc.boolean() }),
  fc.record({
    kind: fc.constant('import' as const),
    rows: fc.integer({ min: 1, max: 5 }),
    day: fc.integer({ min: 0, max: 40 }),
  }),
  fc.record({ kind: fc.constant('unimport' as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('outcome' as const),
    pick: fc.nat(),
    stage: fc.constantFrom('viewed', 'interview', 'hired', null),
  }),
);

/** A date from the account's start (Jan 10, 2026) on. */
const dateOf = (offset: number): string =>
  formatDay((parseIsoDate('2026-01-10') as number) + offset);

/** Runs the command the op stands for (none when it picks an entry and there is none). */
async function apply(o: Op, n: number): Promise<unknown> {
  const entries = await db.entries.toArray();
  const paged = (await db.entryPages.toArray()).flatMap((p) => p.rows);
  const all = [...entries, ...paged];
  switch (o.kind) {
    case 'add':
      return run(addEntry(spend(dateOf(o.day), `add ${n}`, o.connects)));
    case 'edit': {
      const entry = all[o.pick % Math.max(1, all.length)];
      return entry && run(editEntry(entry.id!, spend(dateOf(o.day), `edit ${n}`, o.connects)));
    }
    case 'delete': {
      const entry = all[o.pick % Math.max(1, all.length)];
      return entry && run(deleteEntry({ ...entry, id: entry.id! }));
    }
    case 'balance':
      return run(saveAccount({ ...PLUS_ACCOUNT, startingBalance: o.value }));
    case 'era':
      return o.custom
        ? run(saveCustomEra(era(`era-${n}`)))
        : run(chooseEra({ kind: 'auto' }, 'automatic eras'));
    case 'import':
      return run(
        importBatch({
          fileName: `f${n}.csv`,
          format: 'csv',
          events: imported(o.rows, dateOf(o.day)).map((e) => ({ ...e, key: `${n}|${e.key}` })),
        }),
      );
    case 'unimport': {
      const batches = await db.batches.toArray();
      const batch = batches[o.pick % Math.max(1, batches.length)];
      return batch && run(removeBatch({ ...batch, id: batch.id! }));
    }
    case 'outcome': {
      const spends = all.filter((e) => e.type === 'spend');
      const entry = spends[o.pick % Math.max(1, spends.length)];
      const outcome = o.stage === null ? null : { stage: o.stage };
      return entry && run(setOutcome({ ...entry, id: entry.id! }, outcome));
    }
  }
}

describe('random command sequences', () => {
  it('undo all returns to the start, redo all to the end', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        db = openTestDb('sequence');
        await seedLedger(db, PLUS_ACCOUNT, [spend('2026-01-11', 'seed')]);
        const start = await dumpDb(db);
        let n = 0;
        for (const o of ops) await apply(o, (n += 1));
        const end = await dumpDb(db);
        const steps = getHistory().undo.length;
        for (let i = 0; i < steps; i += 1) await undo();
        expect(await dumpDb(db)).toEqual(start);
        for (let i = 0; i < steps; i += 1) await redo();
        expect(await dumpDb(db)).toEqual(end);
        await db.delete();
      }),
      { numRuns: 40 },
    );
  });
});
