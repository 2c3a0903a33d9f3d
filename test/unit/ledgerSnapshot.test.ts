import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectsDb } from '../../src/db/database';
import { readSnapshot, toBackupText } from '../../src/db/exportData';
import { setDatabase } from '../../src/db/instance';
import { compareEntries, replayInput, toEvent } from '../../src/db/ledgerInput';
import { saveAccount, saveCustomEra } from '../../src/db/accountMutations';
import { addEntry, editEntry } from '../../src/db/ledgerMutations';
import {
  INTERNAL_KEYS,
  readLedgerReplay,
  saveCheckpoint,
  saveSnapshot,
  SNAPSHOT_KEY,
  type ReplayRead,
} from '../../src/db/ledgerReplay';
import { REVISION_KEY } from '../../src/db/ledgerRevision';
import { codeVersion } from '../../src/db/codeVersion';
import { CHECKPOINT_KEY } from '../../src/db/replayCheckpoint';
import { stateFromCheckpoint, stateWithCheckpoint } from '../../src/engine/checkpoint';
import { ERA_CATALOGUE } from '../../src/engine/eras';
import { stateAt } from '../../src/engine/replay';
import type { EntryRecord } from '../../src/db/records';
import { PLUS_ACCOUNT } from '../fixtures/account';
import { snapshotOf } from '../../src/db/restoreBackup';
import { parseBackup } from '../../src/import/backup';
import type { LedgerEvent } from '../../src/engine/types';

const ACCOUNT = PLUS_ACCOUNT;

const ENTRIES: EntryRecord[] = [
  { date: '2026-01-12', type: 'spend', connects: 16, boost: 4, ref: 'j1', order: 0 },
  { date: '2026-01-12', type: 'purchase', connects: 40, usd: 6, order: 1 },
  { date: '2026-01-20', type: 'refund', ref: 'j1', order: 0 },
  { date: '2026-02-01', type: 'bonus', reason: 'promo', connects: 10, order: 0 },
  { date: '2026-02-03', type: 'adjust', connects: -2, note: 'fix', order: 0 },
  { date: '2026-02-04', type: 'plan', plan: 'freelancer-basic', order: 0 },
  { date: '2026-02-04', type: 'spend', connects: 2, order: 1, details: 'no ref' },
];

let name: string;
let db: ConnectsDb;
beforeEach(async () => {
  name = `snap-${Math.random()}`;
  db = new ConnectsDb(name);
  setDatabase(db);
  await db.account.put(ACCOUNT);
  await db.entries.bulkAdd(ENTRIES);
});
afterEach(async () => {
  await db.delete();
});

/** A new connection, as a new page load has: nothing of the last read in memory. */
function reopen(): ConnectsDb {
  db.close();
  db = new ConnectsDb(name);
  setDatabase(db);
  return db;
}

/** What the slow path reads: every entry, in replay order, as the rules' events. */
async function truth(): Promise<LedgerEvent[]> {
  return (await db.entries.toArray()).sort(compareEntries).map(toEvent);
}

async function readAndSave(): Promise<ReplayRead> {
  const read = await readLedgerReplay(db);
  if (read.refresh) expect(await saveSnapshot(db, read.refresh)).toBe(true);
  return read;
}

/** Adds an entry with raw IndexedDB, as another program could, behind Dexie's back. */
async function rawWrite(write: (store: IDBObjectStore) => void): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const tx = db.backendDB().transaction('entries', 'readwrite');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    write(tx.objectStore('entries'));
  });
}

