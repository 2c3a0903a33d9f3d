/**
 * The statistics of a ledger's proposals (outcomes.md §3, §3.1, §5): every figure for all of
 * them, boosted or not, and by group. One pass over the proposals feeds every group's tally.
 */
import { parseOrThrow, replay, type ReplayInput, type ReplayResult } from '../replay';
import type { Statement } from '../types';
import { Tally, type ProposalFigures } from './figures';
import {
  scanProposals,
  type OutcomeOf,
  type ProposalLedger,
  type ProposalRecord,
} from './proposals';

export const CONNECTS_BANDS = ['0', '1-4', '5-8', '9-12', '13-16', '17+'] as const;
export type ConnectsBand = (typeof CONNECTS_BANDS)[number];
export const PAYMENT_GROUPS = ['yes', 'no', 'unknown'] as const;
export type PaymentGroup = (typeof PAYMENT_GROUPS)[number];
export const HIRE_RATE_GROUPS = ['under-50', '50-plus', 'unknown'] as const;
export type HireRateGroup = (typeof HIRE_RATE_GROUPS)[number];
/** The byTag key of proposals without a tag. */
export const UNTAGGED = 'untagged';

// Groups are found by index into the lists above: no lookup by name per proposal.
const bandIndex = (connects: number): number =>
  connects <= 0 ? 0 : connects >= 17 ? 5 : Math.ceil(connects / 4);
const paymentIndex = (verified: boolean | undefined): number =>
  verified === undefined ? 2 : verified ? 0 : 1;
const hireRateIndex = (rate: number | undefined): number =>
  rate === undefined ? 2 : rate < 50 ? 0 : 1;

export interface CycleFigures extends ProposalFigures {
  /** The statement's cycle: its proposals are those dated from `start` up to, not including, `end`. */
  start: string;
  end: string;
}

export interface ProposalStats {
  overall: ProposalFigures;
  boosted: ProposalFigures;
  notBoosted: ProposalFigures;
  /** Groups with no proposal are left out of the `by…` maps; keys in the bands' order. */
  byConnects: Partial<Record<ConnectsBand, ProposalFigures>>;
  /** Tags in code-unit order, `untagged` last. */
  byTag: Record<string, ProposalFigures>;
  byPaymentVerified: Partial<Record<PaymentGroup, ProposalFigures>>;
  byHireRate: Partial<Record<HireRateGroup, ProposalFigures>>;
  /** One per statement of the replay, in order, even where it holds no proposal. */
  byCycle: CycleFigures[];
}

export interface StatsRange {
  /** Keep the proposals dated on or after this date (YYYY-MM-DD). */
  from?: string;
  /** Keep the proposals dated on or before this date. */
  to?: string;
}

/** The groups that have a proposal, by name, in the order of `keys`. */
function finish<K extends string>(
  keys: readonly K[],
  tallies: readonly (Tally | undefined)[],
): Partial<Record<K, ProposalFigures>> {
  const out: Partial<Record<K, ProposalFigures>> = {};
  keys.forEach((key, i) => {
    const tally = tallies[i];
    if (tally) out[key] = tally.figures();
  });
  return out;
}

/** The tally at `i`, made on first use (a group without proposals has none). */
function tallyAt(tallies: (Tally | undefined)[], i: number): Tally {
  let tally = tallies[i];
  if (!tally) {
    tally = new Tally();
    tallies[i] = tally;
  }
  return tally;
}

function tallyOf(map: Map<string, Tally>, key: string): Tally {
  let tally = map.get(key);
  if (!tally) {
    tally = new Tally();
    map.set(key, tally);
  }
  return tally;
}

/** Every group's tally, fed one proposal at a time. */
class Groups {
  private readonly from: number;
  private readonly to: number;
  private readonly overall = new Tally();
  private readonly boosted = new Tally();
  private readonly notBoosted = new Tally();
  private readonly byConnects: (Tally | undefined)[] = CONNECTS_BANDS.map(() => undefined);
  private readonly byTag = new Map<string, Tally>();
  private readonly byPayment: (Tally | undefined)[] = PAYMENT_GROUPS.map(() => undefined);
  private readonly byHireRate: (Tally | undefined)[] = HIRE_RATE_GROUPS.map(() => undefined);
  private byCycle: Tally[] = [];

  constructor(range: StatsRange) {
    this.from = range.from === undefined ? -Infinity : parseOrThrow(range.from, 'from');
    this.to = range.to === undefined ? Infinity : parseOrThrow(range.to, 'to');
  }

  forCycles(count: number): this {
    this.byCycle = Array.from({ length: count }, () => new Tally());
    return this;
  }

  readonly add = (p: Readonly<ProposalRecord>): void => {
    if (p.day < this.from || p.day > this.to) return;
    this.overall.add(p);
    (p.boost > 0 ? this.boosted : this.notBoosted).add(p);
    tallyAt(this.byConnects, bandIndex(p.connects)).add(p);
    if (p.tags.length === 0) tallyOf(this.byTag, UNTAGGED).add(p);
    else for (const tag of p.tags) tallyOf(this.byTag, tag).add(p);
    const signals = p.signals;
    tallyAt(this.byPayment, paymentIndex(signals.paymentVerified)).add(p);
    tallyAt(this.byHireRate, hireRateIndex(signals.hireRate)).add(p);
    this.byCycle[p.cycle]?.add(p);
  };

  stats(cycles: readonly Statement[]): ProposalStats {
    const tags = [...this.byTag.keys()]
      .filter((t) => t !== UNTAGGED)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    if (this.byTag.has(UNTAGGED)) tags.push(UNTAGGED);
    return {
      overall: this.overall.figures(),
      boosted: this.boosted.figures(),
      notBoosted: this.notBoosted.figures(),
      byConnects: finish(CONNECTS_BANDS, this.byConnects),
      byTag: finish(
        tags,
        tags.map((t) => this.byTag.get(t)),
      ) as Record<string, ProposalFigures>,
      byPaymentVerified: finish(PAYMENT_GROUPS, this.byPayment),
      byHireRate: finish(HIRE_RATE_GROUPS, this.byHireRate),
      byCycle: cycles.map((c, i) => ({
        start: c.start,
        end: c.end,
        ...(this.byCycle[i] ?? new Tally()).figures(),
      })),
    };
  }
}

/**
 * The statistics of the proposals `scan` feeds to the visitor it is given (each once, as
 * scanProposals does), within `range`, over the billing cycles `cycles`.
 */
export function statsOfScan(
  cycles: readonly Statement[],
  range: StatsRange,
  scan: (add: (p: Readonly<ProposalRecord>) => void) => void,
): ProposalStats {
  const groups = new Groups(range).forCycles(cycles.length);
  scan(groups.add);
  return groups.stats(cycles);
}

/** The statistics of proposals already collected (see collectProposals), within `range`. */
export function statsOfProposals(
  { proposals, cycles }: ProposalLedger,
  range: StatsRange = {},
): ProposalStats {
  const groups = new Groups(range).forCycles(cycles.length);
  for (const p of proposals) groups.add(p);
  return groups.stats(cycles);
}

/**
 * The statistics of a ledger's proposals (§3), optionally within a date range (inclusive;
 * `byCycle` keeps every cycle). Pass the replay when you have it. Throws ReplayInputError
 * on a bad `from`/`to` or account.
 */
export function proposalStats(
  input: ReplayInput,
  range: StatsRange = {},
  replayed: ReplayResult = replay(input),
  outcomeOf?: OutcomeOf,
): ProposalStats {
  return statsOfScan(replayed.cycles, range, (add) =>
    scanProposals(input, replayed, add, outcomeOf),
  );
}
