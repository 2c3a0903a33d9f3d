/**
 * The purchase planner: "to send N proposals of C Connects by DATE, buy X now
 * (cost $Y)". The account is taken as it stands today (the history replayed),
 * a purchase is made today, and the proposals are sent evenly from today
 * through DATE with the engine, so allotments arriving on the way, rollover
 * caps, lapses, bundles and the maximum balance all count. X is the smallest
 * purchase the era sells with which every proposal goes out.
 */
import { purchaseFor, type Purchase } from './buying';
import { formatDay, parseIsoDate, type Day } from './dates';
import type { Machine } from './machine';
import { stateAt, type ReplayInput, type StateAt } from './replay';
import type { AnyEvent } from './types';

export interface PurchasePlanInput {
  history: ReplayInput;
  /** The last date of history: the purchase is made on it, after its events. */
  today: string;
  proposals: number;
  connectsPerProposal: number;
  boostPerProposal?: number;
  /** The last date on which a proposal is sent. */
  by: string;
  /** `stateAt(history, today)` when the caller has it: each trial goes on from a copy of it. */
  state?: StateAt;
}

export type PlanStatus =
  /** No purchase needed. */
  | 'enough'
  | 'buy'
  /** The plan cannot buy Connects in this era. */
  | 'cannot-purchase'
  /** The purchase needed would break the maximum balance: `buy` sends as many as one can. */
  | 'over-max-balance'
  /** Connects bought now would expire or lapse before use: `buy` sends as many as one can, buy the rest later. */
  | 'buy-later';

export interface Losses {
  /** The next cycle start: losses are counted through it. */
  date: string;
  /** Over the rollover cap at that cycle start. */
  expire: number;
  /** Lots reaching their one-year lifetime from tomorrow through that date. */
  lapse: number;
}

export interface PurchasePlan {
  status: PlanStatus;
  /** Connects the proposals need: proposals × (Connects + boost). */
  needed: number;
  balanceToday: number;
  buy: number;
  /** The purchases that make up `buy`, largest first (bundles where the era has them). */
  pieces: number[];
  costUsd: number;
  /** Proposals sent by the date with this purchase. */
  sendable: number;
  /** What is lost at the next cycle if the purchase is made and no proposal is sent. */
  ifNotFollowed: Losses;
  /** The same without the purchase. */
  withoutBuying: Losses;
}

const share = (total: number, k: number, n: number): number =>
  Math.round(((k + 1) * total) / n) - Math.round((k * total) / n);

interface Plan {
  history: ReplayInput;
  today: string;
  state: StateAt | undefined;
  todayDay: Day;
  lastDay: Day;
  proposals: number;
  perProposal: number;
}

function machineToday(plan: Plan): Machine {
  return plan.state ? plan.state.machine.clone() : stateAt(plan.history, plan.today).machine;
}

function buy(m: Machine, day: Day, purchase: Purchase | null): void {
  for (const connects of purchase?.pieces ?? []) {
    m.apply({ date: formatDay(day), type: 'purchase', connects } as AnyEvent, -1, day);
  }
}

/** Proposals sent from today through the last day after buying `purchase` today. */
function sent(plan: Plan, purchase: Purchase | null): number {
  const m = machineToday(plan);
  buy(m, plan.todayDay, purchase);
  const n = plan.proposals;
  const length = plan.lastDay - plan.todayDay + 1;
  const total = n * plan.perProposal;
  let count = 0;
  for (let k = 0; k < n; k += 1) {
    const day = plan.todayDay + Math.floor(((k + 0.5) * length) / n);
    m.advanceTo(day);
    const event = { date: '', type: 'spend', connects: share(total, k, n) } as AnyEvent;
    if (m.apply(event, k, day).kind !== 'rejected') count += 1;
  }
  return count;
}

function losses(plan: Plan, purchase: Purchase | null): Losses {
  const m = machineToday(plan);
  buy(m, plan.todayDay, purchase);
  const next = m.cycle.end;
  const lost: Losses = { date: formatDay(next), expire: 0, lapse: 0 };
  m.onLoss = (_day, kind, amount) => {
    lost[kind] += amount;
  };
  m.advanceTo(next);
  return lost;
}

export function planPurchase(input: PurchasePlanInput): PurchasePlan {
  const todayDay = parseIsoDate(input.today);
  const byDay = parseIsoDate(input.by);
  if (todayDay === null) throw new RangeError(`today: "${input.today}" is not a date`);
  if (byDay === null) throw new RangeError(`by: "${input.by}" is not a date`);
  const plan: Plan = {
    history: input.history,
    today: input.today,
    state: input.state,
    todayDay,
    lastDay: Math.max(todayDay, byDay),
    proposals: Math.max(0, Math.round(input.proposals)),
    perProposal: Math.max(0, input.connectsPerProposal) + Math.max(0, input.boostPerProposal ?? 0),
  };
  const m = machineToday(plan);
  const balance = m.balance;
  const rules = m.rules;
  const needed = Math.round(plan.proposals * plan.perProposal);
  const result = (
    status: PlanStatus,
    purchase: Purchase | null,
    sendable: number,
  ): PurchasePlan => ({
    status,
    needed,
    balanceToday: balance,
    buy: purchase?.connects ?? 0,
    pieces: [...(purchase?.pieces ?? [])],
    costUsd: (purchase?.costCents ?? 0) / 100,
    sendable,
    ifNotFollowed: losses(plan, purchase),
    withoutBuying: losses(plan, null),
  });

  const without = sent(plan, null);
  if (without === plan.proposals) return result('enough', null, without);
  // Buying `x` more than held: the smallest purchase the era sells covering it, or why not.
  const purchaseOf = (x: number) => purchaseFor(balance + x, balance, rules);
  const first = purchaseOf(1);
  if (first === 'cannot-purchase') return result('cannot-purchase', null, without);
  if (first === 'over-max-balance') return result('over-max-balance', null, without);

  // Largest shortfall one may buy for today (a purchase only grows with it), capped at the need.
  let most = 1;
  let over = needed + 1;
  while (over - most > 1) {
    const mid = Math.floor((most + over) / 2);
    if (typeof purchaseOf(mid) === 'string') over = mid;
    else most = mid;
  }
  // Fewest Connects reaching the most proposals a purchase today can send: more bought never sends fewer.
  const best = sent(plan, purchaseOf(most) as Purchase);
  let low = 0;
  let high = most;
  if (best === without) high = 0;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (sent(plan, purchaseOf(mid) as Purchase) >= best) high = mid;
    else low = mid;
  }
  const purchase = high > 0 ? (purchaseOf(high) as Purchase) : null;
  if (best === plan.proposals) return result('buy', purchase, best);
  return result(over <= needed ? 'over-max-balance' : 'buy-later', purchase, best);
}
