/**
 * The plan comparison in plain English: the numbers behind "Is Plus worth it
 * for the way I work?" and the sentences the page shows. The numbers come
 * from engine runs (comparePace, breakEvenCurve); this file only reads them.
 */
import type { BreakEvenCurve } from './breakEven';
import { cents, formatTenths, formatUsd, planName } from './words';
import {
  comparePace,
  type ComparePace,
  type PaceComparison,
  type PaceHorizon,
} from './comparePace';

export interface PlanCost {
  plan: string;
  monthlyCostUsd: number;
  /** Proposals a cycle this plan could not have sent, on average. */
  unsentPerCycle: number;
}

export type Verdict =
  | 'baseline-cheaper'
  | 'candidate-cheaper'
  | 'same-cost'
  | 'baseline-cannot-send'
  | 'candidate-cannot-send'
  | 'neither-can-send';

export interface Recommendation {
  pace: ComparePace;
  baseline: PlanCost;
  candidate: PlanCost;
  /** Every plan compared. */
  costs: PlanCost[];
  verdict: Verdict;
  /** The plan to take on Connects alone; null when both cost the same or neither sends everything. */
  cheaper: string | null;
  /** Candidate's monthly cost minus the baseline's, to the cent (what its other features must be worth). */
  differenceUsd: number;
}

export interface RecommendInput extends Omit<PaceHorizon, 'cycles'> {
  pace: ComparePace;
  /** Default 24, as the break-even curve. */
  cycles?: number;
  /** Default `freelancer-plus`. */
  candidate?: string;
  /** Default `freelancer-basic`. */
  baseline?: string;
}


function verdictOf(base: PlanCost, cand: PlanCost): Verdict {
  if (base.unsentPerCycle > 0 && cand.unsentPerCycle > 0) return 'neither-can-send';
  if (base.unsentPerCycle > 0) return 'baseline-cannot-send';
  if (cand.unsentPerCycle > 0) return 'candidate-cannot-send';
  const diff = cents(cand.monthlyCostUsd) - cents(base.monthlyCostUsd);
  return diff > 0 ? 'baseline-cheaper' : diff < 0 ? 'candidate-cheaper' : 'same-cost';
}

/** The recommendation's numbers from a comparison already run (pure: no simulation). */
export function recommendationFrom(
  comparison: PaceComparison,
  pace: ComparePace,
  candidate = 'freelancer-plus',
  baseline = 'freelancer-basic',
): Recommendation {
  const cycles = Math.max(1, comparison.plans[0]?.cycles.length ?? 1);
  const costs = comparison.plans.map((p): PlanCost => ({
    plan: p.plan,
    monthlyCostUsd: p.monthlyCostUsd,
    unsentPerCycle: p.total.unsent / cycles,
  }));
  const find = (plan: string): PlanCost => {
    const cost = costs.find((c) => c.plan === plan);
    if (!cost) throw new RangeError(`plan "${plan}" was not compared`);
    return cost;
  };
  const base = find(baseline);
  const cand = find(candidate);
  const verdict = verdictOf(base, cand);
  const cheaper: Record<Verdict, string | null> = {
    'baseline-cheaper': baseline,
    'candidate-cheaper': candidate,
    'same-cost': null,
    'baseline-cannot-send': candidate,
    'candidate-cannot-send': baseline,
    'neither-can-send': null,
  };
  return {
    pace,
    baseline: base,
    candidate: cand,
    costs,
    verdict,
    cheaper: cheaper[verdict],
    differenceUsd: (cents(cand.monthlyCostUsd) - cents(base.monthlyCostUsd)) / 100,
  };
}

/** Runs the plans at the pace with the engine, then reads the recommendation. */
export function recommend(input: RecommendInput): Recommendation {
  const comparison = comparePace({ ...input, cycles: input.cycles ?? 24 });
  return recommendationFrom(comparison, input.pace, input.candidate, input.baseline);
}

const usd = formatUsd;

/** A per-Connect price: to the cent when exact, else to four places without trailing zeros. */
export function perConnectText(value: number): string {
  if (Number.isInteger(Math.round(value * 10_000) / 100)) return usd(value);
  return `$${value.toFixed(4).replace(/0+$/, '')}`;
}

