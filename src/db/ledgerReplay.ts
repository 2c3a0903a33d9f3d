/**
 * The ledger as the rules replay it (account, custom eras, one event per entry in replay order),
 * read fast from a packed snapshot when one is current, from the entries otherwise.
 *
 * Current means: the snapshot's tag equals the stored ledger revision (which every write to
 * `entries` or `entryPages` changes in its own transaction, see ledgerRevision.ts), the count
 * and highest id of `entries` are still those the snapshot was built from, and this build of
 * the code wrote it (codeVersion.ts: another build may turn entries into events differently).
 * Pages are left out of that check: only this app writes them. The count and id
 * cost two cheap requests and catch writes that bypass this app's Dexie (an add or a delete made
 * with raw IndexedDB, as the benches and e2e tests do), which the revision cannot see; such a
 * write that changes an entry in place goes unseen until the app next writes an entry.
 */
import { codeVersion } from './codeVersion';
import type { ConnectsDb } from './database';
import { readAllEntries } from './entryPages';
import { listedEvents, packedLedgerEvents, type LedgerEvents } from './ledgerEvents';
import { toEvent } from './ledgerInput';
import { freshRevision, KV, REVISION_KEY } from './ledgerRevision';
import { packEvents, type PackedEvents } from './packedEvents';
import type { AccountRecord, CustomEraRecord } from './records';
import {
  CHECKPOINT_KEY,
  checkpointRecord,
  usableCheckpoint,
  type ReadTag,
} from './replayCheckpoint';
import type { ReplayCheckpoint } from '../engine/checkpoint';
import type { LedgerEvent } from '../engine/types';

export const SNAPSHOT_KEY = 'ledger-snapshot';
/** kv keys of the ledger's caches: never exported in a backup, never restored from one. */
export const INTERNAL_KEYS: ReadonlySet<string> = new Set([
  REVISION_KEY,
  SNAPSHOT_KEY,
  CHECKPOINT_KEY,
]);

export interface LedgerReplay {
  account: AccountRecord | null;
  customEras: CustomEraRecord[];
  /** One event per entry, in replay order (compareEntries); `events.count` entries in all. */
  events: LedgerEvents;
  /** A stored replay checkpoint of exactly these events under these settings, if there is one. */
  checkpoint?: ReplayCheckpoint | null;
}

interface Fingerprint {
  count: number;
  lastId: number;
}

interface StoredSnapshot extends Fingerprint {
  rev: string;
  version: string;
  events: PackedEvents;
}

/** What a slow read leaves for `saveSnapshot`: the events and the state they were read at. */
export interface SnapshotSource extends Fingerprint {
  rev: unknown;
  events: LedgerEvent[];
}

export interface ReplayRead {
  data: LedgerReplay;
  source: 'memory' | 'snapshot' | 'entries';
  /** Set after a read from the entries: pass it to `saveSnapshot`. */
  refresh: SnapshotSource | null;
}

/** What a read's events were read at. `rev` is filled in when saveSnapshot gives the ledger one. */
interface Tag extends ReadTag {
  events: LedgerEvents;
  /** The slow read's events, for saveSnapshot. */
  source: SnapshotSource | null;
}

/** The last read per database: a re-read at the same revision reuses its events (and object). */
const lastRead = new WeakMap<ConnectsDb, { tag: Tag; data: LedgerReplay }>();
/** What each result was read at, for `saveCheckpoint`. */
const readAt = new WeakMap<LedgerReplay, Tag>();

function remember(db: ConnectsDb, tag: Tag, data: LedgerReplay): void {
  lastRead.set(db, { tag, data });
  readAt.set(data, tag);
}

function matches(tag: ReadTag, rev: unknown, fp: Fingerprint): boolean {
  return (
    typeof rev === 'string' && tag.rev === rev && tag.count === fp.count && tag.lastId === fp.lastId
  );
}

async function fingerprint(db: ConnectsDb): Promise<Fingerprint> {
  const [count, lastId] = await Promise.all([
    db.entries.count(),
    db.entries.toCollection().lastKey(),
  ]);
  return { count, lastId: typeof lastId === 'number' ? lastId : 0 };
}

function isSnapshot(value: unknown): value is StoredSnapshot {
  const s = value as Partial<StoredSnapshot> | undefined;
  return (
    typeof s?.rev === 'string' &&
    s.version === codeVersion() &&
    s.events?.days instanceof Int32Array
  );
}

type Settings = Pick<LedgerReplay, 'account' | 'customEras'>;

const sameSettings = (a: Settings, b: Settings): boolean =>
  JSON.stringify([a.account, a.customEras]) === JSON.stringify([b.account, b.customEras]);

