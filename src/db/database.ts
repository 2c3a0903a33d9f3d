/**
 * The Dexie database. Every schema version stays listed with its upgrade, so a
 * browser holding any older version opens cleanly; add versions, never edit one.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { AccountRecord, BatchRecord, CustomEraRecord, EntryRecord, KeyValueRecord } from './records';

export const DB_NAME = 'connects-budget';

export class ConnectsDb extends Dexie {
  entries!: EntityTable<EntryRecord, 'id'>;
  account!: Table<AccountRecord, 'account'>;
  batches!: EntityTable<BatchRecord, 'id'>;
  customEras!: Table<CustomEraRecord, string>;
  kv!: Table<KeyValueRecord, string>;

  constructor(name: string = DB_NAME) {
    super(name);
    // Version 1: entries in insertion order only.
    this.version(1).stores({
      entries: '++id, date, type, batchId, key',
      account: 'id',
      batches: '++id, importedAt',
      customEras: 'id',
      kv: 'key',
    });
    // Version 2: an explicit order within a date, so edits and imports keep the order the rules apply.
    this.version(2)
      .stores({ entries: '++id, date, type, batchId, key, [date+order]' })
      .upgrade(async (tx) => {
        await tx
          .table<EntryRecord, number>('entries')
          .toCollection()
          .modify((entry) => {
            if (typeof entry.order !== 'number') entry.order = entry.id ?? 0;
          });
      });
  }
}

export const SCHEMA_VERSION = 2;
