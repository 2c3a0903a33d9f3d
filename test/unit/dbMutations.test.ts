import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  addEntry,
  createAccount,
  deleteCustomEra,
  deleteEntry,
  editEntry,
  eraseEverything,
  saveCustomEra,
  undo,
} from '../../src/commands';
import type { ConnectsDb } from '../../src/db/database';
import type { AccountRecord } from '../../src/db/records';
import { ERA_CATALOGUE } from '../../src/engine/eras';
import { openTestDb, run, spendOf } from '../fixtures/db';

const ACCOUNT: AccountRecord = {
  id: 'account',
  plan: 'freelancer-plus',
  cycleDay: 10,
  start: '2026-11-10',
  startingBalance: 0,
  era: { kind: 'auto' },
  createdAt: '2026-11-10T00:00:00.000Z',
};

const spend = spendOf;

let db: ConnectsDb;
beforeEach(() => {
  db = openTestDb('mut');
});

describe('ledger mutations', () => {
  it('puts a new entry after the others on its date', async () => {
    const a = await run(addEntry(spend('2026-11-12', 'A')));
    const b = await run(addEntry(spend('2026-11-12', 'B')));
    const c = await run(addEntry(spend('2026-11-11', 'C')));
    expect([a.order, b.order, c.order]).toEqual([0, 1, 0]);
    const ordered = await db.entries.orderBy('[date+order]').toArray();
    expect(ordered.map((e) => e.ref)).toEqual(['C', 'A', 'B']);
  });

  it('edits in place, or moves to the end of another date, and returns the entry as it was', async () => {
    const a = await run(addEntry(spend('2026-11-12', 'A')));
    await run(addEntry(spend('2026-11-13', 'B')));
    const same = await run(editEntry(a.id!, spend('2026-11-12', 'A2', 9)));
    expect(same.before).toEqual(a);
    expect(same.after).toMatchObject({ id: a.id, order: 0, connects: 9, ref: 'A2' });
    const moved = await run(
      editEntry(a.id!, { date: '2026-11-13', type: 'purchase', connects: 20 }),
    );
    expect(moved.after).toMatchObject({ order: 1, type: 'purchase', connects: 20 });
    expect(moved.after.ref).toBeUndefined();
    await undo();
    expect(await db.entries.get(a.id!)).toEqual(moved.before);
  });

  it('deletes, returning what undo needs to restore it unchanged', async () => {
    const a = await run(addEntry(spend('2026-11-12', 'A')));
    await run(deleteEntry({ ...a, id: a.id! }));
    expect(await db.entries.count()).toBe(0);
    await undo();
    expect(await db.entries.toArray()).toEqual([a]);
    await expect(run(deleteEntry({ ...a, id: 999 }))).rejects.toThrow(/no longer exists/);
  });
});

describe('account mutations', () => {
  it('creates the account with its opening entries in one transaction', async () => {
    await run(
      createAccount(ACCOUNT, [{ date: '2026-11-21', type: 'adjust', connects: -20, note: 'x' }]),
    );
    expect(await db.account.get('account')).toEqual(ACCOUNT);
    expect(await db.entries.toArray()).toEqual([
      expect.objectContaining({ connects: -20, order: 0 }),
    ]);
  });

  it('deleting the custom era in use puts the account back on automatic eras', async () => {
    const era = { ...(ERA_CATALOGUE[4] as (typeof ERA_CATALOGUE)[number]), id: 'custom-1' };
    await run(saveCustomEra(era));
    await run(createAccount({ ...ACCOUNT, era: { kind: 'custom', id: 'custom-1' } }));
    await run(deleteCustomEra({ id: 'custom-1', era }));
    expect((await db.account.get('account'))?.era).toEqual({ kind: 'auto' });
    expect(await db.customEras.count()).toBe(0);
  });

  it('erases everything', async () => {
    await run(createAccount(ACCOUNT, [{ date: '2026-11-21', type: 'adjust', connects: 5 }]));
    await run(eraseEverything());
    expect(await db.account.count()).toBe(0);
    expect(await db.entries.count()).toBe(0);
  });
});