export async function readLedgerReplay(db: ConnectsDb): Promise<ReplayRead> {
  return db.transaction(
    'r',
    [db.account, db.customEras, db.kv, db.entries, db.entryPages],
    async () => {
      const memo = lastRead.get(db);
      // The first read in this tab asks for the snapshot and the checkpoint at once; a re-read
      // most often needs neither (one follows the first as soon as the page has drawn).
      const early = memo ? undefined : db.kv.get(SNAPSHOT_KEY);
      const earlyCheckpoint = memo ? undefined : db.kv.get(CHECKPOINT_KEY);
      const [account, customEras, rev, fp] = await Promise.all([
        db.account.get('account'),
        db.customEras.toArray(),
        db.kv.get(REVISION_KEY).then((r) => r?.value),
        fingerprint(db),
      ]);
      const settings = { account: account ?? null, customEras };
      const same = memo !== undefined && matches(memo.tag, rev, fp);
      if (same && sameSettings(memo.data, settings)) {
        // Nothing changed: the same object, checkpoint and all, so React skips the render.
        remember(db, memo.tag, memo.data);
        return { data: memo.data, source: 'memory', refresh: null };
      }
      const stored = (await (earlyCheckpoint ?? db.kv.get(CHECKPOINT_KEY)))?.value;
      const checkpoint = usableCheckpoint(stored, { ...fp, rev }, settings.account, customEras);
      const base = { ...settings, checkpoint };
      if (same) {
        const data = { ...base, events: memo.tag.events };
        remember(db, memo.tag, data);
        return { data, source: 'memory', refresh: null };
      }
      const snapshot = (await (early ?? db.kv.get(SNAPSHOT_KEY)))?.value;
      if (isSnapshot(snapshot) && matches(snapshot, rev, fp)) {
        const data = { ...base, events: packedLedgerEvents(snapshot.events) };
        remember(db, { ...fp, rev, events: data.events, source: null }, data);
        return { data, source: 'snapshot', refresh: null };
      }
      const list = (await readAllEntries(db)).map(toEvent);
      const data = { ...base, events: listedEvents(list) };
      const source = { ...fp, rev, events: list };
      remember(db, { ...fp, rev, events: data.events, source }, data);
      return { data, source: 'entries', refresh: source };
    },
  );
}

type KvRecord = { key: string; value: unknown };

/** Puts in one transaction of their own, committed without waiting for this page's event loop. */
function putNow(db: ConnectsDb, records: KvRecord[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction(KV, 'readwrite');
    tx.oncomplete = () => resolve();
    tx.onerror = tx.onabort = () => reject(tx.error);
    for (const record of records) tx.objectStore(KV).put(record);
    tx.commit?.();
  });
}

/** The snapshot record of a slow read's events under revision `rev`, null if they cannot be packed. */
function snapshotRecord(source: SnapshotSource, rev: string): KvRecord | null {
  const version = codeVersion();
  const packed = version === null ? null : packEvents(source.events);
  if (!packed || version === null) return null;
  const { count, lastId } = source;
  const value: StoredSnapshot = { rev, version, count, lastId, events: packed };
  return { key: SNAPSHOT_KEY, value };
}

/** The checkpoint record of a replay of `data` as read here, null when the read cannot vouch for one. */
function checkpointRecordOf(data: LedgerReplay, checkpoint: ReplayCheckpoint): KvRecord | null {
  const tag = readAt.get(data);
  const value = tag && checkpointRecord(checkpoint, tag, data.account, data.customEras);
  return value ? { key: CHECKPOINT_KEY, value } : null;
}

/**
 * Stores what a read leaves for the next load, in one write as soon as the read is done: the
 * snapshot of a slow read (`source`) and a checkpoint made from it. In two writes, the second
 * waited behind the first's, and a page left as soon as it was drawn lost it (and the next load
 * was slow again). A snapshot of a ledger with no revision yet goes through saveSnapshot, apart.
 */
export async function saveReplayCaches(
  db: ConnectsDb,
  data: LedgerReplay,
  source: SnapshotSource | null,
  checkpoint: ReplayCheckpoint | null,
): Promise<void> {
  const records = [
    source && typeof source.rev === 'string' ? snapshotRecord(source, source.rev) : null,
    checkpoint && checkpointRecordOf(data, checkpoint),
  ].filter((r): r is KvRecord => r !== null);
  if (records.length > 0) await putNow(db, records);
}

/**
 * Stores the snapshot of a slow read, tagged with the revision and fingerprint that read saw.
 * No check that they are still current is needed: a stale tag simply never matches. The write
 * goes straight to IndexedDB and commits at once, so a page left right after drawing still
 * leaves its snapshot, and live queries are not woken for a write that changes no data.
 * A ledger without a revision (raw writes into a database the app never wrote entries to) is
 * given one here, in a transaction that first checks that nothing changed since the read.
 */
export async function saveSnapshot(db: ConnectsDb, source: SnapshotSource): Promise<boolean> {
  if (typeof source.rev === 'string') {
    const record = snapshotRecord(source, source.rev);
    if (record) await putNow(db, [record]);
    return record !== null;
  }
  const rev = await db.transaction('rw', [db.kv, db.entries], async () => {
    const [current, fp] = await Promise.all([
      db.kv.get(REVISION_KEY).then((r) => r?.value),
      fingerprint(db),
    ]);
    if (current !== undefined || fp.count !== source.count || fp.lastId !== source.lastId) {
      return null;
    }
    const tag = freshRevision();
    const record = snapshotRecord(source, tag);
    if (!record) return null;
    await db.kv.bulkPut([{ key: REVISION_KEY, value: tag }, record]);
    return tag;
  });
  if (rev === null) return false;
  const last = lastRead.get(db);
  if (last?.tag.source === source) last.tag.rev = rev;
  return true;
}

/**
 * Stores a checkpoint made by replaying `data` (as read here), tagged like the snapshot: it
 * vouches for these events only, and a stale tag never matches. False when the read cannot
 * vouch for one (no revision yet, no account, checkpoints off).
 */
export async function saveCheckpoint(
  db: ConnectsDb,
  data: LedgerReplay,
  checkpoint: ReplayCheckpoint,
): Promise<boolean> {
  const record = checkpointRecordOf(data, checkpoint);
  if (record) await putNow(db, [record]);
  return record !== null;
}
