/** The history under each plan, cycle by cycle: a chart of one figure at a time, and a table of all. */
import { useState } from 'react';
import { ChartCard, TableToggle } from '../shared/ChartCard';
import { formatCount, formatDate, formatUsd, planName } from '../../engine/words';
import { cycleChartRows, type CycleMetric, type CycleRow } from './compareModel';
import { CycleChart } from './lazyCompareCharts';
import { planLegend } from './planColors';

const METRICS: readonly { value: CycleMetric; label: string; what: string }[] = [
  { value: 'cost', label: 'Cost', what: 'the cost in dollars (fee and Connects bought)' },
  {
    value: 'available',
    label: 'Connects available',
    what: 'the Connects available (carried over, allotment, bought, bonus)',
  },
  {
    value: 'lost',
    label: 'Connects lost',
    what: 'the Connects lost (expired over the rollover cap or lapsed after a year)',
  },
];

function MetricPicker(props: { value: CycleMetric; onChange: (m: CycleMetric) => void }) {
  return (
    <fieldset className="dash-range cmp-metric">
      <legend>Show</legend>
      {METRICS.map((m) => (
        <label key={m.value} className={props.value === m.value ? 'is-on' : undefined}>
          <input
            type="radio"
            name="cmp-metric"
            value={m.value}
            checked={props.value === m.value}
            onChange={() => props.onChange(m.value)}
          />
          {m.label}
        </label>
      ))}
    </fieldset>
  );
}

function CycleTable({ rows, plans }: { rows: readonly CycleRow[]; plans: readonly string[] }) {
  return (
    <table className="dash-table cmp-cycle-table" data-testid="cycle-table">
      <caption>
        Per cycle and plan: cost in dollars, Connects available, Connects lost, proposals not sent
      </caption>
      <thead>
        <tr>
          <td />
          {plans.map((plan) => (
            <th key={plan} scope="colgroup" colSpan={4} className="cmp-group">
              {planName(plan)}
            </th>
          ))}
        </tr>
        <tr>
          <th scope="col">Cycle starting</th>
          {plans.map((plan) => [
            <th key={`${plan}-c`} scope="col" className="dash-num cmp-group">
              Cost
            </th>,
            <th key={`${plan}-a`} scope="col" className="dash-num">
              Available
            </th>,
            <th key={`${plan}-l`} scope="col" className="dash-num">
              Lost
            </th>,
            <th key={`${plan}-u`} scope="col" className="dash-num">
              Not sent
            </th>,
          ])}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.start}>
            <th scope="row">{formatDate(row.start)}</th>
            {plans.map((plan) => {
              const f = row.plans[plan];
              return [
                <td key={`${plan}-c`} className="dash-num cmp-group">
                  {f ? formatUsd(f.costUsd) : '—'}
                </td>,
                <td key={`${plan}-a`} className="dash-num">
                  {f ? formatCount(f.available) : '—'}
                </td>,
                <td key={`${plan}-l`} className="dash-num">
                  {f ? formatCount(f.lost) : '—'}
                </td>,
                <td key={`${plan}-u`} className="dash-num">
                  {f ? formatCount(f.unsent) : '—'}
                </td>,
              ];
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function HistoryCycles(props: {
  rows: readonly CycleRow[];
  plans: readonly string[];
  chartsReady: boolean;
  onDrawn: () => void;
}) {
  const [metric, setMetric] = useState<CycleMetric>('cost');
  const what = METRICS.find((m) => m.value === metric)?.what ?? '';
  const first = props.rows[0];
  const last = props.rows[props.rows.length - 1];
  const span = first && last ? `${props.rows.length} cycles, ${first.label} to ${last.label}` : '';
  return (
    <ChartCard
      id="cmp-cycles"
      title="Per billing cycle"
      description={`Bar chart of ${what} in each cycle, one bar per plan (${props.plans.map(planName).join(', ')}); ${span}. The table below has every figure.`}
      legend={planLegend(props.plans)}
      controls={<MetricPicker value={metric} onChange={setMetric} />}
      chart={
        props.chartsReady ? (
          <CycleChart
            rows={cycleChartRows(props.rows, metric)}
            plans={props.plans}
            metric={metric}
            onDrawn={props.onDrawn}
          />
        ) : null
      }
      table={
        <TableToggle>
          <CycleTable rows={props.rows} plans={props.plans} />
        </TableToggle>
      }
    />
  );
}
