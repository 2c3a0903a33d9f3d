/**
 * The proposals of a replayed ledger, each with what the statistics read: its Connects and
 * what the rules refunded to it, its stage and effective result, its cycle and the price of a
 * Connect then. Only spends the rules applied, of kind `proposal`, are proposals (§2).
 */
import { parseIsoDate, type Day } from '../dates';
import { eraForInput, replay, type ReplayInput, type ReplayResult } from '../replay';
import type { AnyEvent, Statement } from '../types';
import { effectiveResult } from './effective';
import { pricePerConnect } from './price';
import { stageRank, type Outcome, type OutcomeResult, type Signals, type Stage } from './types';

export interface ProposalRecord {
  /** The spend's index in the replay input's events. */
  index: number;
  date: string;
  day: Day;
  ref: string | undefined;
  connects: number;
  boost: number;
  /** connects + boost. */
  spent: number;
  /** What the rules refunded to it, whatever the refund's date. */
  refunded: number;
  stage: Stage;
  /** 0 sent, 1 viewed, 2 interview, 3 hired. */
  stageRank: number;
  /** The effective result (§2). */
  result: OutcomeResult;
  /** 0 when none was given. */
  earnedUsd: number;
  /** Each tag once. */
  tags: readonly string[];
  signals: Signals;
  /** Index into `ProposalLedger.cycles`: the statement whose cycle holds its date. */
  cycle: number;
  /** The price of a Connect on its date (§3). */
  pricePerConnectUsd: number;
}

export interface ProposalLedger {
  proposals: ProposalRecord[];
  /** The replay's statements, oldest first. */
  cycles: Statement[];
}

const NO_TAGS: readonly string[] = [];
const NO_SIGNALS: Signals = Object.freeze({});

/** The tags, each once: the same array unless it repeats one (rare; no copy otherwise). */
function uniqueTags(tags: readonly string[] | undefined): readonly string[] {
  if (!tags || tags.length === 0) return NO_TAGS;
  for (let i = 1; i < tags.length; i += 1) {
    if (tags.lastIndexOf(tags[i] as string, i - 1) >= 0) return [...new Set(tags)];
  }
  return tags;
}

/** The index of the cycle whose [start, next start) holds `day`; -1 outside them all. */
function cycleIndexOf(starts: readonly Day[], day: Day): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((starts[mid] as Day) <= day) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A record to fill and reuse for every proposal of a scan. */
export function blankRecord(): ProposalRecord {
  return {
    index: -1,
    date: '',
    day: 0,
    ref: undefined,
    connects: 0,
    boost: 0,
    spent: 0,
    refunded: 0,
    stage: 'sent',
    stageRank: 0,
    result: 'open',
    earnedUsd: 0,
    tags: NO_TAGS,
    signals: NO_SIGNALS,
    cycle: -1,
    pricePerConnectUsd: 0,
  };
}

/** The outcome of the spend at an index: by default the event's own `outcome`. */
export type OutcomeOf = (index: number) => Outcome | undefined;

/** Fills `p` with one proposal's figures: what it cost, what came back, how far it went. */
export function fillProposal(
  p: ProposalRecord,
  index: number,
  connects: number,
  boost: number,
  refunded: number,
  outcome: Outcome | undefined,
): void {
  const spent = connects + boost;
  const stage = outcome?.stage ?? 'sent';
  p.index = index;
  p.connects = connects;
  p.boost = boost;
  p.spent = spent;
  p.refunded = refunded;
  p.stage = stage;
  p.stageRank = stageRank(stage);
  p.result = effectiveResult(outcome, spent, refunded);
  p.earnedUsd = outcome?.earnedUsd ?? 0;
  p.tags = uniqueTags(outcome?.tags);
  p.signals = outcome?.signals ?? NO_SIGNALS;
}

/**
 * Calls `visit` with each proposal of `input`, in the order of its events, and returns the
 * replay's statements. The record passed is one object reused for every proposal, so that
 * 50,000 proposals make no garbage: copy it (`{ ...p }`) to keep it. `outcomeOf` gives the
 * outcomes where they are kept apart from the events (the app stores them apart).
 */
export function scanProposals(
  input: ReplayInput,
  replayed: ReplayResult,
  visit: (p: Readonly<ProposalRecord>) => void,
  outcomeOf?: OutcomeOf,
): Statement[] {
  const cycles = replayed.cycles;
  const starts = cycles.map((c) => parseIsoDate(c.start) as Day);
  const eraFor = eraForInput(input);
  const prices = cycles.map((c, i) => pricePerConnect(eraFor(starts[i] as Day), c.plan));
  const { events } = input;
  const { balances, refundedBySpend } = replayed;
  const p = blankRecord();
  let lastDate = '';
  for (let index = 0; index < events.length; index += 1) {
    const event = events[index] as AnyEvent & Record<string, unknown>;
    if (event.type !== 'spend' || balances[index] === null || balances[index] === undefined) {
      continue;
    }
    if (event.kind !== undefined && event.kind !== 'proposal') continue;
    const date = event.date as string;
    if (date !== lastDate) {
      lastDate = date;
      p.date = date;
      p.day = parseIsoDate(date) as Day;
      p.cycle = cycleIndexOf(starts, p.day);
      p.pricePerConnectUsd = prices[p.cycle] ?? 0;
    }
    const connects = typeof event.connects === 'number' ? event.connects : 0;
    const boost = typeof event.boost === 'number' ? event.boost : 0;
    const refunded = refundedBySpend.get(index) ?? 0;
    const outcome = outcomeOf ? outcomeOf(index) : (event.outcome as Outcome | undefined);
    p.ref = typeof event.ref === 'string' ? event.ref : undefined;
    fillProposal(p, index, connects, boost, refunded, outcome);
    visit(p);
  }
  return cycles;
}

/**
 * The proposals of `input` as records to keep, in the order of its events (e.g. for
 * compareOwnHistory). Pass the replay when you have it; otherwise the ledger is replayed here.
 */
export function collectProposals(
  input: ReplayInput,
  replayed: ReplayResult = replay(input),
  outcomeOf?: OutcomeOf,
): ProposalLedger {
  const proposals: ProposalRecord[] = [];
  const cycles = scanProposals(input, replayed, (p) => proposals.push({ ...p }), outcomeOf);
  return { proposals, cycles };
}
