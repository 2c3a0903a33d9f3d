/**
 * The plans compared at a planned pace: proposals spread over each cycle as
 * the forecast spreads them (evenly, refunds a week later, bonuses mid-cycle),
 * run through the engine's Machine with the buying rule, so rollover caps and
 * lapses count as they would. Events are generated in date order as the run
 * goes: nothing is sorted or validated per run, so the break-even curve can
 * run hundreds of these while the user types.
 */
import {
  civilFromDay,
  dayFromCivil,
  formatDay,
  nextCycleStart,
  parseIsoDate,
  type Day,
} from './dates';
import { ERA_CATALOGUE, eraResolver, type Era, type EraChoice } from './eras';
import type { Pace } from './forecast';
import { PlanRunner, plansInForce, type PlanRun } from './compareRunner';
import { accountStartDay, type ReplayInput } from './replay';
import type { BonusEvent, RefundEvent, SpendEvent } from './types';

/** A pace without planned purchases: the buying rule does the buying. */
export type ComparePace = Omit<Pace, 'purchases'>;

export interface PaceHorizon {
  era: EraChoice;
  /** Cycles simulated. */
  cycles: number;
  /** The first cycle's start; default: the first of the month on or after the era's date. */
  start?: string;
  startingBalance?: number;
  /** Default: every plan that each era of the horizon has. */
  plans?: readonly string[];
  catalogue?: readonly Era[];
}

export interface ComparePaceInput extends PaceHorizon {
  pace: ComparePace;
  /** Keep each plan's generated ledger as a replay input (for checks and export). */
  record?: boolean;
}

export interface PacePlanResult extends PlanRun {
  /** Total cost over the horizon divided by its cycles, to the cent. */
  monthlyCostUsd: number;
  replayInput: ReplayInput | null;
}

export interface PaceComparison {
  plans: PacePlanResult[];
  /** Proposals planned over the horizon. */
  proposals: number;
  from: string;
  through: string;
}

/** Everything about a horizon that does not depend on the pace: computed once per curve. */
export interface PaceSetup {
  era: EraChoice;
  catalogue: readonly Era[];
  eraFor: (cycleStart: Day) => Era;
  /** Cycle starts, one more than the cycles: the last is the day after the horizon. */
  starts: Day[];
  cycleDay: number;
  startingBalance: number;
  plans: readonly string[];
}

const REFUND_DELAY_DAYS = 7;

function defaultStart(choice: EraChoice, catalogue: readonly Era[]): Day {
  // Under `auto` the latest era: a pace is about the rules one would live under now.
  const eras =
    typeof choice === 'object'
      ? [choice]
      : catalogue.filter((era) => choice === 'auto' || era.id === choice);
  const from = Math.max(0, ...eras.map((era) => parseIsoDate(era.from) ?? 0));
  const { y, m, d } = civilFromDay(from);
  return d === 1 ? from : nextCycleStart(dayFromCivil(y, m, 1));
}

export function paceSetup(horizon: PaceHorizon): PaceSetup {
  const catalogue = horizon.catalogue ?? ERA_CATALOGUE;
  const eraFor = eraResolver(horizon.era, catalogue);
  const startDay =
    horizon.start === undefined
      ? defaultStart(horizon.era, catalogue)
      : parseIsoDate(horizon.start);
  if (startDay === null) throw new RangeError(`start: "${horizon.start}" is not a date`);
  const cycleDay = civilFromDay(startDay).d;
  accountStartDay({ plan: '', cycleDay, start: formatDay(startDay) });
  const starts = [startDay];
  const cycles = Math.max(1, Math.floor(horizon.cycles));
  for (let i = 0; i < cycles; i += 1) starts.push(nextCycleStart(starts[i] as Day));
  return {
    era: horizon.era,
    catalogue,
    eraFor,
    starts,
    cycleDay,
    startingBalance: horizon.startingBalance ?? 0,
    plans: horizon.plans ?? plansInForce(eraFor, startDay, starts[cycles - 1] as Day),
  };
}

const nonNegative = (v: number | undefined): number => (v !== undefined && v > 0 ? v : 0);

/** Proposal refs alternate between two sets by cycle parity, so a ref is reused only after its refund. */
const refs: string[] = [];
function refFor(slot: number): string {
  while (refs.length <= slot) refs.push(`pace-${refs.length}`);
  return refs[slot] as string;
}

