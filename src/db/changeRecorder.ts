/**
 * Records what a transaction changes, record by record: each written record's value before the
 * write (read in the same transaction, just before it) and after it. The commands layer makes
 * undo and redo from that (src/commands/history.ts): putting the "before" values back is the
 * exact inverse of whatever the command did, however it did it, and writing them is recorded in
 * turn, which gives the redo. Like the revision middleware, it sits under every table, so no
 * write path of a recorded transaction can escape it.
 *
 * Only transactions a caller asked for are recorded (`startRecording`); the caches table never
 * is: it holds what the ledger's readers derive, not the user's data.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, Middleware, Transaction } from 'dexie';
import { CACHES } from './ledgerRevision';
import { LedgerError } from './storageErrors';

/** A value as it was or became; `undefined` means no record with that key. */
export interface RecordChange {
  key: IDBValidKey;
  before: unknown;
  after: unknown;
}

/** Per table, per key (as JSON), what changed. */
export type ChangeSet = ReadonlyMap<string, ReadonlyMap<string, RecordChange>>;

class Recorder {
  readonly tables = new Map<string, Map<string, RecordChange>>();

  note(table: string, key: IDBValidKey, before: unknown, after: unknown): void {
    let changes = this.tables.get(table);
    if (!changes) this.tables.set(table, (changes = new Map()));
    const id = JSON.stringify(key);
    const known = changes.get(id);
    // Written twice in one transaction: the first "before" and the last "after" count.
    if (known) known.after = after;
    else changes.set(id, { key, before, after });
  }

  /** The changes, without records that ended as they began (a placeholder added, then deleted). */
  finish(): ChangeSet {
    const out = new Map<string, Map<string, RecordChange>>();
    for (const [table, changes] of this.tables) {
      const kept = new Map([...changes].filter(([, c]) => !sameValue(c.before, c.after)));
      if (kept.size > 0) out.set(table, kept);
    }
    return out;
  }
}

/** Keyed by the IndexedDB transaction, which is what each DBCore request carries. */
const recorders = new WeakMap<object, Recorder>();

/**
 * Starts recording the writes of `tx` (a Dexie transaction, from inside its scope); call the
 * returned function before the scope ends to get what changed.
 */
export function startRecording(tx: Transaction): () => ChangeSet {
  const recorder = new Recorder();
  recorders.set(tx.idbtrans, recorder);
  return () => {
    recorders.delete(tx.idbtrans);
    return recorder.finish();
  };
}

/** Structural equality of stored values (plain data: what IndexedDB's structured clone keeps). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.constructor !== b.constructor)
      return false;
    const x = a as unknown as ArrayLike<unknown>;
    const y = b as unknown as ArrayLike<unknown>;
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i += 1) if (!Object.is(x[i], y[i])) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  const ra = a as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && sameValue(ra[k], rb[k]));
}

/** The record as stored: an auto-incremented key is not in the value the caller gave. */
function withKey(table: DBCoreTable, value: unknown, key: IDBValidKey): unknown {
  const path = table.schema.primaryKey.keyPath;
  if (typeof path !== 'string' || typeof value !== 'object' || value === null) return value;
  return (value as Record<string, unknown>)[path] === key ? value : { ...value, [path]: key };
}

function keysOf(table: DBCoreTable, req: DBCoreMutateRequest & { type: 'put' }): IDBValidKey[] {
  if (req.keys) return req.keys;
  const extract = table.schema.primaryKey.extractKey;
  if (!extract) throw new Error(`cannot record a write to ${table.name} without its keys`);
  return req.values.map((v) => extract(v) as IDBValidKey);
}

function recordingTable(table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: async (req) => {
      const recorder = recorders.get(req.trans);
      if (!recorder) return table.mutate(req);
      const note = (key: IDBValidKey, before: unknown, after: unknown): void =>
        recorder.note(table.name, key, before, after);
      const { trans } = req;
      switch (req.type) {
        case 'add': {
          const res = await table.mutate(req);
          req.values.forEach((value, i) => {
            const key = (req.keys?.[i] ?? res.results?.[i]) as IDBValidKey | undefined;
            if (key !== undefined && !res.failures[i])
              note(key, undefined, withKey(table, value, key));
          });
          return res;
        }
        case 'put': {
          const keys = keysOf(table, req);
          const before = await table.getMany({ trans, keys });
          const res = await table.mutate(req);
          keys.forEach((key, i) => {
            if (!res.failures[i]) note(key, before[i], withKey(table, req.values[i], key));
          });
          return res;
        }
        case 'delete': {
          const before = await table.getMany({ trans, keys: req.keys });
          const res = await table.mutate(req);
          req.keys.forEach((key, i) => note(key, before[i], undefined));
          return res;
        }
        case 'deleteRange': {
          const primaryKey = table.schema.primaryKey;
          const { result } = await table.query({
            trans,
            values: true,
            query: { index: primaryKey, range: req.range },
          });
          const res = await table.mutate(req);
          for (const value of result) note(primaryKey.extractKey?.(value), value, undefined);
          return res;
        }
      }
    },
  };
}

export const changeRecorder: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ChangeRecorder',
  create: (down) => ({
    ...down,
    table: (name) => (name === CACHES ? down.table(name) : recordingTable(down.table(name))),
  }),
};

/** Undo or redo found a record no longer as the change left it (another tab, or a later change). */
export class ChangedSinceError extends LedgerError {
  constructor(table: string) {
    super(`the ${table} was changed since (in another tab, or by a later change)`);
  }
}

/** Table names as the user would say them, for ChangedSinceError. */
const TABLE_WORDS: Record<string, string> = {
  entries: 'ledger',
  entryPages: 'ledger',
  account: 'account',
  batches: 'imports',
  customEras: 'custom eras',
  kv: 'preferences',
};

/**
 * Puts back every record `changes` touched as it was before them, inside the caller's
 * transaction (which must hold their tables). Refuses, writing nothing, when a record is no
 * longer as the changes left it: putting the old value back would silently drop that later
 * change. Run in a recorded transaction, this gives the changes that redo it.
 */
export async function revertChanges(
  db: { table(name: string): import('dexie').Table },
  changes: ChangeSet,
): Promise<void> {
  const tables = [...changes].map(([name, records]) => ({
    table: db.table(name),
    name,
    records: [...records.values()],
  }));
  for (const { table, name, records } of tables) {
    const current = await table.bulkGet(records.map((c) => c.key));
    if (records.some((c, i) => !sameValue(current[i], c.after))) {
      throw new ChangedSinceError(TABLE_WORDS[name] ?? name);
    }
  }
  for (const { table, records } of tables) {
    const gone = records.filter((c) => c.before === undefined).map((c) => c.key);
    const back = records.filter((c) => c.before !== undefined).map((c) => c.before);
    if (gone.length > 0) await table.bulkDelete(gone);
    if (back.length > 0) await table.bulkPut(back);
  }
}
