/**
 * An outcomes file's rows matched to the proposals already stored (outcomes.md §6), by date
 * and details, the texts compared as the import compares them (case and spacing folded). A
 * row's text matches a proposal's details or ref exactly; failing that, the two without a
 * trailing `#123` (the platform adds one to tell same-titled jobs apart, a spreadsheet may keep
 * it or not), as boosts find their proposals (assemble.ts). A row that finds no proposal, or
 * more than one, or a proposal another row found too, is not applied: the preview lists it.
 * Linear: proposals are looked up by date, then by text.
 */
import type { Outcome, Signals } from '../engine/outcomes/types';
import type { OutcomeField } from './outcomeRow';
import type { OutcomeRow } from './types';
import { fold } from './values';

/** What matching reads of a stored entry (an EntryRecord has it) or of an imported event. */
export interface MatchableProposal {
  date: string;
  type: string;
  kind?: string | null;
  details?: string | null;
  ref?: string | null;
}

export interface OutcomeMatch<P> {
  row: OutcomeRow;
  proposal: P;
}

export interface AmbiguousRow {
  row: OutcomeRow;
  /** `proposals`: several proposals fit the row; `rows`: several rows of the file fit one proposal. */
  reason: 'proposals' | 'rows';
  /** How many proposals (or rows) fit. */
  count: number;
}

export interface OutcomeMatching<P> {
  /** In the file's order. */
  matched: OutcomeMatch<P>[];
  unmatched: OutcomeRow[];
  ambiguous: AmbiguousRow[];
}

const TRAILING_ID = /\s*#\s*\d+$/;
const bare = (folded: string): string => folded.replace(TRAILING_ID, '');

const isProposal = (p: MatchableProposal): boolean =>
  p.type === 'spend' && (p.kind === undefined || p.kind === null || p.kind === 'proposal');

/** A date's proposals by folded text (details and ref), exact and without a `#123`. */
interface DateIndex<P> {
  exact: Map<string, P[]>;
  bare: Map<string, P[]>;
}

function add<P>(map: Map<string, P[]>, key: string, p: P): void {
  if (key === '') return;
  const list = map.get(key);
  if (!list) map.set(key, [p]);
  else if (!list.includes(p)) list.push(p);
}

function indexProposals<P extends MatchableProposal>(
  proposals: Iterable<P>,
): Map<string, DateIndex<P>> {
  const byDate = new Map<string, DateIndex<P>>();
  for (const p of proposals) {
    if (!isProposal(p)) continue;
    let index = byDate.get(p.date);
    if (!index) {
      index = { exact: new Map(), bare: new Map() };
      byDate.set(p.date, index);
    }
    for (const text of [p.details, p.ref]) {
      if (!text) continue;
      const key = fold(text);
      add(index.exact, key, p);
      add(index.bare, bare(key), p);
    }
  }
  return byDate;
}

/** The proposals a row names: exact texts first, then without a trailing `#123`. */
function candidates<P>(index: DateIndex<P> | undefined, row: OutcomeRow): P[] {
  if (!index) return [];
  const keys = [row.details, row.ref].filter((t): t is string => !!t).map(fold);
  const found = (map: Map<string, P[]>, key: (k: string) => string): P[] => {
    const out: P[] = [];
    for (const k of keys) for (const p of map.get(key(k)) ?? []) if (!out.includes(p)) out.push(p);
    return out;
  };
  const exact = found(index.exact, (k) => k);
  return exact.length > 0 ? exact : found(index.bare, bare);
}

export function matchOutcomes<P extends MatchableProposal>(
  rows: readonly OutcomeRow[],
  proposals: Iterable<P>,
): OutcomeMatching<P> {
  const byDate = indexProposals(proposals);
  const found = rows.map((row) => candidates(byDate.get(row.date), row));
  // A proposal named by two rows gets neither: which outcome is right is the user's call.
  const claims = new Map<P, number>();
  for (const list of found) {
    if (list.length === 1) claims.set(list[0] as P, (claims.get(list[0] as P) ?? 0) + 1);
  }
  const out: OutcomeMatching<P> = { matched: [], unmatched: [], ambiguous: [] };
  rows.forEach((row, i) => {
    const list = found[i] as P[];
    if (list.length === 0) out.unmatched.push(row);
    else if (list.length > 1) out.ambiguous.push({ row, reason: 'proposals', count: list.length });
    else {
      const proposal = list[0] as P;
      const count = claims.get(proposal) ?? 1;
      if (count > 1) out.ambiguous.push({ row, reason: 'rows', count });
      else out.matched.push({ row, proposal });
    }
  });
  return out;
}

/** The outcome fields each column of the file decides. */
const STATUS_COLUMNS: readonly OutcomeField[] = ['status', 'stage', 'result'];

/**
 * A stored outcome with what the file says: each outcome column the file has replaces the
 * fields it holds (an empty cell clears them; Status, Stage and Result together decide stage
 * and result); fields the file has no column for (the decided date, other job signals) stay.
 */
export function mergeOutcome(
  stored: Outcome | undefined,
  fromFile: Outcome | undefined,
  columns: readonly OutcomeField[],
): Outcome {
  const next: Outcome = { ...(stored ?? {}) };
  const file = fromFile ?? {};
  const take = <K extends keyof Outcome>(key: K): void => {
    if (file[key] === undefined) delete next[key];
    else next[key] = file[key];
  };
  if (columns.some((c) => STATUS_COLUMNS.includes(c))) {
    take('stage');
    take('result');
  }
  if (columns.includes('earned')) take('earnedUsd');
  if (columns.includes('tags')) take('tags');
  const signals: Signals = { ...(stored?.signals ?? {}) };
  const fileSignals = file.signals ?? {};
  if (columns.includes('hireRate')) {
    if (fileSignals.hireRate === undefined) delete signals.hireRate;
    else signals.hireRate = fileSignals.hireRate;
  }
  if (columns.includes('paymentVerified')) {
    if (fileSignals.paymentVerified === undefined) delete signals.paymentVerified;
    else signals.paymentVerified = fileSignals.paymentVerified;
  }
  if (Object.keys(signals).length > 0) next.signals = signals;
  else delete next.signals;
  return next;
}

/** An outcome as plain sorted JSON, defaults left out (no tags, no signals): for comparing. */
function canonical(outcome: Outcome | undefined | null): string {
  const o: Record<string, unknown> = { ...(outcome ?? {}) };
  if (Array.isArray(o.tags) && o.tags.length === 0) delete o.tags;
  const signals = o.signals as Record<string, unknown> | undefined;
  if (signals && Object.keys(signals).length === 0) delete o.signals;
  const sorted = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
        )
      : v;
  return JSON.stringify(sorted(o));
}

/** Whether two outcomes say the same (an absent outcome is the empty one). */
export function sameOutcome(a: Outcome | undefined | null, b: Outcome | undefined | null): boolean {
  return canonical(a) === canonical(b);
}
