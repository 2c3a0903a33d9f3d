/**
 * The proposals' outcomes, read fast: from a packed snapshot in `caches` while the outcomes'
 * revision is the one it was read at (every write to `outcomePages` changes it, see
 * ledgerRevision.ts), else from the buckets, leaving a new snapshot for the next read.
 */
import type { ConnectsDb } from '../database';
import { OUTCOMES_REVISION_KEY } from '../ledgerRevision';
import { readAllOutcomes } from '../outcomes';
import { codeVersion } from './codeVersion';
import {
  mapOutcomes,
  packedOutcomeIndex,
  packOutcomes,
  type OutcomeIndex,
  type PackedOutcomes,
} from './packedOutcomes';
import { putCaches } from './putCaches';

const SNAPSHOT_KEY = 'outcomes-snapshot';

interface StoredSnapshot {
  rev: string;
  version: string;
  outcomes: PackedOutcomes;
}

function isSnapshot(value: unknown, rev: string): value is StoredSnapshot {
  const s = value as Partial<StoredSnapshot> | undefined;
  return s?.rev === rev && s.version === codeVersion() && s.outcomes?.ids instanceof Float64Array;
}

/** The last read per database: a re-read at the same revision reuses it (and its object). */
const lastRead = new WeakMap<ConnectsDb, { rev: string; index: OutcomeIndex }>();

export async function readOutcomes(db: ConnectsDb): Promise<OutcomeIndex> {
  const { index, rev, fresh } = await db.transaction(
    'r',
    [db.caches, db.outcomePages],
    async () => {
      const found = (await db.caches.get(OUTCOMES_REVISION_KEY))?.value;
      const rev = typeof found === 'string' ? found : null;
      const memo = lastRead.get(db);
      if (rev !== null && memo?.rev === rev) return { index: memo.index, rev, fresh: null };
      const snapshot = rev === null ? undefined : (await db.caches.get(SNAPSHOT_KEY))?.value;
      if (rev !== null && isSnapshot(snapshot, rev)) {
        return { index: packedOutcomeIndex(snapshot.outcomes), rev, fresh: null };
      }
      const all = await readAllOutcomes(db);
      return { index: mapOutcomes(all), rev, fresh: all };
    },
  );
  if (rev === null) return index;
  index.revision = rev;
  const packed = fresh && packOutcomes(fresh);
  if (packed) {
    const value: StoredSnapshot = { rev, version: codeVersion(), outcomes: packed };
    void putCaches(db, [{ key: SNAPSHOT_KEY, value }]).catch(() => {});
  }
  lastRead.set(db, { rev, index });
  return index;
}
