/**
 * The ledger as the rules replay it, read fast: the one read path of the pages that replay the
 * ledger (the dashboard, the proposals page). Behind it, in the `caches` table:
 *
 * - the ledger's revision, which every write to the entries changes in its own transaction
 *   (ledgerRevision.ts);
 * - a packed snapshot of the replay events, tagged with the revision it was read at: while the
 *   revision is unchanged, a load reads one record instead of every entry;
 * - a replay checkpoint at today (checkpointRecord.ts), tagged the same way and with the replay
 *   settings: a load replays only the events after it.
 *
 * Both are made here and only here, right after a read that found them missing or stale, and
 * stored together in one write before any page draws: a page left the moment it appears still
 * leaves them for the next load. Each is used only by the build of the code that wrote it
 * (codeVersion.ts).
 */
import type { ReplayCheckpoint } from '../../engine/checkpoint';
import { todayIso } from '../../engine/words';
import type { ConnectsDb } from '../database';
import { readAllEntries } from '../entryPages';
import { replayInput, toEvent } from '../ledgerInput';
import { REVISION_KEY } from '../ledgerRevision';
import type { AccountRecord, CacheRecord, CustomEraRecord } from '../records';
import { checkpointRecord, usableCheckpoint } from './checkpointRecord';
import { codeVersion } from './codeVersion';
import { listedEvents, packedLedgerEvents, type LedgerEvents } from './ledgerEvents';
import { packEvents, type PackedEvents } from './packedEvents';
import { putCaches } from './putCaches';

const SNAPSHOT_KEY = 'ledger-snapshot';
const CHECKPOINT_KEY = 'ledger-checkpoint';

export interface LedgerRead {
  account: AccountRecord | null;
  customEras: CustomEraRecord[];
  /** One event per entry, in replay order (compareEntries); `events.count` entries in all. */
  events: LedgerEvents;
  /** A replay checkpoint of exactly these events under these settings, when there is one. */
  checkpoint: ReplayCheckpoint | null;
  /**
   * The ledger's revision these events were read at (null when none is stored yet): what a cache
   * of something worked out from them (the proposals' facts) is tagged with.
   */
  revision?: string | null;
}

interface StoredSnapshot {
  rev: string;
  version: string;
  events: PackedEvents;
}

function isSnapshot(value: unknown, rev: string): value is StoredSnapshot {
  const s = value as Partial<StoredSnapshot> | undefined;
  return s?.rev === rev && s.version === codeVersion() && s.events?.days instanceof Int32Array;
}

/** The last read per database: a re-read at the same revision reuses its events (and object). */
const lastRead = new WeakMap<ConnectsDb, { rev: string; data: LedgerRead }>();

const sameSettings = (a: LedgerRead, b: Pick<LedgerRead, 'account' | 'customEras'>): boolean =>
  JSON.stringify([a.account, a.customEras]) === JSON.stringify([b.account, b.customEras]);

interface Read {
  data: LedgerRead;
  rev: string | null;
  /** Events read from the entries, and their ids, to pack into a new snapshot. */
  unpacked: { events: ReturnType<typeof toEvent>[]; ids: number[] } | null;
}

function readTables(db: ConnectsDb): Promise<Read> {
  return db.transaction(
    'r',
    [db.account, db.customEras, db.caches, db.entries, db.entryPages],
    async () => {
      const memo = lastRead.get(db);
      const [account, customEras, rev, early] = await Promise.all([
        db.account.get('account'),
        db.customEras.toArray(),
        db.caches.get(REVISION_KEY).then((r) => r?.value),
        // The first read asks for the snapshot at once; a re-read most often needs none (one
        // follows the first as the page draws).
        memo ? undefined : db.caches.get(SNAPSHOT_KEY),
      ]);
      const settings = { account: account ?? null, customEras };
      const tag = typeof rev === 'string' ? rev : null;
      const same = memo !== undefined && tag !== null && memo.rev === tag;
      if (same && sameSettings(memo.data, settings)) {
        // Nothing changed: the same object, so a page memoised on it draws nothing again.
        return { data: memo.data, rev: tag, unpacked: null };
      }
      const stored = tag === null ? undefined : await db.caches.get(CHECKPOINT_KEY);
      const checkpoint =
        tag === null ? null : usableCheckpoint(stored?.value, tag, settings.account, customEras);
      if (same)
        return {
          data: { ...settings, events: memo.data.events, checkpoint, revision: tag },
          rev: tag,
          unpacked: null,
        };
      const snapshot = tag === null ? undefined : (early ?? (await db.caches.get(SNAPSHOT_KEY)));
      if (tag !== null && isSnapshot(snapshot?.value, tag)) {
        const events = packedLedgerEvents(snapshot.value.events);
        return {
          data: { ...settings, events, checkpoint, revision: tag },
          rev: tag,
          unpacked: null,
        };
      }
      const entries = await readAllEntries(db);
      const list = entries.map(toEvent);
      const ids = entries.map((e) => e.id as number);
      return {
        data: { ...settings, events: listedEvents(list, ids), checkpoint, revision: tag },
        rev: tag,
        unpacked: { events: list, ids },
      };
    },
  );
}

/**
 * A checkpoint at today of what was just read, when none stored serves. The replay's code is
 * fetched for this only: a load with a stored checkpoint, the usual one, keeps it out of the
 * first screen. Null when the replay fails: the page's own replay says why.
 */
async function checkpointNow(data: LedgerRead): Promise<ReplayCheckpoint | null> {
  if (!data.account || data.checkpoint) return null;
  try {
    const { stateWithCheckpoint } = await import('../../engine/checkpoint');
    const input = replayInput(data.account, data.events.all(), data.customEras);
    return stateWithCheckpoint(input, todayIso()).checkpoint;
  } catch {
    return null;
  }
}

/**
 * Reads the ledger for a replay. A read that found the snapshot or the checkpoint missing or
 * stale stores new ones before it returns, tagged with the revision it read at (a stale tag
 * simply never matches). A failed store costs only speed, so it is not reported.
 */
export async function readLedger(db: ConnectsDb): Promise<LedgerRead> {
  const { data, rev, unpacked } = await readTables(db);
  if (rev === null) return data;
  const made = await checkpointNow(data);
  if (made) data.checkpoint = made;
  const records: CacheRecord[] = [];
  const events = unpacked && packEvents(unpacked.events, unpacked.ids);
  if (events) {
    const value: StoredSnapshot = { rev, version: codeVersion(), events };
    records.push({ key: SNAPSHOT_KEY, value });
  }
  if (made && data.account) {
    records.push({
      key: CHECKPOINT_KEY,
      value: checkpointRecord(made, rev, data.account, data.customEras),
    });
  }
  // Started, not awaited: the page draws while IndexedDB writes.
  if (records.length > 0) void putCaches(db, records).catch(() => {});
  lastRead.set(db, { rev, data });
  return data;
}
