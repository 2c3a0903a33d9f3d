/** One colour per plan, shared by the lazy charts and the legends drawn with the page. */
import type { LegendItem } from '../shared/ChartCard';
import { planName } from '../../engine/words';

const KNOWN: Record<string, string> = {
  'freelancer-basic': '#64748b',
  'freelancer-plus': '#2563eb',
  'agency-plus': '#a855f7',
};
// Plans a custom era adds.
const MORE = ['#0d9488', '#f59e0b', '#dc2626', '#0f172a'];

export function planColor(plan: string, index: number): string {
  return KNOWN[plan] ?? MORE[index % MORE.length] ?? '#0f172a';
}

export function planLegend(plans: readonly string[], line = false): LegendItem[] {
  return plans.map((plan, i) => ({ label: planName(plan), color: planColor(plan, i), line }));
}
