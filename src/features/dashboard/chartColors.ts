/**
 * Series colours and the stacks of each chart, shared by the lazy charts (which draw the stacks)
 * and the legends drawn with the page, so a bar and its legend never disagree.
 */
import type { LegendItem } from '../shared/ChartCard';
import type { BalanceRow, RiskRow, SpendRow } from './chartRows';

export const COLORS = {
  carried: '#94a3b8',
  allotment: '#3b82f6',
  purchased: '#f59e0b',
  bonus: '#10b981',
  proposals: '#3b82f6',
  boosts: '#a855f7',
  cost: '#0f172a',
  expired: '#f97316',
  lapsed: '#dc2626',
  forecast: '#fca5a5',
} as const;

/** One series of a stacked bar: the row field it draws, bottom up in its stack's order. */
export interface Segment<R> extends LegendItem {
  key: keyof R & string;
}

export const BALANCE_STACK: readonly Segment<BalanceRow>[] = [
  { key: 'carried', label: 'Carried over', color: COLORS.carried },
  { key: 'allotment', label: 'Allotment', color: COLORS.allotment },
  { key: 'purchased', label: 'Purchased', color: COLORS.purchased },
  { key: 'bonus', label: 'Bonus', color: COLORS.bonus },
];

export const SPEND_STACK: readonly Segment<SpendRow>[] = [
  { key: 'proposals', label: 'Proposals', color: COLORS.proposals },
  { key: 'boosts', label: 'Boosts', color: COLORS.boosts },
];

/** A dashed segment is outlined in the lapsed colour: Connects not lost yet, but on their way. */
export const RISK_STACK: readonly Segment<RiskRow>[] = [
  { key: 'expired', label: 'Expired (over the rollover cap)', color: COLORS.expired },
  { key: 'lapsed', label: 'Lapsed (a year old)', color: COLORS.lapsed },
  { key: 'forecast', label: 'Forecast at your pace', color: COLORS.forecast, dashed: true },
];

export const COST_LABEL = 'Cost in dollars (right axis)';

export const BALANCE_LEGEND: readonly LegendItem[] = BALANCE_STACK;
export const SPEND_LEGEND: readonly LegendItem[] = [
  ...SPEND_STACK,
  { label: COST_LABEL, color: COLORS.cost, line: true },
];
export const RISK_LEGEND: readonly LegendItem[] = RISK_STACK;
