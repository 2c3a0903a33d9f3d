import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { ConnectsDb, SCHEMA_VERSION } from '../../src/db/database';
import { watchDatabase } from '../../src/db/lifecycle';
import { classifyStorageError, storageErrorText } from '../../src/db/storageErrors';

describe('two tabs on one database', () => {
  it('tells the older tab when a newer schema version opens, and lets the upgrade through', async () => {
    const name = `tabs-${Math.random()}`;
    const older = new ConnectsDb(name);
    await older.open();
    const onVersionChange = vi.fn();
    const onBlocked = vi.fn();
    const stop = watchDatabase(older, { onVersionChange, onBlocked });
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    const newer = new Dexie(name);
    newer
      .version(SCHEMA_VERSION + 1)
      .stores({ entries: '++id, date, type, batchId, key, [date+order]', extra: 'id' });
    await newer.open();
    expect(onVersionChange).toHaveBeenCalledTimes(1);
    expect(older.isOpen()).toBe(false);
    expect(newer.verno).toBe(SCHEMA_VERSION + 1);
    stop();
    newer.close();
  });

  it('tells the newer tab while an older connection blocks its upgrade', async () => {
    const name = `blocked-${Math.random()}`;
    // An old tab that never lets go: raw IndexedDB at Dexie's version 1 (10 in IndexedDB).
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 10);
      request.onupgradeneeded = () =>
        request.result.createObjectStore('entries', { keyPath: 'id', autoIncrement: true });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    raw.onversionchange = () => {};
    vi.spyOn(console, 'warn').mockImplementation(() => {});

    const db = new ConnectsDb(name);
    const onBlocked = vi.fn();
    watchDatabase(db, { onVersionChange: vi.fn(), onBlocked });
    const opening = db.open();
    await vi.waitFor(() => expect(onBlocked).toHaveBeenCalled());
    raw.close();
    await opening;
    expect(db.isOpen()).toBe(true);
    db.close();
  });
});

describe('storage errors in words', () => {
  it('finds the quota error inside Dexie’s wrapping', () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    const wrapped = new Dexie.AbortError('Transaction aborted', quota);
    expect(classifyStorageError(wrapped)).toBe('quota');
    expect(storageErrorText(wrapped)).toMatch(/^the browser's storage is full\./);
    expect(classifyStorageError(new Dexie.MissingAPIError())).toBe('unavailable');
    expect(classifyStorageError(new Dexie.DatabaseClosedError())).toBe('closed');
    expect(storageErrorText(new Error('boom'))).toBe('the browser refused the write (boom).');
  });
});
