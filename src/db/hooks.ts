/** Live views of the ledger: React components re-render when IndexedDB changes, in any tab. */
import { Dexie, liveQuery } from 'dexie';
import { useLiveQuery, useObservable } from 'dexie-react-hooks';
import type { ConnectsDb } from './database';
import { readAllEntries } from './entryPages';
import { getDb } from './instance';
import type { ReplayCheckpoint } from '../engine/checkpoint';
import { localIsoDate } from '../engine/dates';
import { replayInput } from './ledgerInput';
import {
  readLedgerReplay,
  saveReplayCaches,
  saveSnapshot,
  type LedgerReplay,
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
 * A checkpoint at today of what was just read, when no stored one serves. Made here, with the read,
 * rather than by the page as it replays: written with the read's snapshot in one write before the
 * page even starts drawing, both survive a page left the moment it appears (written as it drew,
 * they were lost then, and the next loads were slow again). The page then goes on from it. The
 * replay's code is fetched for this only: a load with a stored checkpoint, the usual one, keeps it
 * out of the first screen's code. Null when the replay fails: the page's own replay says why.
 */
async function checkpointNow(data: LedgerReplay): Promise<ReplayCheckpoint | null> {
  if (!data.account || data.checkpoint) return null;
  try {
    const { stateWithCheckpoint } = await import('../engine/checkpoint');
    const input = replayInput(data.account, data.events.all(), data.customEras);
    return stateWithCheckpoint(input, localIsoDate()).checkpoint;
  } catch {
    return null;
  }
}

/**
 * Reads the ledger; a slow read leaves its snapshot, and a read with no usable checkpoint one, for
 * the next load. A ledger without a revision yet needs a Dexie transaction to get one, which the
 * live query's zone does not allow, so its snapshot is saved a tick later. A failed save costs
 * only speed (the next read is slow again), so it is not reported.
 */
async function read(db: ConnectsDb): Promise<LedgerReplay> {
  const { data, refresh } = await readLedgerReplay(db);
  const made = await checkpointNow(data);
  if (made) data.checkpoint = made;
  if (refresh && typeof refresh.rev !== 'string') {
    setTimeout(() => void saveSnapshot(db, refresh).catch(() => {}), 0);
  }
  if (refresh || made) void saveReplayCaches(db, data, refresh, made).catch(() => {});
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
