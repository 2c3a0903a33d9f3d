import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  addEntry,
  chooseEra,
  deleteEntry,
  editEntry,
  importBatch,
  saveAccount,
  saveCustomEra,
  undo,
} from '../../src/commands';
import { ConnectsDb } from '../../src/db/database';
import { readAllEntries } from '../../src/db/entryPages';
import { readSnapshot, toBackupText } from '../../src/db/exportData';
import { setDatabase } from '../../src/db/instance';
import { readLedger, type LedgerRead } from '../../src/db/ledgerCache';
import { replayThrough } from '../../src/db/ledgerCache/replayThrough';
import { ledgerInput, toEvent } from '../../src/db/ledgerInput';
import type { EntryRecord } from '../../src/db/records';
import { ERA_CATALOGUE, type Era } from '../../src/engine/eras';
import { stateAt } from '../../src/engine/replay';
import { PLUS_ACCOUNT } from '../fixtures/account';
import { run, seedLedger } from '../fixtures/db';

// The build that wrote the caches, switchable to play a new release.
let build = 'build-1';
vi.mock('../../src/db/ledgerCache/codeVersion', () => ({ codeVersion: () => build }));
// The day the read's checkpoint is made at.
vi.mock('../../src/engine/words', async (original) => ({
  ...(await original<typeof import('../../src/engine/words')>()),
  todayIso: () => '2026-02-10',
}));
const TODAY = '2026-02-10';

const ENTRIES: Omit<EntryRecord, 'order'>[] = [
  { date: '2026-01-12', type: 'spend', connects: 16, boost: 4, ref: 'j1' },
  { date: '2026-01-12', type: 'purchase', connects: 40, usd: 6 },
  { date: '2026-01-20', type: 'refund', ref: 'j1' },
  { date: '2026-02-01', type: 'bonus', reason: 'promo', connects: 10 },
  { date: '2026-02-03', type: 'adjust', connects: -2, note: 'fix' },
  { date: '2026-02-04', type: 'plan', plan: 'freelancer-basic' },
  { date: '2026-02-04', type: 'spend', connects: 2, details: 'no ref' },
];

let name: string;
let db: ConnectsDb;
beforeEach(async () => {
  build = 'build-1';
  name = `read-${Math.random()}`;
  db = new ConnectsDb(name);
  setDatabase(db);
  await seedLedger(db, PLUS_ACCOUNT, ENTRIES);
});
afterEach(async () => {
  await db.delete();
});

/** A new connection, as a new page load has: nothing of the last read in memory. */
function reopen(): void {
  db.close();
  db = new ConnectsDb(name);
  setDatabase(db);
}

/** What the ledger holds, as the rules see it: every entry, read and replayed afresh. */
async function truth() {
  const account = (await db.account.get('account'))!;
  const customEras = await db.customEras.toArray();
  const { input } = ledgerInput(account, await readAllEntries(db), customEras);
  return { events: input.events, state: stateAt(input, TODAY) };
}

/** What a page gets from a load: the read, and the ledger replayed through today from it. */
async function load(): Promise<{ read: LedgerRead; balance: number; statements: unknown }> {
  const read = await readLedger(db);
  const { state } = replayThrough({ ...read, account: read.account! }, TODAY);
  return { read, balance: state.balance, statements: state.machine.statements };
}

async function expectTruth(): Promise<void> {
  const { read, balance, statements } = await load();
  const { events, state } = await truth();
  expect(read.events.all()).toEqual(events);
  expect(balance).toBe(state.balance);
  expect(statements).toEqual(state.machine.statements);
}

/** Changes an entry with raw IndexedDB, behind the app: no revision changes. */
async function changeBehindTheAppsBack(id: number, connects: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const tx = db.backendDB().transaction('entries', 'readwrite');
    const store = tx.objectStore('entries');
    const get = store.get(id);
    get.onsuccess = () => store.put({ ...get.result, connects });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
}

/** Waits for the caches a read stores (started, not awaited, so the page draws meanwhile). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('reading the ledger for a replay', () => {
  it('gives every load what the entries give, from the caches after the first', async () => {
    await expectTruth();
    await settle();
    reopen();
    await expectTruth();
    // Unchanged, the same tab reuses what it read: the same object, so the page need not draw.
    const again = await readLedger(db);
    expect(await readLedger(db)).toBe(again);
  });

  it('serves later loads from its caches, without reading the entries', async () => {
    const before = await load();
    await settle();
    // A change no app code made: the caches, still tagged as current, keep vouching.
    await changeBehindTheAppsBack(1, 99);
    reopen();
    const cached = await load();
    expect(cached.read.events.all()).toEqual(before.read.events.all());
    expect(cached.balance).toBe(before.balance);
  });

  it('sees every change the app makes, in this tab or after a reload', async () => {
    await load();
    await settle();
    const added = await run(addEntry({ date: '2026-02-05', type: 'spend', connects: 3, ref: 'x' }));
    await expectTruth();
    await settle();
    reopen();
    // An edit in place keeps the count and the ids: the revision alone tells.
    await run(editEntry(added.id!, { date: '2026-02-05', type: 'spend', connects: 9, ref: 'x' }));
    await expectTruth();
    await undo();
    await expectTruth();
    await run(deleteEntry({ ...added, id: added.id! }));
    await expectTruth();
    await run(
      importBatch({
        fileName: 'f.csv',
        format: 'csv',
        events: [
          { date: '2026-02-06', type: 'purchase', connects: 30, line: 1, key: 'k', details: '' },
        ],
      }),
    );
    await settle();
    reopen();
    await expectTruth();
  });

  it('replays afresh when the account or its rules change, not from an old checkpoint', async () => {
    await load();
    await settle();
    await run(saveAccount({ ...PLUS_ACCOUNT, startingBalance: 51 }));
    await expectTruth();
    await settle();
    reopen();
    await run(saveCustomEra({ ...(ERA_CATALOGUE[0] as Era), id: 'mine', name: 'Mine' }));
    await run(chooseEra({ kind: 'custom', id: 'mine' }, 'Mine'));
    await expectTruth();
    await settle();
    reopen();
    await expectTruth();
  });

  it('does not use caches another build of the code wrote', async () => {
    await load();
    await settle();
    await changeBehindTheAppsBack(1, 99);
    build = 'build-2';
    reopen();
    await expectTruth();
    expect((await load()).read.events.all()[0]).toMatchObject({ connects: 99 });
  });

  it('keeps its caches out of backups', async () => {
    await load();
    await settle();
    const backup = JSON.parse(toBackupText(await readSnapshot(db))) as { kv: unknown[] };
    expect(backup.kv).toEqual([]);
  });

  it('gives each event the shape toEvent gives, from the caches too', async () => {
    await load();
    await settle();
    reopen();
    const { read } = await load();
    const entries = await readAllEntries(db);
    expect(read.events.all()).toStrictEqual(entries.map(toEvent));
  });
});
