/**
 * What a replay says about a ledger's proposals, kept apart from the replay: which spends are
 * proposals the rules applied, what was refunded to each, and the billing cycles. These depend
 * on the ledger only, never on the outcomes, so a read cache can keep them while outcomes change
 * (a click on the Proposals page), and the statistics then need no replay and no event objects:
 * they read the events' columns (days, Connects, boost) and the outcomes of each proposal.
 *
 * `proposalStatsOfFacts(…)` gives exactly what `proposalStats(input, …)` gives for the same
 * ledger and outcomes (a property test holds them together).
 */
import { formatDay, parseIsoDate, type Day } from '../dates';
import type { SpendColumns } from './columns';
import { eraForInput, replay, type ReplayInput, type ReplayResult } from '../replay';
import type { AnyEvent, Statement } from '../types';
import { pricePerConnect } from './price';
import { blankRecord, fillProposal, type OutcomeOf, type ProposalRecord } from './proposals';
import { statsOfScan, type ProposalStats, type StatsRange } from './stats';

export interface ProposalFacts {
  /** The replay's statements, oldest first: the billing cycles. */
  cycles: Statement[];
  /** The event index of each proposal the rules applied (§2), in event order. */
  proposals: Int32Array;
  /** The proposals something was refunded to (event indices, ascending), and how much. */
  refundedIndex: Int32Array;
  refundedConnects: Float64Array;
}

/** The account and era settings: what prices a Connect in each cycle. */
export type FactsSettings = Pick<ReplayInput, 'account' | 'era' | 'catalogue'>;

/** The facts of `input` (pass its replay when you have it). */
export function proposalFacts(
  input: ReplayInput,
  replayed: ReplayResult = replay(input),
): ProposalFacts {
  const { events } = input;
  const { balances } = replayed;
  const proposals: number[] = [];
  for (let index = 0; index < events.length; index += 1) {
    const event = events[index] as AnyEvent & Record<string, unknown>;
    if (event.type !== 'spend' || balances[index] === null || balances[index] === undefined) {
      continue;
    }
    if (event.kind !== undefined && event.kind !== 'proposal') continue;
    proposals.push(index);
  }
  const refunds = [...replayed.refundedBySpend].sort((a, b) => a[0] - b[0]);
  return {
    cycles: replayed.cycles,
    proposals: Int32Array.from(proposals),
    refundedIndex: Int32Array.from(refunds, ([index]) => index),
    refundedConnects: Float64Array.from(refunds, ([, connects]) => connects),
  };
}

const orZero = (v: number | undefined): number => (v === undefined || Number.isNaN(v) ? 0 : v);

/**
 * Calls `visit` with each proposal of the facts, in event order, as `scanProposals` does (one
 * record reused for all: copy what you keep). `ref` is left undefined: the columns carry no text.
 */
export function scanFacts(
  settings: FactsSettings,
  columns: SpendColumns,
  facts: ProposalFacts,
  visit: (p: Readonly<ProposalRecord>) => void,
  outcomeOf?: OutcomeOf,
): Statement[] {
  const { cycles, proposals, refundedIndex, refundedConnects } = facts;
  const eraFor = eraForInput({ ...settings, events: [] });
  const starts = cycles.map((c) => parseIsoDate(c.start) as Day);
  const prices = cycles.map((c, i) => pricePerConnect(eraFor(starts[i] as Day), c.plan));
  const p = blankRecord();

  let lastDay = Number.NaN;
  let cycle = -1;
  let r = 0;
  for (let k = 0; k < proposals.length; k += 1) {
    const index = proposals[k] as number;
    const day = columns.days[index] as number;
    if (day !== lastDay) {
      lastDay = day;
      p.day = day;
      p.date = formatDay(day);
      // Proposals come in date order: the cycle only moves forward (else search again).
      if (cycle < 0 || day < (starts[cycle] as number)) cycle = -1;
      while (cycle + 1 < starts.length && (starts[cycle + 1] as number) <= day) cycle += 1;
      p.cycle = cycle;
      p.pricePerConnectUsd = prices[cycle] ?? 0;
    }
    while (r < refundedIndex.length && (refundedIndex[r] as number) < index) r += 1;
    const refunded = refundedIndex[r] === index ? (refundedConnects[r] as number) : 0;
    const connects = orZero(columns.connects[index]);
    const boost = orZero(columns.boost[index]);
    fillProposal(p, index, connects, boost, refunded, outcomeOf?.(index));
    visit(p);
  }
  return cycles;
}

/**
 * `proposalStats` from the facts: the statistics of the proposals within `range`, every
 * proposal also shown to `visit` when given (in the range or not).
 */
export function proposalStatsOfFacts(
  settings: FactsSettings,
  columns: SpendColumns,
  facts: ProposalFacts,
  range: StatsRange = {},
  outcomeOf?: OutcomeOf,
  visit?: (p: Readonly<ProposalRecord>) => void,
): ProposalStats {
  return statsOfScan(facts.cycles, range, (add) =>
    scanFacts(
      settings,
      columns,
      facts,
      visit
        ? (p) => {
            add(p);
            visit(p);
          }
        : add,
      outcomeOf,
    ),
  );
}

export { columnsOf, type SpendColumns } from './columns';
