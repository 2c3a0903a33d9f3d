/**
 * Revisions: records in `caches` that change, in the same transaction, with every write to the
 * tables they stand for: the ledger's (`entries` and `entryPages`: the ledger is both, see
 * entryPages.ts) and the outcomes' (`outcomePages`). A cached copy (the read cache's snapshots
 * and checkpoint) tagged with the revision it was read at is current exactly while the stored
 * revision still equals that tag.
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
export const OUTCOMES_REVISION_KEY = 'outcomes-rev';
/** Each revised table, and the revision its writes change. */
const REVISED: ReadonlyMap<string, string> = new Map([
  ['entries', REVISION_KEY],
  ['entryPages', REVISION_KEY],
  ['outcomePages', OUTCOMES_REVISION_KEY],
]);
const REVISION_KEYS: ReadonlySet<string> = new Set(REVISED.values());
export const CACHES = 'caches';

let counter = 0;

/** Unique across tabs and reloads: the time, a random part, and a per-tab counter. */
export function freshRevision(): string {
  counter += 1;
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}-${counter}`;
}

function putRevisions(
  caches: DBCoreTable,
  trans: DBCoreTransaction,
  keys: readonly string[],
): Promise<unknown> {
  return caches.mutate({
    type: 'put',
    trans,
    values: keys.map((key) => ({ key, value: freshRevision() })),
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

/** The revisions this mutation of `caches` removes (a delete of their keys, or any range delete). */
function removedRevisions(req: DBCoreMutateRequest): string[] {
  if (req.type === 'deleteRange') return [...REVISION_KEYS];
  if (req.type === 'delete') return req.keys.filter((k) => REVISION_KEYS.has(k));
  return [];
}

/**
 * `caches` is looked up per write: while an upgrade from a version before it runs, it does not
 * exist yet (and no revision is needed: version 6's upgrade puts a fresh one).
 */
function wrapRevisedTable(table: DBCoreTable, key: string, caches: () => DBCoreTable): DBCoreTable {
  return {
    ...table,
    mutate: async (req) => {
      if (!holdsCaches(req.trans)) return table.mutate(req);
      const [, result] = await Promise.all([
        putRevisions(caches(), req.trans, [key]),
        table.mutate(req),
      ]);
      return result;
    },
  };
}

function wrapCaches(caches: DBCoreTable): DBCoreTable {
  return {
    ...caches,
    mutate: async (req) => {
      const result = await caches.mutate(req);
      const removed = removedRevisions(req);
      if (removed.length > 0) await putRevisions(caches, req.trans, removed);
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
        mode === 'readwrite' && stores.some((s) => REVISED.has(s)) && !stores.includes(CACHES)
          ? [...stores, CACHES]
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name);
      const key = REVISED.get(name);
      if (key) return wrapRevisedTable(table, key, () => down.table(CACHES));
      if (name === CACHES) return wrapCaches(table);
      return table;
    },
  }),
};
