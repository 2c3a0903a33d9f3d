/**
 * Forecast (rules contract §6): the ledger's state today, carried forward at a
 * planned pace through the same machine as the history, so rollover caps and
 * lapses apply exactly as they will.
 */
import { formatDay, nextCycleStart, parseIsoDate, type Day } from './dates';
import { stateAt, type ReplayInput, type StateAt } from './replay';
import type { AnyEvent, LedgerEvent, Statement } from './types';

export interface PlannedPurchase {
  date: string;
  connects: number;
  usd?: number;
}

export interface Pace {
  proposalsPerCycle: number;
  /** Average Connects per proposal; may be fractional, spread so each cycle's total is whole. */
  connectsPerProposal: number;
  boostPerProposal?: number;
  /** Share of proposals refunded (0–1), each a week after it was sent. */
  refundShare?: number;
  /** Bonus Connects expected per cycle. */
  bonusPerCycle?: number;
  purchases?: PlannedPurchase[];
}

export interface ExpiryRisk {
  /** The date the Connects are lost. */
  date: string;
  kind: 'expire' | 'lapse';
  connects: number;
  /** The last date on which spending them keeps them. */
  spendBy: string;
}

export interface ForecastResult {
  /** The current cycle (history so far, then the pace) and the cycles after it. */
  cycles: Statement[];
  risk: ExpiryRisk[];
  /** Planned proposals the balance could not pay for. */
  unaffordable: number;
  balanceToday: number;
}

const REFUND_DELAY_DAYS = 7;
/** Within one date: money in first, then refunds, then proposals. */
const PRIORITY: Record<string, number> = { purchase: 0, bonus: 1, refund: 2, spend: 3 };

interface Planned {
  day: Day;
  event: LedgerEvent;
}

/** The k-th of n whole shares of `total`, so that the shares add up to round(total). */
function share(total: number, k: number, n: number): number {
  return Math.round(((k + 1) * total) / n) - Math.round((k * total) / n);
}

function planCycle(from: Day, to: Day, fraction: number, pace: Pace, tag: string): Planned[] {
  const out: Planned[] = [];
  const length = to - from;
  if (length <= 0) return out;
  const proposals = Math.round(pace.proposalsPerCycle * fraction);
  const connects = proposals * pace.connectsPerProposal;
  const boosts = proposals * (pace.boostPerProposal ?? 0);
  const refunds = proposals * (pace.refundShare ?? 0);
  for (let k = 0; k < proposals; k += 1) {
    const day = from + Math.floor(((k + 0.5) * length) / proposals);
    const ref = `forecast-${tag}-${k}`;
    const boost = share(boosts, k, proposals);
    const spend: LedgerEvent = {
      date: formatDay(day),
      type: 'spend',
      connects: share(connects, k, proposals),
      ref,
    };
    if (boost > 0) spend.boost = boost;
    out.push({ day, event: spend });
    if (share(refunds, k, proposals) > 0) {
      const refundDay = day + REFUND_DELAY_DAYS;
      out.push({ day: refundDay, event: { date: formatDay(refundDay), type: 'refund', ref } });
    }
  }
  const bonus = Math.round((pace.bonusPerCycle ?? 0) * fraction);
  if (bonus > 0) {
    const day = from + Math.floor(length / 2);
    out.push({
      day,
      event: { date: formatDay(day), type: 'bonus', reason: 'other', connects: bonus },
    });
  }
  return out;
}

export interface ForecastInput {
  history: ReplayInput;
  /** The last date of history; the pace applies from the day after. */
  today: string;
  pace: Pace;
  /** How many cycles after the current one to project. */
  cycles: number;
  /**
   * `stateAt(history, today)` when the caller has it already: the forecast then goes on from a
   * copy of its machine (left as it is) instead of replaying the history again.
   */
  state?: StateAt;
}

export function forecast({
  history,
  today,
  pace,
  cycles,
  state: given,
}: ForecastInput): ForecastResult {
  const state = given ?? stateAt(history, today);
  const machine = given ? given.machine.clone() : state.machine;
  const losses = new Map<string, ExpiryRisk>();
  machine.onLoss = (day, kind, amount) => {
    const key = `${day}:${kind}`;
    const known = losses.get(key);
    if (known) known.connects += amount;
    else
      losses.set(key, {
        date: formatDay(day),
        kind,
        connects: amount,
        spendBy: formatDay(day - 1),
      });
  };
  const firstIndex = machine.statements.length;
  const current = machine.cycle;
  const tomorrow = state.day + 1;

  const planned: Planned[] = [];
  const fraction = (current.end - tomorrow) / (current.end - current.start);
  planned.push(...planCycle(tomorrow, current.end, fraction, pace, 'now'));
  let start = current.end;
  for (let i = 0; i < cycles; i += 1) {
    const end = nextCycleStart(start);
    planned.push(...planCycle(start, end, 1, pace, String(i)));
    start = end;
  }
  const horizon = start; // the first date after the projection
  for (const p of pace.purchases ?? []) {
    const day = parseIsoDate(p.date);
    if (day === null || day < tomorrow || day >= horizon) continue;
    const event: LedgerEvent = { date: p.date, type: 'purchase', connects: p.connects };
    if (p.usd !== undefined) event.usd = p.usd;
    planned.push({ day, event });
  }
  planned.sort(
    (a, b) => a.day - b.day || (PRIORITY[a.event.type] ?? 9) - (PRIORITY[b.event.type] ?? 9),
  );

  let unaffordable = 0;
  planned.forEach((p, i) => {
    if (p.day >= horizon) return;
    machine.advanceTo(p.day);
    const outcome = machine.apply(p.event as AnyEvent, i, p.day);
    if (outcome.kind === 'rejected' && p.event.type === 'spend') unaffordable += 1;
  });
  machine.advanceTo(horizon - 1);
  machine.closeCycle();
  machine.onLoss = null;
  return {
    cycles: machine.statements.slice(firstIndex),
    risk: [...losses.values()].sort((a, b) => a.date.localeCompare(b.date)),
    unaffordable,
    balanceToday: state.balance,
  };
}
