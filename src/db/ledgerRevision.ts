/**
 * The ledger's revision: a value in `kv` that changes, in the same transaction, with every write
 * to `entries` or `entryPages` (the ledger is both, see entryPages.ts). A cached copy of the ledger (the dashboard's snapshot) tagged with the revision
 * it was read at is current exactly while the stored revision still equals that tag.
 *
 * It is a DBCore middleware, not a rule for callers: every read-write transaction whose scope
 * holds a ledger table is widened to hold `kv` too (plain `db.entries.add()` included, whose implicit
 * transaction would otherwise hold `entries` alone), and every mutation of either puts a fresh
 * revision. No write path can forget it. Clearing or deleting from `kv` puts a fresh revision
 * back, so a transaction that empties `kv` after writing entries cannot leave an old tag valid.
 */
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';

export const REVISION_KEY = 'ledger-rev';
export const ENTRIES = 'entries';
export const PAGES = 'entryPages';
const LEDGER_TABLES: ReadonlySet<string> = new Set([ENTRIES, PAGES]);
export const KV = 'kv';

let counter = 0;

/** Unique across tabs and reloads: the time, a random part, and a per-tab counter. */
export function freshRevision(): string {
  counter += 1;
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${counter}`;
}

function putRevision(kv: DBCoreTable, trans: DBCoreTransaction): Promise<unknown> {
  const stores = (trans as Partial<IDBTransaction>).objectStoreNames;
  if (stores && !stores.contains(KV)) {
    // Cannot happen while every transaction comes through `transaction` below; fail the write
    // rather than let a cached ledger go stale.
    throw new Error('a write to the ledger outside a transaction that holds kv');
  }
  return kv.mutate({ type: 'put', trans, values: [{ key: REVISION_KEY, value: freshRevision() }] });
}

/** Does this mutation of `kv` remove the revision (a delete of its key, or any range delete)? */
function removesRevision(req: DBCoreMutateRequest): boolean {
  if (req.type === 'deleteRange') return true;
  if (req.type === 'delete') return req.keys.some((k) => k === REVISION_KEY);
  return false;
}

/** `kv` is looked up per write: while an upgrade from a store-less version runs, it may not exist yet. */
function wrapLedgerTable(table: DBCoreTable, kv: () => DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: async (req) => {
      const [, result] = await Promise.all([putRevision(kv(), req.trans), table.mutate(req)]);
      return result;
    },
  };
}

function wrapKv(kv: DBCoreTable): DBCoreTable {
  return {
    ...kv,
    mutate: async (req) => {
      const result = await kv.mutate(req);
      if (removesRevision(req)) await putRevision(kv, req.trans);
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
        mode === 'readwrite' && stores.some((s) => LEDGER_TABLES.has(s)) && !stores.includes(KV)
          ? [...stores, KV]
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name);
      if (LEDGER_TABLES.has(name)) return wrapLedgerTable(table, () => down.table(KV));
      if (name === KV) return wrapKv(table);
      return table;
    },
  }),
};
