/**
 * The replay state machine: one account's balance, lots, plan and open
 * statement, moved forward date by date (rules contract §3–§5). `replay`
 * and `forecast` both drive it, so history and projections obey one set of rules.
 */
import { addOneYear, formatDay, nextCycleStart, type Day } from './dates';
import type { Era, PlanRules } from './eras';
import { LotBook } from './lots';
import { Memory } from './memory';
import type { AnyEvent, Rejection, RejectionCode, Statement, Warning } from './types';
import { cents } from './words';

export interface MachineSetup {
  plan: string;
  start: Day;
  startingBalance: number;
  eraFor: (cycleStart: Day) => Era;
}

export interface OpenCycle {
  start: Day;
  end: Day;
  plan: string;
  era: Era;
  carriedIn: number;
  expired: number;
  allotment: number;
  purchased: number;
  bonus: number;
  refunded: number;
  adjusted: number;
  spent: number;
  lapsed: number;
  costCents: number;
}

/** Where a machine goes on from instead of opening its first cycle (see clone, machineState.ts). */
export interface Resume {
  cycle: OpenCycle;
  book: LotBook;
  memory: Memory;
  statements: readonly Statement[];
  pendingPlan: string | null;
}

/** What happened to one event; `applied` is the Connects it moved (signed). */
export type Outcome =
  | { kind: 'applied'; delta: number }
  | { kind: 'rejected'; rejection: Rejection }
  | { kind: 'capped'; delta: number; warning: Warning };


export class Machine {
  readonly book: LotBook;
  readonly statements: Statement[] = [];
  plan: string;
  pendingPlan: string | null = null;
  cycle: OpenCycle;
  private readonly eraFor: (cycleStart: Day) => Era;
  /** Proposals sent and recent interview bonuses. */
  readonly memory: Memory;
  /** Told of every Connect lost, with its date: forecasts turn these into expiry risk. */
  onLoss: ((day: Day, kind: 'expire' | 'lapse', amount: number) => void) | null = null;
  /**
   * When set, every refund applied appends the index of the spend it went to and the amount
   * (pairs, flat): the replay sums them per spend only when asked. Null in what-ifs.
   */
  refundLog: number[] | null = null;
  private readonly reportLapse = (day: Day, amount: number): void =>
    this.onLoss?.(day, 'lapse', amount);

  constructor(setup: MachineSetup, resume?: Resume) {
    this.eraFor = setup.eraFor;
    this.plan = setup.plan;
    this.book = resume?.book ?? new LotBook();
    this.memory = resume?.memory ?? new Memory();
    if (resume) {
      this.cycle = resume.cycle;
      this.statements.push(...resume.statements);
      this.pendingPlan = resume.pendingPlan;
      return;
    }
    const era = setup.eraFor(setup.start);
    const rules = this.rulesOf(era, setup.plan);
    this.book.add(setup.start, setup.startingBalance, this.lapseDay(era, setup.start));
    this.cycle = this.openCycle(setup.start, era, setup.startingBalance, 0, rules);
  }

  /**
   * An independent copy in the same state: what-ifs (forecasts, purchase plans) go on from a
   * copy of the state today instead of replaying the whole ledger again for each. Costs the lots
   * held and the proposals known, not the ledger's length.
   */
  clone(): Machine {
    const setup = {
      plan: this.plan,
      start: this.cycle.start,
      startingBalance: 0,
      eraFor: this.eraFor,
    };
    const copy = new Machine(setup, {
      cycle: { ...this.cycle },
      book: this.book.clone(),
      memory: this.memory.clone(),
      statements: this.statements,
      pendingPlan: this.pendingPlan,
    });
    copy.lastReceived = this.lastReceived;
    copy.lastLapse = this.lastLapse;
    return copy;
  }

  get balance(): number {
    return this.book.total;
  }

  get rules(): PlanRules {
    return this.rulesOf(this.cycle.era, this.cycle.plan);
  }

