/**
 * The ledger's revision: a record in `caches` that changes, in the same transaction, with every
 * write to `entries` or `entryPages` (the ledger is both, see entryPages.ts). A cached copy of the
 * ledger (the read cache's snapshot and checkpoint) tagged with the revision it was read at is
 * current exactly while the stored revision still equals that tag.
 *
 * It is a DBCore middleware, not a rule for callers: every read-write transaction whose scope
 * holds a ledger table is widened to hold `caches` too (plain `db.entries.add()` included, whose
 * implicit transaction would otherwise hold `entries` alone), and every mutation of either puts a
 * fresh revision. No write path can forget it. Clearing or deleting from `caches` puts a fresh
 * revision back, so a transaction that empties it cannot leave an old tag valid.
 */
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';

export const REVISION_KEY = 'ledger-rev';
const LEDGER_TABLES: ReadonlySet<string> = new Set(['entries', 'entryPages']);
export const CACHES = 'caches';

let counter = 0;

/** Unique across tabs and reloads: the time, a random part, and a per-tab counter. */
export function freshRevision(): string {
  counter += 1;
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${counter}`;
}

function putRevision(caches: DBCoreTable, trans: DBCoreTransaction): Promise<unknown> {
  return caches.mutate({
    type: 'put',
    trans,
    values: [{ key: REVISION_KEY, value: freshRevision() }],
  });
}

/**
 * Whether the transaction holds `caches`. Every read-write transaction does (see `transaction`
 * below) except an upgrade from a version before 6, when the store does not exist yet; version
 * 6's upgrade then puts a fresh revision itself.
 */
function holdsCaches(trans: DBCoreTransaction): boolean {
  const stores = (trans as Partial<IDBTransaction>).objectStoreNames;
  return !stores || stores.contains(CACHES);
}

/** Does this mutation of `caches` remove the revision (a delete of its key, or any range delete)? */
function removesRevision(req: DBCoreMutateRequest): boolean {
  if (req.type === 'deleteRange') return true;
  if (req.type === 'delete') return req.keys.some((k) => k === REVISION_KEY);
  return false;
}

/**
 * `caches` is looked up per write: while an upgrade from a version before it runs, it does not
 * exist yet (and no revision is needed: version 6's upgrade puts a fresh one).
 */
function wrapLedgerTable(table: DBCoreTable, caches: () => DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: async (req) => {
      if (!holdsCaches(req.trans)) return table.mutate(req);
      const [, result] = await Promise.all([putRevision(caches(), req.trans), table.mutate(req)]);
      return result;
    },
  };
}

function wrapCaches(caches: DBCoreTable): DBCoreTable {
  return {
    ...caches,
    mutate: async (req) => {
      const result = await caches.mutate(req);
      if (removesRevision(req)) await putRevision(caches, req.trans);
      return result;
    },
  };
}

export const revisionMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'LedgerRevision',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.some((s) => LEDGER_TABLES.has(s)) && !stores.includes(CACHES)
          ? [...stores, CACHES]
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name);
      if (LEDGER_TABLES.has(name)) return wrapLedgerTable(table, () => down.table(CACHES));
      if (name === CACHES) return wrapCaches(table);
      return table;
    },
  }),
};
