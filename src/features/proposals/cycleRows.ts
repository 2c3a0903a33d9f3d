/**
 * One row per billing cycle for the funnel and the Connects-per-interview charts and their
 * tables: the charts and the tables read the same rows, so they never disagree.
 */
import type { CycleFigures } from '../../engine';
import { formatMonth } from '../../engine/words';

export interface CycleRow {
  start: string;
  /** Axis label, e.g. `Oct 2026`. */
  label: string;
  sent: number;
  viewed: number;
  interviews: number;
  hires: number;
  /** Net Connects spent on the cycle's proposals. */
  net: number;
  /** null when the cycle has no interview. */
  perInterview: number | null;
}

export function cycleRows(cycles: readonly CycleFigures[]): CycleRow[] {
  return cycles.map((c) => ({
    start: c.start,
    label: formatMonth(c.start),
    sent: c.sent,
    viewed: c.viewed,
    interviews: c.interviews,
    hires: c.hires,
    net: c.net,
    perInterview: c.connectsPerInterview,
  }));
}

export const FUNNEL_STEPS = [
  { key: 'sent', label: 'Sent', color: '#94a3b8' },
  { key: 'viewed', label: 'Viewed', color: '#3b82f6' },
  { key: 'interviews', label: 'Interview', color: '#f59e0b' },
  { key: 'hires', label: 'Hired', color: '#047857' },
] as const satisfies readonly { key: keyof CycleRow; label: string; color: string }[];

export const PER_INTERVIEW_COLOR = '#7c3aed';
