/**
 * The break-even curve: what each plan costs a month from 0 to 100 proposals
 * a cycle at the pace's other figures, where a paid plan becomes the better
 * buy, and each plan's price per Connect behind it.
 */
import { useMemo } from 'react';
import { breakEvenSentence, perConnectText, type BreakEvenCurve } from '../../engine/compare';
import { ChartCard, TableToggle, type LegendItem } from '../shared/ChartCard';
import { formatCount, formatUsd, planName } from '../../engine/words';
import type { Crossing } from './CompareCharts';
import { curveChartRows } from './compareModel';
import { BreakEvenChart } from './lazyCompareCharts';
import { planLegend } from './planColors';

function PriceList({ curve, eraName }: { curve: BreakEvenCurve; eraName: string }) {
  return (
    <div className="cmp-prices">
      <h3>Price per Connect under {eraName}</h3>
      <ul data-testid="prices">
        {curve.prices.map((p) => (
          <li key={p.plan}>
            <strong>{planName(p.plan)}</strong>:{' '}
            {p.feeUsd === 0
              ? `${formatCount(p.allotment)} Connects a month free`
              : `${formatUsd(p.feeUsd)} a month for ${formatCount(p.allotment)} Connects${p.includedPerConnectUsd !== null ? ` (${perConnectText(p.includedPerConnectUsd)} each)` : ''}`}
            ;{' '}
            {p.buyPerConnectUsd === null
              ? 'cannot buy more'
              : `buys more at ${perConnectText(p.buyPerConnectUsd)} each`}
            .
          </li>
        ))}
      </ul>
    </div>
  );
}

function CurveTable({ curve }: { curve: BreakEvenCurve }) {
  const plans = curve.points[0]?.plans.map((p) => p.plan) ?? [];
  return (
    <table className="dash-table" data-testid="curve-table">
      <caption>Monthly cost of each plan by proposals per cycle</caption>
      <thead>
        <tr>
          <th scope="col">Proposals per cycle</th>
          {plans.map((plan) => (
            <th key={plan} scope="col" className="dash-num">
              {planName(plan)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {curve.points.map((point) => (
          <tr key={point.proposalsPerCycle}>
            <th scope="row">{point.proposalsPerCycle}</th>
            {point.plans.map((p) => (
              <td key={p.plan} className="dash-num">
                {formatUsd(p.monthlyCostUsd)}
                {p.unsentPerCycle > 0 &&
                  `, about ${formatCount(Math.round(p.unsentPerCycle * 10) / 10)} not sent`}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const PACE_LEGEND: LegendItem = { label: 'Your pace', color: '#64748b', line: true };

export function BreakEvenSection(props: {
  curve: BreakEvenCurve;
  proposals: number;
  eraName: string;
  stale: boolean;
  chartsReady: boolean;
  onDrawn: () => void;
}) {
  const { curve } = props;
  const rows = useMemo(() => curveChartRows(curve), [curve]);
  const plans = useMemo(() => curve.points[0]?.plans.map((p) => p.plan) ?? [], [curve]);
  const crossings = useMemo(
    () =>
      curve.breakEven.flatMap((b): Crossing[] =>
        b.from === null
          ? []
          : [{ plan: b.plan, from: b.from, costUsd: rows[b.from]?.[b.plan] ?? null }],
      ),
    [curve, rows],
  );
  const sentence = breakEvenSentence(curve, 'freelancer-plus', props.eraName);
  const pace = props.proposals <= 100 ? props.proposals : null;
  return (
    <section
      className={props.stale ? 'dash-card cmp-section is-stale' : 'dash-card cmp-section'}
      aria-labelledby="cmp-curve-h"
    >
      <h2 id="cmp-curve-h">Where a paid plan starts to pay</h2>
      <p className="cmp-lead" data-testid="break-even">
        {sentence}
      </p>
      <PriceList curve={curve} eraName={props.eraName} />
      <ChartCard
        id="cmp-curve"
        title="Monthly cost by proposals per cycle"
        note="At your pace's Connects, boosts, refunds and bonuses. A line stops where its plan cannot send every proposal."
        description={`Line chart of each plan's monthly cost (${plans.map(planName).join(', ')}) from 0 to 100 proposals per cycle. ${sentence} The table below has the figures.`}
        legend={[...planLegend(plans, true), PACE_LEGEND]}
        chart={
          props.chartsReady ? (
            <BreakEvenChart
              rows={rows}
              plans={plans}
              crossings={crossings}
              pace={pace}
              onDrawn={props.onDrawn}
            />
          ) : null
        }
        table={
          <TableToggle>
            <CurveTable curve={curve} />
          </TableToggle>
        }
      />
    </section>
  );
}
