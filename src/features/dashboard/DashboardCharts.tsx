/**
 * The recharts drawings, loaded lazily (recharts is most of the page's weight).
 * Animation is off: figures should read at once, and jsdom cannot animate.
 * The svg is not focusable (accessibilityLayer off): keyboard users get the tables.
 * Legends are plain HTML drawn by the page: cheaper than recharts' and readable before the chunk.
 * Memoised: the page re-renders around them (e.g. to say they are drawn) without new rows.
 * A chart's tooltip is added when the pointer first comes over it: recharts' tooltip machinery
 * is a fifth of the charts' first drawing, for something nobody sees before hovering.
 */
import {
  CHART_HEIGHT,
  AXIS_TICK,
  chartFrame,
  countAxis,
  cycleLabelAxis,
  plotBox,
  COUNT_AXIS_WIDTH,
  GRID_COLOR,
} from '../shared/chartFrame';
import { useDrawn, useTooltipOnHover } from '../shared/chartHooks';
import { memo } from 'react';
import { Bar, BarChart, ComposedChart, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { GridLines, stackTooltip } from '../shared/chartParts';
import { segmentLines, stackShape, stackTotal } from './chartParts';
import type { BalanceRow, RiskRow, SpendRow } from './chartRows';
import { BALANCE_STACK, COLORS, RISK_STACK, SPEND_STACK } from './chartColors';
import { formatUsd } from '../../engine/words';
import { niceTicks } from '../shared/niceTicks';

const USD_AXIS_WIDTH = 56;

interface ChartProps<R> {
  rows: readonly R[];
  /** The drawing's width in pixels, measured by the page (see useChartWidth). */
  width: number;
  /** Told once the chart is on the page, so the page can say the charts are ready. */
  onDrawn?: () => void;
}

/** The grid of a Connects axis under its chart. */
function grid(axis: { ticks: number[] }, width: number, rightAxis = 0) {
  return (
    <GridLines
      ticks={axis.ticks}
      box={plotBox(width, rightAxis)}
      width={width}
      height={CHART_HEIGHT}
      stroke={GRID_COLOR}
    />
  );
}

const BALANCE = {
  total: stackTotal(BALANCE_STACK),
  shape: stackShape(BALANCE_STACK),
  tooltip: stackTooltip(segmentLines(BALANCE_STACK)),
};

export const BalanceChart = memo(function BalanceChart({
  rows,
  width,
  onDrawn,
}: ChartProps<BalanceRow>) {
  useDrawn(onDrawn);
  const [tooltip, hover] = useTooltipOnHover();
  const axis = countAxis(Math.max(0, ...rows.map(BALANCE.total)));
  return (
    <>
      {grid(axis, width)}
      <BarChart {...chartFrame(rows, width, hover)}>
        <XAxis {...cycleLabelAxis(rows, width, COUNT_AXIS_WIDTH)} />
        <YAxis {...axis} />
        {tooltip && <Tooltip content={BALANCE.tooltip} />}
        <Bar
          dataKey={BALANCE.total}
          name="Connects available"
          isAnimationActive={false}
          shape={BALANCE.shape}
        />
      </BarChart>
    </>
  );
});

const SPEND = {
  total: stackTotal(SPEND_STACK),
  shape: stackShape(SPEND_STACK),
  tooltip: stackTooltip<SpendRow>([
    ...segmentLines(SPEND_STACK),
    { label: 'Cost', color: COLORS.cost, text: (row) => formatUsd(row.costUsd) },
  ]),
};

export const SpendChart = memo(function SpendChart({ rows, width, onDrawn }: ChartProps<SpendRow>) {
  useDrawn(onDrawn);
  const [tooltip, hover] = useTooltipOnHover();
  const axis = countAxis(Math.max(0, ...rows.map(SPEND.total)));
  const usd = niceTicks(Math.max(0, ...rows.map((r) => r.costUsd)), false);
  return (
    <>
      {grid(axis, width, USD_AXIS_WIDTH)}
      <ComposedChart {...chartFrame(rows, width, hover)}>
        <XAxis {...cycleLabelAxis(rows, width, COUNT_AXIS_WIDTH + USD_AXIS_WIDTH)} />
        <YAxis yAxisId="c" {...axis} />
        <YAxis
          yAxisId="usd"
          orientation="right"
          tick={AXIS_TICK}
          tickLine={false}
          axisLine={false}
          width={USD_AXIS_WIDTH}
          interval={0}
          ticks={usd}
          domain={[0, usd[usd.length - 1] ?? 1]}
          tickFormatter={(v: number) => `$${v}`}
        />
        {tooltip && <Tooltip content={SPEND.tooltip} />}
        <Bar
          yAxisId="c"
          dataKey={SPEND.total}
          name="Spent"
          isAnimationActive={false}
          shape={SPEND.shape}
        />
        <Line
          yAxisId="usd"
          dataKey="costUsd"
          name="Cost"
          type="linear"
          stroke={COLORS.cost}
          strokeWidth={2}
          dot={{ r: 2 }}
          isAnimationActive={false}
        />
      </ComposedChart>
    </>
  );
});

const RISK = {
  total: stackTotal(RISK_STACK),
  shape: stackShape(RISK_STACK),
  tooltip: stackTooltip(segmentLines(RISK_STACK)),
};

export const RiskChart = memo(function RiskChart({ rows, width, onDrawn }: ChartProps<RiskRow>) {
  useDrawn(onDrawn);
  const [tooltip, hover] = useTooltipOnHover();
  const axis = countAxis(Math.max(0, ...rows.map(RISK.total)));
  const current = rows.find((r) => r.when === 'current');
  return (
    <>
      {grid(axis, width)}
      <BarChart {...chartFrame(rows, width, hover)}>
        <XAxis {...cycleLabelAxis(rows, width, COUNT_AXIS_WIDTH)} />
        <YAxis {...axis} />
        {tooltip && <Tooltip content={RISK.tooltip} />}
        {current && (
          <ReferenceLine
            x={current.label}
            stroke="#64748b"
            strokeDasharray="4 4"
            label={{ value: 'now', position: 'insideTopLeft', fontSize: 11, fill: '#475569' }}
          />
        )}
        <Bar dataKey={RISK.total} name="Lost" isAnimationActive={false} shape={RISK.shape} />
      </BarChart>
    </>
  );
});
