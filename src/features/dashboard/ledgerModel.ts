/**
 * The dashboard's figures, all from the rules engine: the ledger replayed up
 * to today, and the forecast from today at no pace ("if you do nothing").
 * Pure and pace-independent, so the page memoises it on the ledger alone.
 */
import { replayInput } from '../../db/ledgerInput';
import type { LedgerReplay } from '../../db/ledgerReplay';
import type { AccountRecord } from '../../db/records';
import { cycleStartOf, formatDay, parseIsoDate, type Day } from '../../engine/dates';
import { forecast, type ForecastResult, type Pace } from '../../engine/forecast';
import {
  stateFromCheckpoint,
  stateWithCheckpoint,
  type ReplayCheckpoint,
} from '../../engine/checkpoint';
import type { ReplayInput, StateAt } from '../../engine/replay';
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
  input: ReplayInput;
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
  /** A new checkpoint at today, to store for the next load (null when the stored one served). */
  checkpoint: ReplayCheckpoint | null;
}

/**
 * Spends applied through today, per cycle of `history` from its `from`-th on (rejected ones left
 * out). The events come in replay order, oldest first: walking back from the newest, the first
 * dated before those cycles ends the walk, so the chart's range costs what it shows, not the
 * whole ledger.
 */
export function spendSince(model: LedgerModel, from: number): SpendSplit[] {
  const { input, history, rejected } = model;
  const shown = history.slice(from);
  const out = shown.map(() => ({ proposals: 0, boosts: 0 }));
  const first = shown[0];
  if (!first) return out;
  const firstDay = parseIsoDate(first.start) ?? Number.NaN;
  const indexOfStart = new Map<Day, number>();
  shown.forEach((s, i) => indexOfStart.set(parseIsoDate(s.start) ?? Number.NaN, i));
  const { cycleDay } = input.account;
  const lastDay = model.state.day;
  const { events } = input;
  // One parse per distinct date: events of a day are next to each other.
  let lastText: string | null = null;
  let slot: SpendSplit | undefined;
  let dayOk = false;
  for (let i = events.length - 1; i >= 0; i -= 1) {
    const event = events[i];
    if (!event || event.type !== 'spend' || rejected.has(i)) continue;
    const text = typeof event.date === 'string' ? event.date : '';
    if (text !== lastText) {
      lastText = text;
      const day = parseIsoDate(text);
      if (day !== null && day < firstDay) break;
      dayOk = day !== null && day <= lastDay;
      slot = day === null ? undefined : out[indexOfStart.get(cycleStartOf(day, cycleDay)) ?? -1];
    }
    if (!dayOk || !slot) continue;
    slot.proposals += typeof event.connects === 'number' ? event.connects : 0;
    slot.boosts += typeof event.boost === 'number' ? event.boost : 0;
  }
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

/** The state today: from the stored checkpoint when it serves, else a replay that makes one. */
function replayedToday(
  input: ReplayInput,
  stored: ReplayCheckpoint | null | undefined,
  today: string,
): { state: StateAt; checkpoint: ReplayCheckpoint | null } {
  const resumed = stored ? stateFromCheckpoint(input, stored, today) : null;
  return resumed ? { state: resumed, checkpoint: null } : stateWithCheckpoint(input, today);
}

export function buildLedgerModel(
  { account, events, customEras, checkpoint: stored }: LedgerReplay & { account: AccountRecord },
  today: string,
): LedgerModel {
  const input = replayInput(account, events, customEras);
  const { state, checkpoint } = replayedToday(input, stored, today);
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
    entryCount: events.length,
    rejectedCount: rejected.size,
    checkpoint,
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
