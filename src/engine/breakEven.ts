/**
 * The break-even curve: for each number of proposals per cycle, what each
 * plan costs a month at the pace, simulated with the engine (so bundles,
 * rollover caps and lapses count), and the point from which a paid plan is
 * the better buy than the baseline (Freelancer Basic).
 */
import type { Day } from './dates';
import { paceSetup, runPace, monthlyCost, type ComparePace, type PaceHorizon } from './comparePace';
import type { PlanRun } from './compareRunner';

export interface BreakEvenInput extends Omit<PaceHorizon, 'cycles'> {
  /** The pace apart from the number of proposals, which the curve varies. */
  pace: Omit<ComparePace, 'proposalsPerCycle'>;
  /** Default 24. */
  cycles?: number;
  /** The curve runs from 0 through this many proposals per cycle (default 100). */
  maxProposals?: number;
  /** The plan the others are measured against (default `freelancer-basic`). */
  baseline?: string;
}

export interface PlanAtPoint {
  plan: string;
  monthlyCostUsd: number;
  /** Proposals a cycle this plan could not have sent, on average. */
  unsentPerCycle: number;
  /** The month's cost over the Connects spent; null when none were. */
  perConnectUsd: number | null;
}

export interface CurvePoint {
  proposalsPerCycle: number;
  plans: PlanAtPoint[];
}

/** What a plan's Connects cost under the era of the horizon's first cycle. */
export interface PlanPrice {
  plan: string;
  feeUsd: number;
  allotment: number;
  /** Fee over allotment; null when nothing is allotted. */
  includedPerConnectUsd: number | null;
  /** The era's purchase price; null when the plan cannot buy. */
  buyPerConnectUsd: number | null;
  /** What each Connect allotted beyond the baseline's costs in extra fee; null when none are. */
  extraPerConnectUsd: number | null;
}

export interface BreakEven {
  plan: string;
  /** Proposals per cycle from which this plan stays the better buy; null: never within the curve. */
  from: number | null;
  /** Why, at `from`: cheaper, or the baseline cannot send every proposal. */
  reason: 'cheaper' | 'baseline-cannot-send' | null;
}

export interface BreakEvenCurve {
  baseline: string;
  era: string;
  points: CurvePoint[];
  breakEven: BreakEven[];
  prices: PlanPrice[];
}

function atPoint(run: PlanRun, cycles: number): PlanAtPoint {
  let spent = 0;
  for (const s of run.statements) spent += s.spent;
  const monthly = monthlyCost(run);
  return {
    plan: run.plan,
    monthlyCostUsd: monthly,
    unsentPerCycle: run.total.unsent / cycles,
    perConnectUsd: spent > 0 ? Math.round((run.total.totalUsd / spent) * 10_000) / 10_000 : null,
  };
}

/** The better buy at one point: sends everything, and the baseline costs more or cannot. */
function better(plan: PlanAtPoint, base: PlanAtPoint): BreakEven['reason'] {
  if (plan.unsentPerCycle > 0) return null;
  if (base.unsentPerCycle > 0) return 'baseline-cannot-send';
  return plan.monthlyCostUsd < base.monthlyCostUsd ? 'cheaper' : null;
}

function breakEvenOf(plan: string, baseline: string, points: CurvePoint[]): BreakEven {
  let from: number | null = null;
  let reason: BreakEven['reason'] = null;
  for (let i = points.length - 1; i >= 0; i -= 1) {
    const point = points[i] as CurvePoint;
    const mine = point.plans.find((p) => p.plan === plan);
    const base = point.plans.find((p) => p.plan === baseline);
    const why = mine && base ? better(mine, base) : null;
    if (why === null) break;
    from = point.proposalsPerCycle;
    reason = why;
  }
  return { plan, from, reason };
}

const perConnect = (usd: number, connects: number): number | null =>
  connects > 0 ? Math.round((usd / connects) * 10_000) / 10_000 : null;

export function breakEvenCurve(input: BreakEvenInput): BreakEvenCurve {
  const cycles = Math.max(1, Math.floor(input.cycles ?? 24));
  const setup = paceSetup({ ...input, cycles });
  const baseline = input.baseline ?? 'freelancer-basic';
  const max = Math.max(0, Math.floor(input.maxProposals ?? 100));
  const points: CurvePoint[] = [];
  for (let p = 0; p <= max; p += 1) {
    const pace: ComparePace = { ...input.pace, proposalsPerCycle: p };
    const plans = setup.plans.map((plan) => atPoint(runPace(setup, plan, pace, false).run, cycles));
    points.push({ proposalsPerCycle: p, plans });
  }
  const era = setup.eraFor(setup.starts[0] as Day);
  const base = era.plans[baseline];
  const prices = setup.plans.map((plan): PlanPrice => {
    const rules = era.plans[plan];
    const fee = rules?.monthlyFeeUsd ?? 0;
    const allotment = rules?.allotment ?? 0;
    const extra = base ? allotment - base.allotment : 0;
    return {
      plan,
      feeUsd: fee,
      allotment,
      includedPerConnectUsd: perConnect(fee, allotment),
      buyPerConnectUsd: rules?.canPurchase ? rules.pricePerConnectUsd : null,
      extraPerConnectUsd:
        base && plan !== baseline ? perConnect(fee - base.monthlyFeeUsd, extra) : null,
    };
  });
  return {
    baseline,
    era: era.id,
    points,
    breakEven: setup.plans
      .filter((plan) => plan !== baseline)
      .map((plan) => breakEvenOf(plan, baseline, points)),
    prices,
  };
}
