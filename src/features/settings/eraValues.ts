/** An era's values as readable text, with each value's path for its source and "assumed" mark. */
import type { Era, PlanRules } from '../../engine/eras';

export interface PlanRow {
  key: keyof PlanRules;
  label: string;
  format: (rules: PlanRules) => string;
}

const usd = (n: number): string => (n === 0 ? 'free' : `$${n.toFixed(2)}`);

export const PLAN_ROWS: readonly PlanRow[] = [
  { key: 'monthlyFeeUsd', label: 'Monthly fee', format: (r) => usd(r.monthlyFeeUsd) },
  { key: 'allotment', label: 'Connects per cycle', format: (r) => String(r.allotment) },
  {
    key: 'rolloverCap',
    label: 'Rollover cap',
    format: (r) =>
      r.rolloverCap === null
        ? 'no cap'
        : r.rolloverCap === 0
          ? 'none roll over'
          : String(r.rolloverCap),
  },
  {
    key: 'maxBalance',
    label: 'Maximum balance',
    format: (r) => (r.maxBalance === null ? 'no cap' : String(r.maxBalance)),
  },
  { key: 'canPurchase', label: 'Can buy Connects', format: (r) => (r.canPurchase ? 'yes' : 'no') },
  {
    key: 'pricePerConnectUsd',
    label: 'Price per Connect',
    format: (r) => (r.pricePerConnectUsd === null ? '—' : `$${r.pricePerConnectUsd.toFixed(2)}`),
  },
  {
    key: 'bundles',
    label: 'Bought in bundles of',
    format: (r) => (r.bundles && r.bundles.length > 0 ? r.bundles.join(', ') : 'any number'),
  },
];

export interface EraFact {
  path: string;
  label: string;
  value: string;
}

export function eraFacts(era: Era): EraFact[] {
  const bonus = era.interviewBonus;
  return [
    { path: 'from', label: 'In force from', value: era.from },
    {
      path: 'lotLifetime',
      label: 'Connects lapse',
      value: era.lotLifetime === '1y' ? 'one year after they were received' : 'never',
    },
    {
      path: 'interviewBonus',
      label: 'Interview bonus',
      value: bonus
        ? `${bonus.amount} each, at most ${bonus.capPer7Days} in any 7 days`
        : 'none fixed',
    },
  ];
}