/** Simulates one plan at the pace over the horizon. */
export function runPace(
  setup: PaceSetup,
  plan: string,
  pace: ComparePace,
  record: boolean,
): { run: PlanRun; ledger: ReplayInput | null } {
  const { starts } = setup;
  const runner = new PlanRunner(
    { plan, start: starts[0] as Day, startingBalance: setup.startingBalance, eraFor: setup.eraFor },
    record,
  );
  const m = runner.machine;
  const perCycle = nonNegative(pace.proposalsPerCycle);
  const perProposal = nonNegative(pace.connectsPerProposal);
  const boostPer = nonNegative(pace.boostPerProposal);
  const refundShare = Math.min(1, nonNegative(pace.refundShare));
  const bonusPer = nonNegative(pace.bonusPerCycle);
  const wholeConnects = Number.isInteger(perProposal);
  const wholeBoost = Number.isInteger(boostPer);
  const spend: SpendEvent = { date: '', type: 'spend', connects: 0, boost: 0, ref: undefined };
  const refund: RefundEvent = { date: '', type: 'refund', ref: '' };
  const bonus: BonusEvent = { date: '', type: 'bonus', reason: 'other', connects: 0 };
  const refundDays: Day[] = [];
  const refundRefs: string[] = [];
  let refundHead = 0;
  let bonusDay = Number.POSITIVE_INFINITY;
  let bonusAmount = 0;
  let at = Number.NEGATIVE_INFINITY;
  // Several events share a date at a high pace: the date's lapses and cycle start are done once.
  const moveTo = (day: Day): void => {
    if (day !== at) m.advanceTo(day);
    at = day;
  };

  // Money in before proposals on one date: bonus, then refunds (the forecast's order).
  const flushThrough = (day: Day): void => {
    for (;;) {
      const refundDay = refundHead < refundDays.length ? (refundDays[refundHead] as Day) : Infinity;
      if (bonusDay <= day && bonusDay <= refundDay) {
        moveTo(bonusDay);
        const event = record ? { ...bonus, date: formatDay(bonusDay) } : bonus;
        event.connects = bonusAmount;
        runner.receive(event, bonusDay);
        bonusDay = Number.POSITIVE_INFINITY;
      } else if (refundDay <= day) {
        moveTo(refundDay);
        const event = record ? { ...refund, date: formatDay(refundDay) } : refund;
        event.ref = refundRefs[refundHead] as string;
        runner.receive(event, refundDay);
        refundHead += 1;
      } else return;
    }
  };

  const cycles = starts.length - 1;
  for (let i = 0; i < cycles; i += 1) {
    const from = starts[i] as Day;
    const length = (starts[i + 1] as Day) - from;
    const n = Math.round((i + 1) * perCycle) - Math.round(i * perCycle);
    bonusAmount = Math.round((i + 1) * bonusPer) - Math.round(i * bonusPer);
    if (bonusAmount > 0) bonusDay = from + Math.floor(length / 2);
    const connects = n * perProposal;
    const boosts = n * boostPer;
    const refunds = n * refundShare;
    // Whole shares as the forecast spreads them: proposal k gets round((k+1)·total/n) −
    // round(k·total/n), so a cycle's parts add up to round(total); kept running to halve the work.
    let connectsSoFar = 0;
    let boostsSoFar = 0;
    let refundsSoFar = 0;
    for (let k = 0; k < n; k += 1) {
      const day = from + Math.floor(((k + 0.5) * length) / n);
      if (
        bonusDay <= day ||
        (refundHead < refundDays.length && (refundDays[refundHead] as Day) <= day)
      ) {
        flushThrough(day);
      }
      moveTo(day);
      // Whole values per proposal (the usual case) share out exactly: no rounding needed.
      const connectsNext = wholeConnects
        ? (k + 1) * perProposal
        : Math.round(((k + 1) * connects) / n);
      const boostsNext = wholeBoost ? (k + 1) * boostPer : Math.round(((k + 1) * boosts) / n);
      const refundsNext = refunds > 0 ? Math.round(((k + 1) * refunds) / n) : 0;
      const boost = boostsNext - boostsSoFar;
      // Only proposals to be refunded carry a ref: the engine then tracks no others.
      const ref = refundsNext > refundsSoFar ? refFor(2 * k + (i % 2)) : undefined;
      let event = spend;
      if (record) {
        event = { date: formatDay(day), type: 'spend', connects: 0 };
        if (boost > 0) event.boost = boost;
        if (ref !== undefined) event.ref = ref;
      } else {
        spend.boost = boost;
        spend.ref = ref;
      }
      event.connects = connectsNext - connectsSoFar;
      connectsSoFar = connectsNext;
      boostsSoFar = boostsNext;
      refundsSoFar = refundsNext;
      if (runner.propose(event, day) && ref !== undefined) {
        refundDays.push(day + REFUND_DELAY_DAYS);
        refundRefs.push(ref);
      }
    }
    flushThrough((starts[i + 1] as Day) - 1);
  }
  const lastStart = starts[cycles - 1] as Day;
  const run = runner.finish(lastStart);
  const ledger: ReplayInput | null = runner.ledger && {
    account: {
      plan,
      cycleDay: setup.cycleDay,
      start: formatDay(starts[0] as Day),
      startingBalance: setup.startingBalance,
    },
    era: setup.era,
    catalogue: setup.catalogue,
    events: runner.ledger,
    until: formatDay(lastStart),
  };
  return { run, ledger };
}

/** The horizon's total cost per cycle, to the cent. */
export function monthlyCost(run: PlanRun): number {
  const cycles = Math.max(1, run.cycles.length);
  return Math.round(Math.round(run.total.totalUsd * 100) / cycles) / 100;
}

export function comparePace(input: ComparePaceInput): PaceComparison {
  const setup = paceSetup(input);
  const cycles = setup.starts.length - 1;
  const perCycle = nonNegative(input.pace.proposalsPerCycle);
  const plans = setup.plans.map((plan): PacePlanResult => {
    const { run, ledger } = runPace(setup, plan, input.pace, input.record ?? false);
    return { ...run, monthlyCostUsd: monthlyCost(run), replayInput: ledger };
  });
  return {
    plans,
    proposals: Math.round(cycles * perCycle),
    from: formatDay(setup.starts[0] as Day),
    through: formatDay(setup.starts[cycles - 1] as Day),
  };
}