  /** Moves to the beginning of `day`: lapses, then a cycle start, for every date up to it. */
  advanceTo(day: Day): void {
    while (day >= this.cycle.end) {
      this.closeCycle();
      this.startCycle(this.cycle.end);
    }
    this.cycle.lapsed += this.book.lapseThrough(day, this.onLoss ? this.reportLapse : undefined);
  }

  /** The open cycle's statement so far: its closing is the balance held now. */
  openStatement(): Statement {
    const c = this.cycle;
    return {
      start: formatDay(c.start),
      end: formatDay(c.end),
      plan: c.plan,
      era: c.era.id,
      carriedIn: c.carriedIn,
      expired: c.expired,
      allotment: c.allotment,
      opening: c.carriedIn + c.allotment,
      purchased: c.purchased,
      bonus: c.bonus,
      refunded: c.refunded,
      adjusted: c.adjusted,
      spent: c.spent,
      lapsed: c.lapsed,
      closing: this.book.total,
      costUsd: c.costCents / 100,
    };
  }

  /** Lapses through the open cycle's end date and closes it: its statement is final. */
  closeCycle(): Statement {
    const c = this.cycle;
    c.lapsed += this.book.lapseThrough(c.end, this.onLoss ? this.reportLapse : undefined);
    const statement = this.openStatement();
    this.statements.push(statement);
    return statement;
  }

  /** Applies one event of the current date (the caller has advanced to it). */
  apply(event: AnyEvent, index: number, day: Day): Outcome {
    switch (event.type) {
      case 'spend':
        return this.spend(index, num(event.connects) + num(event.boost), str(event.ref));
      case 'purchase':
        return this.purchase(index, day, num(event.connects), optNum(event.usd));
      case 'bonus':
        return this.bonus(index, day, str(event.reason) ?? 'other', optNum(event.connects));
      case 'refund':
        return this.refund(index, day, str(event.ref) ?? '', optNum(event.connects));
      case 'adjust':
        return this.adjust(index, day, num(event.connects));
      case 'plan':
        return this.changePlan(index, str(event.plan) ?? '');
      default:
        return reject(index, 'unknown-type');
    }
  }

  private startCycle(start: Day): void {
    if (this.pendingPlan !== null) {
      this.plan = this.pendingPlan;
      this.pendingPlan = null;
    }
    const era = this.eraFor(start);
    const rules = this.rulesOf(era, this.plan);
    const leftover = this.book.total;
    const carriedIn = rules.rolloverCap === null ? leftover : Math.min(leftover, rules.rolloverCap);
    this.book.take(leftover - carriedIn);
    if (leftover > carriedIn) this.onLoss?.(start, 'expire', leftover - carriedIn);
    this.cycle = this.openCycle(start, era, carriedIn, leftover - carriedIn, rules);
  }

  private openCycle(
    start: Day,
    era: Era,
    carriedIn: number,
    expired: number,
    rules: PlanRules,
  ): OpenCycle {
    this.book.add(start, rules.allotment, this.lapseDay(era, start));
    return {
      start,
      end: nextCycleStart(start),
      plan: this.plan,
      era,
      carriedIn,
      expired,
      allotment: rules.allotment,
      purchased: 0,
      bonus: 0,
      refunded: 0,
      adjusted: 0,
      spent: 0,
      lapsed: 0,
      costCents: cents(rules.monthlyFeeUsd),
    };
  }

  private rulesOf(era: Era, plan: string): PlanRules {
    const rules = era.plans[plan];
    if (!rules) throw new Error(`plan "${plan}" is not in era "${era.id}"`);
    return rules;
  }

  private lastReceived = Number.NaN;
  private lastLapse = 0;

