/** Series colours, shared by the lazy charts and the legends drawn with the page. */
import type { LegendItem } from '../shared/ChartCard';

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

export const BALANCE_LEGEND: readonly LegendItem[] = [
  { label: 'Carried over', color: COLORS.carried },
  { label: 'Allotment', color: COLORS.allotment },
  { label: 'Purchased', color: COLORS.purchased },
  { label: 'Bonus', color: COLORS.bonus },
];

export const SPEND_LEGEND: readonly LegendItem[] = [
  { label: 'Proposals', color: COLORS.proposals },
  { label: 'Boosts', color: COLORS.boosts },
  { label: 'Cost in dollars (right axis)', color: COLORS.cost, line: true },
];

export const RISK_LEGEND: readonly LegendItem[] = [
  { label: 'Expired (over the rollover cap)', color: COLORS.expired },
  { label: 'Lapsed (a year old)', color: COLORS.lapsed },
  { label: 'Forecast at your pace', color: COLORS.forecast, dashed: true },
];
