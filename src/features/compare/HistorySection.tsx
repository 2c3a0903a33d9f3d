/** "What would my own history have cost under each plan?": totals, then cycle by cycle. */
import { useMemo } from 'react';
import { formatDay, parseIsoDate } from '../../engine/dates';
import { formatDate, formatUsd, planName, plural } from '../../engine/words';
import { cycleRows, type HistoryView } from './compareModel';
import { HistoryCycles } from './HistoryCycles';
import { PlanTotalsTable } from './PlanTotalsTable';

function listText(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

export function HistorySection(props: {
  view: HistoryView;
  eraLabel: string;
  chartsReady: boolean;
  onDrawn: () => void;
}) {
  const { comparison, actual } = props.view;
  const rows = useMemo(() => cycleRows(comparison), [comparison]);
  const plans = comparison.plans.map((p) => p.plan);
  const cycles = rows.length;
  const lastEnd = parseIsoDate(comparison.plans[0]?.cycles[cycles - 1]?.end ?? '');
  const lastDay = lastEnd === null ? null : formatDay(lastEnd - 1);
  const costs = comparison.plans.map(
    (p) => `${formatUsd(p.total.totalUsd)} on ${planName(p.plan)}`,
  );
  const { purchases, planChanges } = comparison.dropped;
  const left: string[] = [];
  if (purchases.length > 0) left.push(plural(purchases.length, 'purchase'));
  if (planChanges.length > 0) left.push(plural(planChanges.length, 'plan change'));
  return (
    <section className="dash-card cmp-section" aria-labelledby="cmp-history-h">
      <h2 id="cmp-history-h">Your history under each plan</h2>
      <p className="dash-muted" data-testid="history-period">
        {plural(cycles, 'billing cycle')}, {formatDate(comparison.from)} to{' '}
        {lastDay ? formatDate(lastDay) : formatDate(comparison.through)} (the current cycle in
        full), under {props.eraLabel}.
      </p>
      <p className="cmp-lead" data-testid="history-summary">
        Your proposals would have cost {listText(costs)}.{' '}
        <span className="cmp-aside">
          As recorded, you paid {formatUsd(actual.totalUsd)} on {planName(actual.plan)}
          {actual.boughtConnects > 0
            ? `, with ${plural(actual.boughtConnects, 'Connect')} bought`
            : ''}
          .
        </span>
      </p>
      <PlanTotalsTable
        caption="Totals over these cycles, per plan"
        runs={comparison.plans}
        yourPlan={actual.plan}
        testId="history-totals"
      />
      <p className="dash-muted cmp-note">
        Your proposals, refunds, bonuses and corrections are replayed under each plan. Each plan
        buys what it needs, in the bundles its rules sell, just before the proposal that needs it
        {left.length > 0 ? `; your own ${listText(left)} are left out` : ''}. A proposal no purchase
        could pay for counts as not sent.
      </p>
      <HistoryCycles
        rows={rows}
        plans={plans}
        chartsReady={props.chartsReady}
        onDrawn={props.onDrawn}
      />
    </section>
  );
}
