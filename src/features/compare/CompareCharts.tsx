/**
 * The Compare page's recharts drawings, loaded lazily like the dashboard's
 * (same choices: no animation, no focusable svg, legends drawn by the page).
 */
import { useEffect } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCount, formatUsd, planName } from '../../engine/words';
import { niceTicks } from '../shared/niceTicks';
import type { CycleMetric } from './compareModel';
import { planColor } from './planColors';

const HEIGHT = 260;
const STYLE = { width: '100%', height: HEIGHT };
const AXIS = { fontSize: 12, fill: '#475569' };

function useDrawn(onDrawn: (() => void) | undefined): void {
  useEffect(() => onDrawn?.(), [onDrawn]);
}

function valueAxis(max: number, usd: boolean) {
  const ticks = niceTicks(max, !usd);
  return {
    ticks,
    domain: [0, ticks[ticks.length - 1] ?? 1],
    tickFormatter: (v: number) => (usd ? `$${v}` : formatCount(v)),
    tick: AXIS,
    tickLine: false,
    axisLine: false,
    width: 56,
  };
}

const maxOf = (rows: readonly Record<string, unknown>[], plans: readonly string[]): number =>
  Math.max(0, ...rows.flatMap((r) => plans.map((p) => (typeof r[p] === 'number' ? r[p] : 0))));

export function CycleChart(props: {
  rows: Record<string, string | number>[];
  plans: readonly string[];
  metric: CycleMetric;
  onDrawn?: () => void;
}) {
  useDrawn(props.onDrawn);
  const usd = props.metric === 'cost';
  const format = (v: unknown) => (usd ? formatUsd(Number(v)) : formatCount(Number(v)));
  return (
    <BarChart
      responsive
      style={STYLE}
      data={props.rows}
      margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid vertical={false} stroke="#e2e8f0" />
      <XAxis dataKey="label" tick={AXIS} tickLine={false} />
      <YAxis {...valueAxis(maxOf(props.rows, props.plans), usd)} />
      <Tooltip formatter={format} />
      {props.plans.map((plan, i) => (
        <Bar
          key={plan}
          dataKey={plan}
          name={planName(plan)}
          fill={planColor(plan, i)}
          isAnimationActive={false}
        />
      ))}
    </BarChart>
  );
}

export interface Crossing {
  plan: string;
  from: number;
  costUsd: number | null;
}

export function BreakEvenChart(props: {
  rows: Record<string, number | null>[];
  plans: readonly string[];
  crossings: readonly Crossing[];
  /** The pace's proposals per cycle, marked when within the curve. */
  pace: number | null;
  onDrawn?: () => void;
}) {
  useDrawn(props.onDrawn);
  return (
    <LineChart
      responsive
      style={STYLE}
      data={props.rows}
      margin={{ top: 20, right: 16, bottom: 16, left: 0 }}
      accessibilityLayer={false}
    >
      <CartesianGrid stroke="#e2e8f0" />
      <XAxis
        dataKey="p"
        type="number"
        domain={[0, 100]}
        ticks={[0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]}
        tick={AXIS}
        tickLine={false}
        label={{ value: 'Proposals per cycle', position: 'insideBottom', offset: -12, ...AXIS }}
      />
      <YAxis {...valueAxis(maxOf(props.rows, props.plans), true)} />
      <Tooltip
        formatter={(v) =>
          v === null || v === undefined ? 'cannot send them all' : formatUsd(Number(v))
        }
        labelFormatter={(p) => `${String(p)} proposals a cycle`}
      />
      {props.pace !== null && (
        <ReferenceLine
          x={props.pace}
          stroke="#64748b"
          strokeDasharray="4 4"
          label={{ value: 'your pace', position: 'top', fontSize: 11, fill: '#475569' }}
        />
      )}
      {props.crossings.map((c, i) => (
        <ReferenceLine
          key={c.plan}
          x={c.from}
          stroke={planColor(c.plan, props.plans.indexOf(c.plan))}
          label={{
            value: `${planName(c.plan)} from ${c.from}`,
            // Beside the line, on the side with room; a second label below the first.
            position: `inside${i % 2 === 0 ? 'Top' : 'Bottom'}${c.from < 50 ? 'Left' : 'Right'}`,
            fontSize: 11,
            fill: '#0f172a',
          }}
        />
      ))}
      {props.crossings.map((c) =>
        c.costUsd === null ? null : (
          <ReferenceDot
            key={`${c.plan}-dot`}
            x={c.from}
            y={c.costUsd}
            r={5}
            fill={planColor(c.plan, props.plans.indexOf(c.plan))}
            stroke="#fff"
          />
        ),
      )}
      {props.plans.map((plan, i) => (
        <Line
          key={plan}
          dataKey={plan}
          name={planName(plan)}
          type="linear"
          stroke={planColor(plan, i)}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      ))}
    </LineChart>
  );
}
