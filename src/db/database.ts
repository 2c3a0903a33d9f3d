/**
 * The Dexie database. Every schema version stays listed with its upgrade, so a
 * browser holding any older version opens cleanly; add versions, never edit one.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import { changeRecorder } from './changeRecorder';
import {
  CACHES,
  freshRevision,
  OUTCOMES_REVISION_KEY,
  REVISION_KEY,
  revisionMiddleware,
} from './ledgerRevision';
import type {
  AccountRecord,
  BatchRecord,
  CacheRecord,
  CustomEraRecord,
  EntryPageRecord,
  EntryRecord,
  KeyValueRecord,
  OutcomePageRecord,
} from './records';

export const DB_NAME = 'connects-budget';

export class ConnectsDb extends Dexie {
  entries!: EntityTable<EntryRecord, 'id'>;
  entryPages!: Table<EntryPageRecord, number>;
  account!: Table<AccountRecord, 'account'>;
  batches!: EntityTable<BatchRecord, 'id'>;
  customEras!: Table<CustomEraRecord, string>;
  kv!: Table<KeyValueRecord, string>;
  caches!: Table<CacheRecord, string>;
  outcomePages!: Table<OutcomePageRecord, number>;

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
    // Version 3: the ledger revision (ledgerRevision.ts). No store changes: the version exists so
    // that every open tab of an older release, which writes entries without changing the
    // revision, gets `versionchange` and reloads onto this code, leaving no such writer.
    this.version(3)
      .stores({})
      .upgrade(async (tx) => {
        await tx.table('kv').put({ key: 'ledger-rev', value: freshRevision() });
      });
    // Version 4: no index on `date` or `type`: nothing queries them (`[date+order]` gives date
    // order), and each index is one more write per entry, ~8% of a large import's time.
    this.version(4).stores({ entries: '++id, batchId, key, [date+order]' });
    // Version 5: entries written in bulk are stored as pages of rows (entryPages.ts), ~20 times
    // faster to write. Existing entries stay where they are; the ledger is both tables.
    this.version(5).stores({ entryPages: 'id, *batchIds, maxOrder' });
    // Version 6: the read caches (revision, snapshot, checkpoint) leave `kv` for a table of their
    // own, so `kv` holds the user's preferences only (what a backup carries) and a cache can be
    // dropped wholesale. The old cache records are simply dropped: the next read rebuilds them.
    this.version(6)
      .stores({ caches: 'key' })
      .upgrade(async (tx) => {
        await tx.table('kv').bulkDelete([...OLD_CACHE_KEYS]);
        await tx.table(CACHES).put({ key: REVISION_KEY, value: freshRevision() });
      });
    // Version 7: proposal outcomes, by buckets of entry ids (outcomes.ts), apart from the entries.
    this.version(7)
      .stores({ outcomePages: 'id' })
      .upgrade(async (tx) => {
        await tx.table(CACHES).put({ key: OUTCOMES_REVISION_KEY, value: freshRevision() });
      });
    this.on('populate', (tx) => {
      void tx.table(CACHES).bulkPut([
        { key: REVISION_KEY, value: freshRevision() },
        { key: OUTCOMES_REVISION_KEY, value: freshRevision() },
      ]);
    });
    this.use(revisionMiddleware);
    this.use(changeRecorder);
  }
}

export const SCHEMA_VERSION = 7;

/** Where versions 3–5 kept the caches, in `kv`. */
const OLD_CACHE_KEYS = ['ledger-rev', 'ledger-snapshot', 'ledger-checkpoint'];
