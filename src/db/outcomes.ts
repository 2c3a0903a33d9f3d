/**
 * Proposal outcomes, stored apart from the entries in buckets of OUTCOME_BUCKET entry ids: one
 * record per bucket (OutcomePageRecord). Outcomes change often (a click on the Proposals page)
 * and the rules never read them: changing one rewrites one small record, and leaves the ledger's
 * revision, and with it the dashboard's cached replay, alone. Read whole, 50,000 outcomes are
 * about a hundred records instead of 50,000.
 *
 * Every function here runs inside the caller's transaction, which must hold `outcomePages`.
 */
import type { Outcome } from '../engine/outcomes/types';
import type { ConnectsDb } from './database';
import type { OutcomePageRecord } from './records';

export const OUTCOME_BUCKET = 512;

const bucketOf = (entryId: number): number => Math.floor(entryId / OUTCOME_BUCKET);

/** The outcomes stored for several entries, in the order given (null where none): each bucket read once. */
export async function readOutcomesOf(
  db: ConnectsDb,
  entryIds: readonly number[],
): Promise<(Outcome | null)[]> {
  const buckets = [...new Set(entryIds.map(bucketOf))];
  const pages = await db.outcomePages.bulkGet(buckets);
  const byBucket = new Map(buckets.map((b, i) => [b, pages[i]?.outcomes]));
  return entryIds.map((id) => byBucket.get(bucketOf(id))?.[id] ?? null);
}

/** Every stored outcome, by entry id. */
export async function readAllOutcomes(db: ConnectsDb): Promise<Map<number, Outcome>> {
  const out = new Map<number, Outcome>();
  for (const page of await db.outcomePages.toArray()) {
    for (const [id, outcome] of Object.entries(page.outcomes)) out.set(Number(id), outcome);
  }
  return out;
}

/**
 * Sets (or, with null, removes) the outcomes of several entries: each bucket read and written
 * once. Returns the outcomes they replace, in the order given (null where there was none).
 */
export async function writeOutcomes(
  db: ConnectsDb,
  changes: readonly { entryId: number; outcome: Outcome | null }[],
): Promise<(Outcome | null)[]> {
  const byBucket = new Map<number, { entryId: number; outcome: Outcome | null }[]>();
  for (const change of changes) {
    const bucket = bucketOf(change.entryId);
    const list = byBucket.get(bucket);
    if (list) list.push(change);
    else byBucket.set(bucket, [change]);
  }
  const before = new Map<number, Outcome | null>();
  const pages: OutcomePageRecord[] = [];
  const emptied: number[] = [];
  const stored = await db.outcomePages.bulkGet([...byBucket.keys()]);
  [...byBucket].forEach(([bucket, list], i) => {
    const outcomes = { ...(stored[i]?.outcomes ?? {}) };
    for (const { entryId, outcome } of list) {
      if (!before.has(entryId)) before.set(entryId, outcomes[entryId] ?? null);
      if (outcome === null) delete outcomes[entryId];
      else outcomes[entryId] = outcome;
    }
    if (Object.keys(outcomes).length > 0) pages.push({ id: bucket, outcomes });
    else if (stored[i]) emptied.push(bucket);
  });
  if (pages.length > 0) await db.outcomePages.bulkPut(pages);
  if (emptied.length > 0) await db.outcomePages.bulkDelete(emptied);
  return changes.map((c) => before.get(c.entryId) ?? null);
}

/** Removes the outcomes of entries that are gone (deleted, or their import undone). */
export async function removeOutcomes(db: ConnectsDb, entryIds: readonly number[]): Promise<void> {
  if (entryIds.length === 0 || (await db.outcomePages.count()) === 0) return;
  await writeOutcomes(
    db,
    entryIds.map((entryId) => ({ entryId, outcome: null })),
  );
}
