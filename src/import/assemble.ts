/**
 * Read rows to ledger events: time order, keys, boosts joined to their proposals, refunds
 * matched to their jobs, and the platform's own rows set aside. Linear in the rows: every
 * lookup is a map, and a boost is only looked for among its own date's proposals.
 */
import type { LedgerEvent } from '../engine/types';
import type { Row } from './classify';
import { numberProblem } from './limits';
import { withSource } from './ledger';
import type { ImportedEvent, ParseProblem, PlatformRow } from './types';
import { fold, usdInText } from './values';

export interface Assembled {
  events: ImportedEvent[];
  platformRows: PlatformRow[];
  warnings: ParseProblem[];
  newestFirst: boolean;
  /** The balance column's value on the newest row that has one. */
  lastBalance: number | null;
}

/** Rows in the order the platform applied them, and whether the file listed them newest first. */
export function timeOrder(rows: readonly Row[]): { ordered: Row[]; newestFirst: boolean } {
  let up = 0;
  let down = 0;
  for (let i = 1; i < rows.length; i += 1) {
    const a = (rows[i - 1] as Row).date;
    const b = (rows[i] as Row).date;
    if (b > a) up += 1;
    else if (b < a) down += 1;
  }
  // A tie (one date, or none) goes to newest first: the platform's order.
  const newestFirst = down >= up;
  const ordered = newestFirst ? [...rows].reverse() : [...rows];
  let sorted = true;
  for (let i = 1; i < ordered.length && sorted; i += 1) {
    sorted = (ordered[i - 1] as Row).date <= (ordered[i] as Row).date;
  }
  if (!sorted) {
    const within = newestFirst ? -1 : 1;
    ordered.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : within * (a.seq - b.seq)));
  }
  return { ordered, newestFirst };
}

/**
 * `date|action|details|signed amount|n`: n counts identical rows of the same date, oldest
 * first. A re-pasted window holds whole dates, or the oldest rows of today (new rows appear
 * at the top), so an occurrence number means the same row in both files.
 */
