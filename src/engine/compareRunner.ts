/**
 * One plan's run for the plan comparison: the engine's Machine fed proposals,
 * refunds, bonuses and corrections, with purchases made by the buying rule
 * just before the proposal that needs them (same date, so the engine's own
 * order of things applies). Figures per cycle are read from the Machine's
 * statements, so they are exactly what `replay` of the generated ledger says.
 */
import { buyerFor, type Buyer } from './buying';
import { nextCycleStart, type Day } from './dates';
import type { Era } from './eras';
import { Machine, type MachineSetup } from './machine';
import type { AnyEvent, LedgerEvent, PurchaseEvent, SpendEvent, Statement } from './types';

/** One cycle's money and losses under one plan. */
export interface CycleCost {
  start: string;
  end: string;
  era: string;
  feeUsd: number;
  boughtConnects: number;
  boughtUsd: number;
  /** Fee plus purchases: the statement's `costUsd`. */
  totalUsd: number;
  /** Lost over the rollover cap at this cycle's start. */
  expired: number;
  /** Lost to the one-year lifetime during this cycle. */
  lapsed: number;
  /** Proposals that could not have been sent. */
  unsent: number;
}

export type CostTotals = Omit<CycleCost, 'start' | 'end' | 'era'>;

export interface PlanRun {
  plan: string;
  cycles: CycleCost[];
  total: CostTotals;
  statements: Statement[];
}

/** Keeps the per-cycle lists packed (no holes), which the hot loop of the break-even curve feels. */
const add = (list: number[], i: number, amount: number): void => {
  while (list.length <= i) list.push(0);
  list[i] = (list[i] as number) + amount;
};

export class PlanRunner {
  readonly machine: Machine;
  /** Every event applied, purchases included, in order: a ledger `replay` reproduces; null when not recording. */
  readonly ledger: LedgerEvent[] | null;
  private readonly bought: number[] = [];
  private readonly boughtCents: number[] = [];
  private readonly unsent: number[] = [];
  /** Refs whose latest proposal was not sent: their refunds cannot have happened. */
  private readonly unsentRefs = new Set<string>();
  private readonly purchase: PurchaseEvent = { date: '', type: 'purchase', connects: 0 };
  private index = 0;
  /** The buyer for the open cycle's rules, looked up once per cycle. */
  private buyer: Buyer | null = null;
  private buyerCycle: unknown = null;

  constructor(setup: MachineSetup, record: boolean) {
    this.machine = new Machine(setup);
    this.ledger = record ? [] : null;
  }

  /**
   * Sends a proposal on `day` (the caller has advanced to it), buying first
   * when the balance is short; false when this plan could not have sent it.
   * A recorded ledger keeps `event` itself, so pass a fresh object then.
   */
  propose(event: SpendEvent, day: Day): boolean {
    const need = event.connects + (event.boost ?? 0);
    if (need > this.machine.balance && !this.buyFor(event, day, need)) return false;
    if (event.ref !== undefined && this.unsentRefs.size > 0) this.unsentRefs.delete(event.ref);
    return this.feed(event, day);
  }

  private buyFor(event: SpendEvent, day: Day, need: number): boolean {
    const m = this.machine;
    const cycle = m.statements.length;
    if (this.buyerCycle !== m.cycle || !this.buyer) {
      this.buyerCycle = m.cycle;
      this.buyer = buyerFor(m.rules);
    }
    const buy = this.buyer.purchase(need, m.balance);
    if (typeof buy === 'string') {
      add(this.unsent, cycle, 1);
      if (event.ref !== undefined) this.unsentRefs.add(event.ref);
      return false;
    }
    for (const piece of buy.pieces) {
      const purchase: PurchaseEvent = this.ledger
        ? { date: event.date, type: 'purchase', connects: piece }
        : this.purchase;
      purchase.connects = piece;
      this.feed(purchase, day);
    }
    add(this.boughtCents, cycle, buy.costCents);
    add(this.bought, cycle, buy.connects);
    return true;
  }

  /** A refund, bonus or correction; false when it did not apply under this plan. */
  receive(event: LedgerEvent, day: Day): boolean {
    if (event.type === 'refund' && this.unsentRefs.has(event.ref)) return false;
    return this.feed(event, day);
  }

  /** Closes every cycle through the one starting on `lastStart` and reads the figures. */
  finish(lastStart: Day): PlanRun {
    const m = this.machine;
    m.advanceTo(lastStart);
    m.closeCycle();
    const total = { feeC: 0, boughtC: 0, bought: 0, expired: 0, lapsed: 0, unsent: 0 };
    const cycles = m.statements.map((s, i): CycleCost => {
      const boughtC = this.boughtCents[i] ?? 0;
      const totalC = Math.round(s.costUsd * 100);
      const bought = this.bought[i] ?? 0;
      const unsent = this.unsent[i] ?? 0;
      total.feeC += totalC - boughtC;
      total.boughtC += boughtC;
      total.bought += bought;
      total.expired += s.expired;
      total.lapsed += s.lapsed;
      total.unsent += unsent;
      return {
        start: s.start,
        end: s.end,
        era: s.era,
        feeUsd: (totalC - boughtC) / 100,
        boughtConnects: bought,
        boughtUsd: boughtC / 100,
        totalUsd: s.costUsd,
        expired: s.expired,
        lapsed: s.lapsed,
        unsent,
      };
    });
    return {
      plan: m.plan,
      cycles,
      total: {
        feeUsd: total.feeC / 100,
        boughtConnects: total.bought,
        boughtUsd: total.boughtC / 100,
        totalUsd: (total.feeC + total.boughtC) / 100,
        expired: total.expired,
        lapsed: total.lapsed,
        unsent: total.unsent,
      },
      statements: m.statements,
    };
  }

  private feed(event: LedgerEvent, day: Day): boolean {
    const outcome = this.machine.apply(event as AnyEvent, this.index, day);
    this.index += 1;
    if (outcome.kind === 'rejected') return false;
    this.ledger?.push(event);
    return true;
  }
}

/** The plans every era in force from `start` through `last` has, in the first era's order. */
export function plansInForce(eraFor: (day: Day) => Era, start: Day, last: Day): string[] {
  const eras = new Set<Era>();
  for (let day = start; day <= last; day = nextCycleStart(day)) eras.add(eraFor(day));
  const [first, ...rest] = [...eras];
  if (!first) return [];
  return Object.keys(first.plans).filter((plan) => rest.every((era) => plan in era.plans));
}
