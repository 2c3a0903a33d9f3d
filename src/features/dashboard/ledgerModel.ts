/**
 * The dashboard's figures, all from the rules engine: the ledger replayed up
 * to today, and the forecast from today at no pace ("if you do nothing").
 * Pure and pace-independent, so the page memoises it on the ledger alone.
 */
import { cycleStartOf, formatDay, parseIsoDate, type Day } from '../../engine/dates';
import { forecast, type ForecastResult, type Pace } from '../../engine/forecast';
import type { ReplayInput, StateAt } from '../../engine/replay';
import type { AccountRecord, LedgerEvents, LedgerRead } from '../../read';
import { replayThrough } from '../../read/replay';
import type { Lot, Statement } from '../../engine/types';

/** How many cycles after the current one the forecasts cover: a lot's whole year. */
export const FORECAST_CYCLES = 12;

export const IDLE_PACE: Pace = { proposalsPerCycle: 0, connectsPerProposal: 0 };

export interface SpendSplit {
  /** Connects bid on proposals (without boosts). */
  proposals: number;
  boosts: number;
}

export interface NextCycle {
  start: string;
  plan: string;
  /** The plan's allotment at that cycle start, under the era then in force. */
  allotment: number;
  /** When a plan change is waiting for that cycle start. */
  planChange: { from: string; to: string } | null;
  /** If nothing more is spent: what carries over, and what the rollover cap takes. */
  carriedIn: number;
  expired: number;
}

export interface LedgerModel {
  today: string;
  /**
   * What the replay was given: the account and eras, and the events it needed (when it went on
   * from a checkpoint, those after it only). The ledger's events are `events`.
   */
  input: ReplayInput;
  events: LedgerEvents;
  /** The ledger replayed through today; forecasts and plans go on from copies of it. */
  state: StateAt;
  balance: number;
  /** Every closed cycle, then the open one so far (its `closing` is today's balance). */
  history: Statement[];
  /** Indexes of the events the rules refused. */
  rejected: ReadonlySet<number>;
  lots: Lot[];
  next: NextCycle;
  /** The forecast with nothing spent, bought or received beyond the allotments. */
  idle: ForecastResult;
  entryCount: number;
  rejectedCount: number;
}

/**
 * Spends applied through today, per cycle of `history` from its `from`-th on (rejected ones left
 * out). The events come in replay order, oldest first: walking back from the newest, the first
 * dated before those cycles ends the walk, so the chart's range costs what it shows, not the
 * whole ledger.
 */
export function spendSince(model: LedgerModel, from: number): SpendSplit[] {
  const { input, history, rejected, events } = model;
  const shown = history.slice(from);
  const out = shown.map(() => ({ proposals: 0, boosts: 0 }));
  const first = shown[0];
  if (!first) return out;
  const firstDay = parseIsoDate(first.start) ?? Number.NaN;
  const indexOfStart = new Map<Day, number>();
  shown.forEach((s, i) => indexOfStart.set(parseIsoDate(s.start) ?? Number.NaN, i));
  const { cycleDay } = input.account;
  const lastDay = model.state.day;
  let seen: Day | null = null;
  let slot: SpendSplit | undefined;
  events.eachSpendBackwards((index, day, connects, boost) => {
    if (rejected.has(index)) return true;
    if (day !== null && day < firstDay) return false;
    if (day !== seen) {
      seen = day;
      slot =
        day === null || day > lastDay
          ? undefined
          : out[indexOfStart.get(cycleStartOf(day, cycleDay)) ?? -1];
    }
    if (slot) {
      slot.proposals += connects;
      slot.boosts += boost;
    }
    return true;
  });
  return out;
}

function nextCycle(state: StateAt, idle: ForecastResult): NextCycle {
  const { machine } = state;
  const following = idle.cycles[1];
  const pending = machine.pendingPlan;
  return {
    start: formatDay(machine.cycle.end),
    plan: following?.plan ?? pending ?? machine.plan,
    allotment: following?.allotment ?? 0,
    planChange:
      pending !== null && pending !== machine.cycle.plan
        ? { from: machine.cycle.plan, to: pending }
        : null,
    carriedIn: following?.carriedIn ?? 0,
    expired: following?.expired ?? 0,
  };
}

export function buildLedgerModel(
  data: LedgerRead & { account: AccountRecord },
  today: string,
): LedgerModel {
  const { input, state } = replayThrough(data, today);
  const history = [...state.machine.statements, state.machine.openStatement()];
  const rejected = new Set(state.rejected.map((r) => r.index));
  const idle = forecast({
    history: input,
    today,
    pace: IDLE_PACE,
    cycles: FORECAST_CYCLES,
    state,
  });
  return {
    today,
    input,
    state,
    balance: state.balance,
    history,
    rejected,
    lots: state.lots,
    next: nextCycle(state, idle),
    idle,
    events: data.events,
    entryCount: data.events.count,
    rejectedCount: rejected.size,
  };
}

/** The forecast at the planned pace, from the same ledger. */
export function paceForecast(model: LedgerModel, pace: Pace): ForecastResult {
  return forecast({
    history: model.input,
    today: model.today,
    pace,
    cycles: FORECAST_CYCLES,
    state: model.state,
  });
}