/** A pace's figures may be averages: shown to one decimal. */
const count = formatTenths;
const plural = (n: number, one: string): string => {
  const shown = count(n);
  return `${shown} ${one}${shown === '1' ? '' : 's'}`;
};

function paceText(pace: ComparePace): string {
  const boost = pace.boostPerProposal ?? 0;
  const boostText = boost > 0 ? ` plus a ${count(boost)}-Connect boost` : '';
  return `At ${plural(pace.proposalsPerCycle, 'proposal')} of ${plural(pace.connectsPerProposal, 'Connect')}${boostText}`;
}

/** "At 12 proposals of 8 Connects, Basic costs $13.50 a month and Plus $19.99: …" */
export function recommendationSentence(rec: Recommendation): string {
  const at = paceText(rec.pace);
  const base = planName(rec.baseline.plan);
  const cand = planName(rec.candidate.plan);
  const baseUsd = usd(rec.baseline.monthlyCostUsd);
  const candUsd = usd(rec.candidate.monthlyCostUsd);
  const sends = (c: PlanCost): string => count(rec.pace.proposalsPerCycle - c.unsentPerCycle);
  switch (rec.verdict) {
    case 'baseline-cheaper':
      return `${at}, ${base} costs ${baseUsd} a month and ${cand} ${candUsd}: ${cand} pays only if you value its other features at ${usd(rec.differenceUsd)} or more.`;
    case 'candidate-cheaper':
      return `${at}, ${cand} costs ${candUsd} a month and ${base} ${baseUsd}: ${cand} saves you ${usd(-rec.differenceUsd)} a month on Connects alone.`;
    case 'same-cost':
      return `${at}, ${base} and ${cand} both cost ${baseUsd} a month: ${cand}'s other features come free.`;
    case 'baseline-cannot-send':
      return `${at}, ${base} could send only about ${sends(rec.baseline)} of them a month; ${cand} sends them all for ${candUsd} a month.`;
    case 'candidate-cannot-send':
      return `${at}, ${cand} could send only about ${sends(rec.candidate)} of them a month; ${base} sends them all for ${baseUsd} a month.`;
    case 'neither-can-send':
      return `${at}, neither plan sends them all: ${base} about ${sends(rec.baseline)} a month, ${cand} about ${sends(rec.candidate)}.`;
  }
}

/** Where the candidate becomes the better buy, or why it never does on Connects alone. */
export function breakEvenSentence(
  curve: BreakEvenCurve,
  candidate = 'freelancer-plus',
  eraName: string = curve.era,
): string {
  const cand = planName(candidate);
  const base = planName(curve.baseline);
  const point = curve.breakEven.find((b) => b.plan === candidate);
  if (point?.from !== null && point?.from !== undefined) {
    const from = plural(point.from, 'proposal');
    return point.reason === 'baseline-cannot-send'
      ? `Under ${eraName}, from ${from} a cycle ${base} cannot send them all and ${cand} can.`
      : `Under ${eraName}, ${cand} becomes cheaper than ${base} from ${from} a cycle.`;
  }
  const never = `Under ${eraName}, ${cand} never becomes cheaper than ${base} on Connects alone`;
  const price = curve.prices.find((p) => p.plan === candidate);
  const basePrice = curve.prices.find((p) => p.plan === curve.baseline);
  if (!price || !basePrice) return `${never}.`;
  const parts: string[] = [];
  if (price.includedPerConnectUsd !== null) {
    parts.push(
      `${cand} works out to ${perConnectText(price.includedPerConnectUsd)} a Connect (${usd(price.feeUsd)} for ${price.allotment})`,
    );
  }
  if (price.extraPerConnectUsd !== null && price.allotment > basePrice.allotment) {
    parts.push(
      `each of its ${price.allotment - basePrice.allotment} Connects beyond ${base}'s costs ${perConnectText(price.extraPerConnectUsd)}`,
    );
  }
  parts.push(
    basePrice.buyPerConnectUsd === null
      ? `${base} gets ${basePrice.allotment} a cycle free and cannot buy more`
      : `${base} buys Connects at ${perConnectText(basePrice.buyPerConnectUsd)}`,
  );
  return `${never}: ${parts.join('; ')}.`;
}