export function keyRows(ordered: readonly Row[]): string[] {
  const keys = new Array<string>(ordered.length);
  let seen = new Map<string, number>();
  let date = '';
  for (let i = 0; i < ordered.length; i += 1) {
    const row = ordered[i] as Row;
    if (row.date !== date) {
      date = row.date;
      seen = new Map();
    }
    const base = `${row.date}|${row.actionKey}|${row.detailsKey}|${row.connects}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    keys[i] = `${base}|${n}`;
  }
  return keys;
}

const TRAILING_ID = /\s*#\s*\d+$/;
/** Words before a colon that make the rest of a refund's details the job's title. */
const REFUND_PREFIX =
  /\b(closed|cancel+ed|withdrawn|declined|removed|expired|without hiring|refund\w*|no longer|deleted)\b/i;

interface Placed {
  row: Row;
  key: string;
  /** Place among the date's rows; a joined spend moves to its boost's place. */
  slot: number;
  event: LedgerEvent;
}

function eventOf(row: Row): LedgerEvent {
  const { date } = row;
  switch (row.kind) {
    case 'proposal': {
      const ref = row.ref ?? row.details;
      const event: LedgerEvent = { date, type: 'spend', connects: -row.connects };
      if (ref !== '') event.ref = ref;
      if (row.outcome !== undefined) event.outcome = row.outcome;
      return event;
    }
    case 'spend':
      return { date, type: 'spend', connects: -row.connects, kind: row.spendKind ?? 'other' };
    case 'purchase': {
      const usd = row.usd ?? usdInText(row.details);
      const event: LedgerEvent = { date, type: 'purchase', connects: row.connects };
      // A price read from the text is only a guess: an absurd one is left out, not refused.
      if (usd !== undefined && numberProblem('usd', usd) === null) event.usd = usd;
      return event;
    }
    case 'bonus':
      return { date, type: 'bonus', reason: row.reason ?? 'other', connects: row.connects };
    case 'adjust': {
      const event: LedgerEvent = { date, type: 'adjust', connects: row.connects };
      if (row.details !== '') event.note = row.details;
      return event;
    }
    default:
      // The ref is found once the spends before the refund are known.
      return { date, type: 'refund', ref: '', connects: row.connects };
  }
}

/** A date's proposals by job, for boosts: exact title first, then the title without `#123`. */
class Proposals {
  private readonly exact = new Map<string, Placed[]>();
  private readonly bare = new Map<string, Placed[]>();

  add(placed: Placed): void {
    const job = placed.row.job;
    push(this.exact, job, placed);
    push(this.bare, job.replace(TRAILING_ID, ''), placed);
  }

  /** The unboosted proposal of the boost's job nearest before it, else the first after it. */
  take(boost: Row, slot: number): Placed | undefined {
    const job = boost.job;
    const open = (list: Placed[] | undefined): Placed[] =>
      (list ?? []).filter((p) => p.event.type === 'spend' && p.event.boost === undefined);
    let pool = open(this.exact.get(job));
    if (pool.length === 0) pool = open(this.bare.get(job.replace(TRAILING_ID, '')));
    const before = pool.filter((p) => p.slot < slot);
    return before.length > 0 ? before[before.length - 1] : pool[0];
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

class RefundMatcher {
  /** Folded job title → the ref of the latest spend with it. */
  private readonly spends = new Map<string, string>();

  spent(job: string, ref: string): void {
    this.spends.set(job, ref);
  }

  /** The job a refund names: the details, or their longest tail after a colon, that is a known job. */
  match(row: Row): { ref: string; known: boolean } {
    if (row.ref !== undefined) return { ref: row.ref, known: this.spends.has(row.job) };
    const text = row.details;
    for (let at = -1; ; at = text.indexOf(':', at + 1)) {
      const ref = this.spends.get(fold(text.slice(at + 1)));
      if (ref !== undefined) return { ref, known: true };
      if (text.indexOf(':', at + 1) < 0) break;
    }
    const colon = text.indexOf(':');
    const named = colon >= 0 && REFUND_PREFIX.test(text.slice(0, colon));
    return { ref: (named ? text.slice(colon + 1) : text).trim(), known: false };
  }
}

export function assemble(rows: readonly Row[]): Assembled {
  const { ordered, newestFirst } = timeOrder(rows);
  const keys = keyRows(ordered);
  const out: Assembled = {
    events: [],
    platformRows: [],
    warnings: [],
    newestFirst,
    lastBalance: null,
  };
  const refunds = new RefundMatcher();
  for (let start = 0, end = 0; start < ordered.length; start = end) {
    const date = (ordered[start] as Row).date;
    while (end < ordered.length && (ordered[end] as Row).date === date) end += 1;
    const placed: Placed[] = [];
    const proposals = new Proposals();
    const boosts: number[] = [];
    for (let i = start; i < end; i += 1) {
      const row = ordered[i] as Row;
      if (row.balance !== undefined) out.lastBalance = row.balance;
      if (row.kind === 'monthly' || row.kind === 'expired' || row.kind === 'rollover') {
        const { line, kind, connects, details } = row;
        out.platformRows.push({ line, date, kind, connects, details });
      } else if (row.kind === 'boost') {
        boosts.push(i);
      } else {
        const p: Placed = { row, key: keys[i] as string, slot: i, event: eventOf(row) };
        placed.push(p);
        if (row.kind === 'proposal') proposals.add(p);
      }
    }
    for (const i of boosts)
      joinBoost(ordered[i] as Row, keys[i] as string, i, proposals, placed, out);
    if (boosts.length > 0) placed.sort((a, b) => a.slot - b.slot);
    for (const { row, key, event } of placed) {
      if (event.type === 'spend' && event.ref !== undefined) refunds.spent(row.job, event.ref);
      if (event.type === 'refund') {
        const { ref, known } = refunds.match(row);
        event.ref = ref;
        if (!known) {
          const message =
            ref === ''
              ? 'a refund that names no job: it cannot be matched to a proposal'
              : `a refund for "${ref}", which has no proposal earlier in this file`;
          out.warnings.push({ line: row.line, message });
        }
      }
      if (row.strayOutcome) {
        out.warnings.push({
          line: row.line,
          message: `${row.strayOutcome.join(', ')}: only a proposal has an outcome, so ${row.strayOutcome.length > 1 ? 'these cells are' : 'this cell is'} not kept`,
        });
      }
      out.events.push(withSource(event, row.line, row.details, key));
    }
  }
  return out;
}

function joinBoost(
  row: Row,
  key: string,
  slot: number,
  proposals: Proposals,
  placed: Placed[],
  out: Assembled,
): void {
  const boost = -row.connects;
  const target = proposals.take(row, slot);
  if (target && target.event.type === 'spend') {
    target.event.boost = boost;
    // A sheet may note the outcome on the boost's row rather than the proposal's.
    if (row.outcome !== undefined) target.event.outcome ??= row.outcome;
    // Applied where the boost was: by then the platform had taken both amounts.
    target.slot = Math.max(target.slot, slot);
    return;
  }
  out.warnings.push({
    line: row.line,
    message: `a boost with no proposal for "${row.details}" on its date: kept as a spend of 0 plus the boost`,
  });
  const event: LedgerEvent = { date: row.date, type: 'spend', connects: 0, boost };
  if (row.outcome !== undefined) event.outcome = row.outcome;
  placed.push({ row, key, slot, event });
}