describe('the packed snapshot of the ledger', () => {
  it('is read instead of the entries once saved, and gives the same events', async () => {
    const first = await readAndSave();
    expect(first.source).toBe('entries');
    expect(first.data.events.all()).toEqual(await truth());
    reopen();
    const second = await readLedgerReplay(db);
    expect(second.source).toBe('snapshot');
    expect(second.data.events.all()).toStrictEqual(first.data.events.all());
    expect(second.data.account).toEqual(ACCOUNT);
    // Unchanged, the same tab reuses what it read: the same object, so React need not render.
    const third = await readLedgerReplay(db);
    expect(third.source).toBe('memory');
    expect(third.data).toBe(second.data);
  });

  it('is never used once the ledger changed through the app', async () => {
    await readAndSave();
    reopen();
    const added = await addEntry({ date: '2026-02-05', type: 'spend', connects: 3, ref: 'new' });
    let read = await readLedgerReplay(db);
    expect(read.source).toBe('entries');
    expect(read.data.events.all()).toEqual(await truth());
    expect(read.data.events.all().at(-1)).toMatchObject({ ref: 'new' });
    await saveSnapshot(db, read.refresh!);
    // An edit in place changes neither the count nor the highest id: the revision alone tells.
    await editEntry(added.id!, { date: '2026-02-05', type: 'spend', connects: 9, ref: 'new' });
    reopen();
    read = await readLedgerReplay(db);
    expect(read.source).toBe('entries');
    expect(read.data.events.all().at(-1)).toMatchObject({ connects: 9 });
  });

  it('is never used once entries were added or deleted behind the app’s back', async () => {
    await readAndSave();
    await rawWrite((s) => s.add({ date: '2026-02-06', type: 'bonus', reason: 'other', order: 0 }));
    let read = await readLedgerReplay(db);
    expect(read.source).toBe('entries');
    expect(read.data.events.all()).toEqual(await truth());
    await saveSnapshot(db, read.refresh!);
    await rawWrite((s) => s.delete(1));
    read = await readLedgerReplay(db);
    expect(read.source).toBe('entries');
    expect(read.data.events.count).toBe(ENTRIES.length);
  });

  it('is never used by another build of the code than the one that wrote it', async () => {
    await readAndSave();
    const stored = (await db.kv.get(SNAPSHOT_KEY))!.value as { version: string };
    expect(stored.version).toBe(codeVersion());
    await db.kv.put({ key: SNAPSHOT_KEY, value: { ...stored, version: 'another build' } });
    reopen();
    expect((await readLedgerReplay(db)).source).toBe('entries');
  });

  it('is not saved over a ledger that changed since it was read', async () => {
    const read = await readLedgerReplay(db);
    await addEntry({ date: '2026-02-05', type: 'purchase', connects: 10 });
    await saveSnapshot(db, read.refresh!);
    reopen();
    const again = await readLedgerReplay(db);
    expect(again.source).toBe('entries');
    expect(again.data.events.count).toBe(ENTRIES.length + 1);
  });

  it('gives a ledger without a revision one, only while nothing changed', async () => {
    await db.kv.delete(REVISION_KEY); // the middleware puts a fresh one back…
    await new Promise<void>((resolve) => {
      const tx = db.backendDB().transaction('kv', 'readwrite'); // …so remove it behind its back
      tx.objectStore('kv').delete(REVISION_KEY);
      tx.oncomplete = () => resolve();
    });
    const read = await readLedgerReplay(db);
    expect(read.refresh?.rev).toBeUndefined();
    expect(await saveSnapshot(db, read.refresh!)).toBe(true);
    expect(typeof (await db.kv.get(REVISION_KEY))?.value).toBe('string');
    reopen();
    expect((await readLedgerReplay(db)).source).toBe('snapshot');
  });

  it('stays out of backups, and a backup cannot bring one in', async () => {
    await readAndSave();
    const snapshot = await readSnapshot(db);
    expect(snapshot.kv.map((r) => r.key)).not.toContain(SNAPSHOT_KEY);
    const text = toBackupText(snapshot);
    const forged = JSON.parse(text) as { kv: unknown[] };
    forged.kv = [
      { key: SNAPSHOT_KEY, value: 'forged' },
      { key: REVISION_KEY, value: 'forged' },
      { key: 'csv-mapping', value: 1 },
    ];
    const restored = snapshotOf(parseBackup(JSON.stringify(forged)));
    expect(restored.kv).toEqual([{ key: 'csv-mapping', value: 1 }]);
    expect([...INTERNAL_KEYS].sort()).toEqual([CHECKPOINT_KEY, REVISION_KEY, SNAPSHOT_KEY].sort());
  });
});

describe('the stored replay checkpoint', () => {
  const TODAY = '2026-02-10';

  /** As the dashboard does: read, replay (making a checkpoint), store it. */
  async function loadOnce() {
    const read = await readAndSave();
    const input = replayInput(ACCOUNT, read.data.events.all());
    const made = read.data.checkpoint ? null : stateWithCheckpoint(input, TODAY).checkpoint;
    if (made) expect(await saveCheckpoint(db, read.data, made)).toBe(true);
    return { read, input };
  }

  it('is there on the next load, and gives what a full replay gives', async () => {
    expect(codeVersion()).toMatch(/^[0-9a-f]{16}$/);
    await loadOnce();
    reopen();
    const { read, input } = await loadOnce();
    expect(read.source).toBe('snapshot');
    expect(read.data.checkpoint).toBeTruthy();
    const resumed = stateFromCheckpoint(input, read.data.checkpoint!, TODAY);
    const replayed = stateAt(input, TODAY);
    expect(resumed?.balance).toBe(replayed.balance);
    expect(resumed?.machine.statements).toEqual(replayed.machine.statements);
  });

  it('is not offered once the entries or the replay settings changed', async () => {
    await loadOnce();
    await saveAccount({ ...ACCOUNT, startingBalance: 51 });
    reopen();
    expect((await readLedgerReplay(db)).data.checkpoint).toBeNull();
    await saveAccount(ACCOUNT);
    expect((await readLedgerReplay(db)).data.checkpoint).toBeTruthy();
    await saveCustomEra({ id: 'mine', era: ERA_CATALOGUE[0]! });
    await saveAccount({ ...ACCOUNT, era: { kind: 'custom', id: 'mine' } });
    expect((await readLedgerReplay(db)).data.checkpoint).toBeNull();
    await saveAccount(ACCOUNT);
    await addEntry({ date: '2026-02-05', type: 'purchase', connects: 10 });
    expect((await readLedgerReplay(db)).data.checkpoint).toBeNull();
  });

  it('is not offered when another build made it', async () => {
    await loadOnce();
    const record = (await db.kv.get(CHECKPOINT_KEY))!.value as { settings: string };
    await db.kv.put({
      key: CHECKPOINT_KEY,
      value: { ...record, settings: record.settings.replace(/^\["[0-9a-f]+"/, '["0000"') },
    });
    reopen();
    expect((await readLedgerReplay(db)).data.checkpoint).toBeNull();
  });
});
