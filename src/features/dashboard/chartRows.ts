/**
 * One row per billing cycle for each chart and its table, cut to the chosen
 * range. Charts and tables read the same rows so they never disagree.
 */
import type { ForecastResult } from '../../engine/forecast';
import type { ChartRange } from '../../store/uiStore';
import { FORECAST_CYCLES, spendSince, type LedgerModel } from './ledgerModel';
import { formatMonth } from '../../engine/words';

export interface RowBase {
  start: string;
  /** Axis label, e.g. `Dec 2026`. */
  label: string;
  /** The cycle under way (figures so far) or still to come. */
  when: 'past' | 'current' | 'coming';
}

export interface BalanceRow extends RowBase {
  carried: number;
  allotment: number;
  purchased: number;
  bonus: number;
  total: number;
}

export interface SpendRow extends RowBase {
  proposals: number;
  boosts: number;
  costUsd: number;
}

export interface RiskRow extends RowBase {
  expired: number;
  lapsed: number;
  /** Connects still to be lost at the planned pace (the current cycle's rest, or a coming cycle). */
  forecast: number;
}

/** The last `range` cycles of the history (the current one included). */
export function rangeStart(length: number, range: ChartRange): number {
  return range === 'all' ? 0 : Math.max(0, length - range);
}

function base(start: string, index: number, last: number): RowBase {
  return { start, label: formatMonth(start), when: index === last ? 'current' : 'past' };
}

export function balanceRows(model: LedgerModel, range: ChartRange): BalanceRow[] {
  const { history } = model;
  const last = history.length - 1;
  const from = rangeStart(history.length, range);
  return history.slice(from).map((s, k) => ({
    ...base(s.start, from + k, last),
    carried: s.carriedIn,
    allotment: s.allotment,
    purchased: s.purchased,
    bonus: s.bonus,
    total: s.opening + s.purchased + s.bonus,
  }));
}

export function spendRows(model: LedgerModel, range: ChartRange): SpendRow[] {
  const { history } = model;
  const last = history.length - 1;
  const from = rangeStart(history.length, range);
  const spend = spendSince(model, from);
  return history.slice(from).map((s, k) => ({
    ...base(s.start, from + k, last),
    proposals: spend[k]?.proposals ?? 0,
    boosts: spend[k]?.boosts ?? 0,
    costUsd: s.costUsd,
  }));
}

/** How many coming cycles the risk chart shows: no more than the range, at most the forecast's. */
export function comingCount(range: ChartRange): number {
  return range === 'all' ? FORECAST_CYCLES : Math.min(range, FORECAST_CYCLES);
}

export function riskRows(
  model: LedgerModel,
  planned: ForecastResult,
  range: ChartRange,
): RiskRow[] {
  const { history } = model;
  const last = history.length - 1;
  const from = rangeStart(history.length, range);
  const rows: RiskRow[] = history.slice(from).map((s, k) => ({
    ...base(s.start, from + k, last),
    expired: s.expired,
    lapsed: s.lapsed,
    forecast: 0,
  }));
  // The forecast's first cycle is the current one: history so far, then the pace.
  const [current, ...coming] = planned.cycles;
  const now = rows[rows.length - 1];
  if (current && now) {
    now.forecast = Math.max(0, current.expired + current.lapsed - now.expired - now.lapsed);
  }
  for (const s of coming.slice(0, comingCount(range))) {
    rows.push({
      start: s.start,
      label: formatMonth(s.start),
      when: 'coming',
      expired: 0,
      lapsed: 0,
      forecast: s.expired + s.lapsed,
    });
  }
  return rows;
}