  private lapseDay(era: Era, received: Day): Day | null {
    if (era.lotLifetime !== '1y') return null;
    // Most lots of a run share their date with the one before: skip the calendar work.
    if (received !== this.lastReceived) {
      this.lastReceived = received;
      this.lastLapse = addOneYear(received);
    }
    return this.lastLapse;
  }

  private receive(day: Day, amount: number): void {
    this.book.add(day, amount, this.lapseDay(this.cycle.era, day));
  }

  private spend(index: number, total: number, ref: string | undefined): Outcome {
    if (total > this.book.total) {
      return reject(index, 'insufficient-balance', { needed: total, held: this.book.total });
    }
    this.book.take(total);
    this.cycle.spent += total;
    if (ref !== undefined) this.memory.sent(ref, total, index);
    return { kind: 'applied', delta: -total };
  }

  private purchase(index: number, day: Day, connects: number, usd: number | undefined): Outcome {
    const rules = this.rules;
    if (!rules.canPurchase) return reject(index, 'purchase-not-allowed');
    if (rules.maxBalance !== null && this.book.total + connects > rules.maxBalance) {
      return reject(index, 'over-max-balance', {
        needed: connects,
        held: this.book.total,
        limit: rules.maxBalance,
      });
    }
    this.receive(day, connects);
    this.cycle.purchased += connects;
    this.cycle.costCents += cents(usd ?? connects * (rules.pricePerConnectUsd ?? 0));
    return { kind: 'applied', delta: connects };
  }

  private bonus(index: number, day: Day, reason: string, connects: number | undefined): Outcome {
    const rule = this.cycle.era.interviewBonus;
    if (reason !== 'interview' || rule === null) {
      if (connects !== undefined) return this.grantBonus(day, connects);
      return reject(index, reason === 'interview' ? 'no-interview-bonus' : 'invalid-event');
    }
    const wanted = connects ?? rule.amount;
    const applied = Math.max(0, Math.min(wanted, this.memory.interviewRoom(day, rule.capPer7Days)));
    if (applied > 0) {
      this.memory.interviewAwarded(day, applied);
      this.grantBonus(day, applied);
    }
    if (applied < wanted) {
      return { kind: 'capped', delta: applied, warning: { index, code: 'bonus-capped', applied } };
    }
    return { kind: 'applied', delta: applied };
  }

  private grantBonus(day: Day, connects: number): Outcome {
    this.receive(day, connects);
    this.cycle.bonus += connects;
    return { kind: 'applied', delta: connects };
  }

  private refund(index: number, day: Day, ref: string, connects: number | undefined): Outcome {
    const proposal = this.memory.proposal(ref);
    if (!proposal) return reject(index, 'refund-without-spend');
    const left = proposal.total - proposal.refunded;
    const amount = connects ?? left;
    if (left <= 0 || amount > left)
      return reject(index, 'over-refund', { needed: amount, held: left });
    this.memory.refunded(ref, amount);
    if (this.refundLog !== null) this.refundLog.push(proposal.index, amount);
    this.receive(day, amount);
    this.cycle.refunded += amount;
    return { kind: 'applied', delta: amount };
  }

  private adjust(index: number, day: Day, connects: number): Outcome {
    if (connects < 0) {
      if (-connects > this.book.total) {
        return reject(index, 'insufficient-balance', { needed: -connects, held: this.book.total });
      }
      this.book.take(-connects);
    } else {
      this.receive(day, connects);
    }
    this.cycle.adjusted += connects;
    return { kind: 'applied', delta: connects };
  }

  private changePlan(index: number, plan: string): Outcome {
    if (!this.cycle.era.plans[plan]) return reject(index, 'unknown-plan');
    this.pendingPlan = plan;
    return { kind: 'applied', delta: 0 };
  }
}

function reject(
  index: number,
  code: RejectionCode,
  numbers: Omit<Rejection, 'index' | 'code'> = {},
): Outcome {
  return { kind: 'rejected', rejection: { index, code, ...numbers } };
}

function num(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

function optNum(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
