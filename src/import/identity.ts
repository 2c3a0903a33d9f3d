/**
 * Which imported rows are already stored, whatever format they came in. A row's key is made
 * per format (the copied page's action text, the app CSV's columns), so keys alone miss the
 * same history brought in another way: the app's own CSV export re-imported offered every row
 * as new. The identity here is read from the event's content instead — date, type, Connects,
 * boost, bonus reason, plan and the row's text folded — the same from a copied page, a user's
 * CSV, the app's CSV or an entry already stored (old ledgers too: it needs only the fields).
 *
 * Identical rows stay separate: stored and file rows are counted per identity (which holds the
 * date), so a file with three identical rows over a ledger with two of them adds one. A row
 * whose key is stored is stored first, even if its entry was edited since (the edit keeps the
 * key, not the content).
 *
 * Left out on purpose: the price (one file may show it, another not) and the ref, which the
 * file's window decides for a refund (its proposal may be in one file and not the other).
 */
import { fold } from './values';

/** What an identity reads: an imported event and a stored entry (EntryRecord) both have it. */
export interface IdentityFields {
  date: string;
  type: string;
  connects?: number | null;
  boost?: number | null;
  reason?: string | null;
  ref?: string | null;
  note?: string | null;
  plan?: string | null;
  details?: string | null;
  key?: string | null;
}

/** The row's content as one string; equal for the same row from any format. */
export function rowIdentity(e: IdentityFields): string {
  // The text the row was shown with; an entry typed without details has its ref or note.
  const text = e.details || e.ref || e.note || '';
  return [
    e.date,
    e.type,
    e.connects ?? '',
    e.boost || '',
    e.type === 'bonus' ? (e.reason ?? '') : '',
    e.type === 'plan' ? (e.plan ?? '') : '',
    fold(text),
  ].join('|');
}

/** The stored entries, counted by identity, and which identity each stored key belongs to. */
export interface StoredIndex {
  counts: ReadonlyMap<string, number>;
  keys: ReadonlyMap<string, string>;
  /** The dates that hold entries: a row of another date is new without reading its content. */
  dates: ReadonlySet<string>;
}

export function indexStored(entries: Iterable<IdentityFields>): StoredIndex {
  const counts = new Map<string, number>();
  const keys = new Map<string, string>();
  const dates = new Set<string>();
  for (const entry of entries) {
    const id = rowIdentity(entry);
    counts.set(id, (counts.get(id) ?? 0) + 1);
    if (entry.key) keys.set(entry.key, id);
    dates.add(entry.date);
  }
  return { counts, keys, dates };
}

/**
 * For each event, whether it is already stored. Each stored entry answers for one row at most:
 * first the rows whose key it holds, then rows with its identity, in the file's order.
 */
export function markStored(events: readonly IdentityFields[], index: StoredIndex): boolean[] {
  const stored = new Array<boolean>(events.length).fill(false);
  const used = new Map<string, number>();
  const take = (id: string | undefined): boolean => {
    if (id === undefined) return false;
    const n = used.get(id) ?? 0;
    if (n >= (index.counts.get(id) ?? 0)) return false;
    used.set(id, n + 1);
    return true;
  };
  if (index.keys.size > 0) {
    events.forEach((e, i) => {
      if (e.key && take(index.keys.get(e.key))) stored[i] = true;
    });
  }
  events.forEach((e, i) => {
    if (!stored[i] && index.dates.has(e.date) && take(rowIdentity(e))) stored[i] = true;
  });
  return stored;
}
