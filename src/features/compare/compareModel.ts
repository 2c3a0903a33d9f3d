/**
 * The Compare page's figures, every one from the engine: the user's history
 * replayed under each plan (compareHistory), the plans at a pace
 * (comparePace, recommendationFrom) and the break-even curve. Pure, so the
 * page memoises each on what it depends on.
 */
import type { CustomEraRecord } from '../../read';
import {
  breakEvenCurve,
  compareHistory,
  comparePace,
  recommendationFrom,
  type BreakEvenCurve,
  type ComparePace,
  type HistoryComparison,
  type PaceComparison,
  type Recommendation,
} from '../../engine/compare';
import { ERA_CATALOGUE, type EraChoice } from '../../engine/eras';
import { replay, type ReplayInput } from '../../engine/replay';
import { formatMonth } from '../../engine/words';

export interface EraOption {
  id: string;
  label: string;
  choice: EraChoice;
}

export function eraOptions(customEras: readonly CustomEraRecord[]): EraOption[] {
  return [
    { id: 'auto', label: 'Automatic: the rules in force at each cycle', choice: 'auto' },
    ...ERA_CATALOGUE.map((era) => ({ id: era.id, label: era.name ?? era.id, choice: era.id })),
    ...customEras.map((c) => ({
      id: c.id,
      label: `${c.era.name ?? c.id} (your custom era)`,
      choice: c.era,
    })),
  ];
}

export interface ActualCost {
  totalUsd: number;
  boughtConnects: number;
  /** The plan of the last cycle, as the ledger records it. */
  plan: string;
}

export interface HistoryView {
  comparison: HistoryComparison;
  /** What the ledger itself records over the same cycles (its own purchases and plans). */
  actual: ActualCost;
}

/** The history through today (later entries are plans, not history) under each plan. */
export function historyView(input: ReplayInput, today: string, era: EraChoice): HistoryView {
  const events = input.events.filter((e) => typeof e.date === 'string' && e.date <= today);
  const history: ReplayInput = { ...input, events, until: today };
  const comparison = compareHistory({ ...history, era });
  const recorded = replay(history).cycles;
  const last = recorded[recorded.length - 1];
  return {
    comparison,
    actual: {
      totalUsd: Math.round(recorded.reduce((sum, s) => sum + s.costUsd * 100, 0)) / 100,
      boughtConnects: recorded.reduce((sum, s) => sum + s.purchased, 0),
      plan: last?.plan ?? input.account.plan,
    },
  };
}

export type CycleMetric = 'cost' | 'available' | 'lost';

export interface CyclePlanFigures {
  costUsd: number;
  /** Carried over, allotment, purchased and bonus: the dashboard's "Connects available". */
  available: number;
  /** Expired over the rollover cap and lapsed after a year. */
  lost: number;
  unsent: number;
}

export interface CycleRow {
  start: string;
  label: string;
  plans: Record<string, CyclePlanFigures>;
}

export function cycleRows(comparison: HistoryComparison): CycleRow[] {
  const first = comparison.plans[0];
  if (!first) return [];
  return first.cycles.map((cycle, i) => {
    const plans: Record<string, CyclePlanFigures> = {};
    for (const run of comparison.plans) {
      const c = run.cycles[i];
      const s = run.statements[i];
      if (!c || !s) continue;
      plans[run.plan] = {
        costUsd: c.totalUsd,
        available: s.opening + s.purchased + s.bonus,
        lost: c.expired + c.lapsed,
        unsent: c.unsent,
      };
    }
    return { start: cycle.start, label: formatMonth(cycle.start), plans };
  });
}

/** One chart row per cycle: the chosen figure of each plan under the plan's id. */
export function cycleChartRows(
  rows: readonly CycleRow[],
  metric: CycleMetric,
): Record<string, string | number>[] {
  const pick = (f: CyclePlanFigures): number =>
    metric === 'cost' ? f.costUsd : metric === 'available' ? f.available : f.lost;
  return rows.map((row) => {
    const out: Record<string, string | number> = { label: row.label };
    for (const [plan, figures] of Object.entries(row.plans)) out[plan] = pick(figures);
    return out;
  });
}

export interface PaceView {
  comparison: PaceComparison;
  /** Basic against Plus; null when the era lacks one of them. */
  recommendation: Recommendation | null;
}

export function paceView(era: EraChoice, pace: ComparePace, cycles: number): PaceView {
  const comparison = comparePace({ era, pace, cycles });
  // recommendationFrom throws when a custom era lacks Basic or Plus.
  const has = (plan: string) => comparison.plans.some((p) => p.plan === plan);
  const recommendation =
    has('freelancer-basic') && has('freelancer-plus') ? recommendationFrom(comparison, pace) : null;
  return { comparison, recommendation };
}

export function curveOf(
  era: EraChoice,
  pace: Omit<ComparePace, 'proposalsPerCycle'>,
  cycles: number,
): BreakEvenCurve {
  return breakEvenCurve({ era, pace, cycles, maxProposals: 100 });
}

/**
 * One chart row per number of proposals: each plan's monthly cost, or null
 * where it cannot send them all (the line breaks there instead of looking cheap).
 */
export function curveChartRows(curve: BreakEvenCurve): Record<string, number | null>[] {
  return curve.points.map((point) => {
    const out: Record<string, number | null> = { p: point.proposalsPerCycle };
    for (const plan of point.plans) {
      out[plan.plan] = plan.unsentPerCycle > 0 ? null : plan.monthlyCostUsd;
    }
    return out;
  });
}
