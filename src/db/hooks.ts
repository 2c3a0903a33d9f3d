/** Live views of the ledger: React components re-render when IndexedDB changes, in any tab. */
import { Dexie, liveQuery } from 'dexie';
import { useLiveQuery, useObservable } from 'dexie-react-hooks';
import type { ConnectsDb } from './database';
import { readAllEntries } from './entryPages';
import { getDb } from './instance';
import {
  readLedgerReplay,
  saveSnapshot,
  type LedgerReplay,
  type SnapshotSource,
} from './ledgerReplay';
import type { AccountRecord, BatchRecord, CustomEraRecord, EntryRecord } from './records';

export interface LedgerData {
  account: AccountRecord | null;
  entries: EntryRecord[];
  customEras: CustomEraRecord[];
}

/** The whole ledger, or undefined while it loads. */
export function useLedgerData(): LedgerData | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    return db.transaction('r', [db.account, db.entries, db.entryPages, db.customEras], async () => {
      const [account, entries, customEras] = await Promise.all([
        db.account.get('account'),
        readAllEntries(db),
        db.customEras.toArray(),
      ]);
      return { account: account ?? null, entries, customEras };
    });
  }, []);
}

/**
 * A slow read's snapshot is packed and written before the page draws (a few ms beside the slow
 * read itself): written after, it was lost whenever the page was left as soon as it was drawn,
 * a page load too late, so the next load was slow again. Its write goes straight to IndexedDB
 * (see saveSnapshot), which the live query's zone allows; a ledger without a revision yet needs
 * a Dexie transaction, which that zone does not allow, so that rare one waits a tick. A failed
 * save costs only speed (the next read is slow again), so it is not reported.
 */
function saveSoon(db: ConnectsDb, source: SnapshotSource): void {
  const save = () => void saveSnapshot(db, source).catch(() => {});
  if (typeof source.rev === 'string') save();
  else setTimeout(save, 0);
}

/** Reads the ledger; a slow read leaves a snapshot to be saved for the next one. */
async function read(db: ConnectsDb): Promise<LedgerReplay> {
  const { data, refresh } = await readLedgerReplay(db);
  if (refresh) saveSoon(db, refresh);
  return data;
}

let primed: Promise<LedgerReplay | null> | null = null;
let primedData: LedgerReplay | null = null;

/** Starts reading the ledger before React mounts (a live query starts only after the first commit). */
export function primeLedgerReplay(): void {
  primed = read(getDb()).then(
    (data) => (primedData = data),
    () => null,
  );
}

async function liveRead(): Promise<LedgerReplay> {
  const db = getDb();
  if (primed) {
    // Used once: a later visit to the page must not start from it. Awaited through
    // Dexie.waitFor: a bare await of a promise from outside would lose the live query's zone,
    // and with it the record of what this read depends on.
    await Dexie.waitFor(primed, 600_000).catch(() => null);
    primed = null;
    primedData = null;
  }
  return read(db);
}

/**
 * The primed read's result as soon as it is in, then the live query's. useObservable renders
 * again only for a different object, and the live query's first result is the primed one when
 * nothing changed in between (see readLedgerReplay), so the page renders once, not twice.
 */
function ledgerReplays() {
  const early = primed;
  return {
    hasValue: () => primedData !== null,
    getValue: () => primedData,
    subscribe(next: (value: LedgerReplay) => void, error: (e: unknown) => void) {
      let live = false;
      void early?.then((data) => {
        if (data && !live) next(data);
      });
      const subscription = liveQuery(liveRead).subscribe({
        next: (data) => {
          live = true;
          next(data);
        },
        error,
      });
      return () => subscription.unsubscribe();
    },
  };
}

/** The ledger as replay events (fast from the packed snapshot), or undefined while it loads. */
export function useLedgerReplay(): LedgerReplay | undefined {
  return useObservable(ledgerReplays, []) ?? undefined;
}

/** Import batches, newest first. */
export function useBatches(): BatchRecord[] | undefined {
  return useLiveQuery(() => getDb().batches.orderBy('importedAt').reverse().toArray(), []);
}

/** The account alone (null when there is none), or undefined while it loads. */
export function useAccount(): AccountRecord | null | undefined {
  return useLiveQuery(async () => (await getDb().account.get('account')) ?? null, []);
}
