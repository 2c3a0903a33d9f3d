/**
 * The Proposals page's recharts drawings, loaded lazily, drawn as the dashboard's are: no
 * animation, no focusable svg (keyboard users get the tables), legends drawn by the page, axis
 * labels and grid drawn plainly (../shared/chartParts.tsx), the width measured by the page, and
 * a tooltip only once the pointer comes over a chart. The funnel is one series whose bar draws
 * its cycle's four steps side by side: one series costs recharts far less than four.
 */
import {
  CHART_HEIGHT,
  chartFrame,
  countAxis,
  cycleLabelAxis,
  plotBox,
  cycleSlot,
  COUNT_AXIS_WIDTH,
  GRID_COLOR,
} from '../shared/chartFrame';
import { useDrawn, useTooltipOnHover } from '../shared/chartHooks';
import { memo, type ReactNode } from 'react';
import {
  Bar,
  BarChart,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { connects, formatCount } from '../../engine/words';
import { GridLines, stackTooltip } from '../shared/chartParts';
import { FUNNEL_STEPS, PER_INTERVIEW_COLOR, type CycleRow } from './cycleRows';

interface ChartProps {
  rows: readonly CycleRow[];
  width: number;
  onDrawn?: () => void;
}

/** A cycle's four steps side by side within its bar, each as tall as its share of `sent`. */
function FunnelShape(props: BarShapeProps): ReactNode {
  const { x, y, width, height } = props;
  const row = props.payload as CycleRow;
  if (!(row.sent > 0 && width > 0 && height > 0 && Number.isFinite(x + y + width + height))) {
    return null;
  }
  const step = width / FUNNEL_STEPS.length;
  const bottom = y + height;
  return (
    <g className="recharts-bar-funnel">
      {FUNNEL_STEPS.map((s, i) => {
        const h = (height * row[s.key]) / row.sent;
        if (h === 0) return null;
        return (
          <path
            key={s.key}
            className="recharts-rectangle"
            d={`M${x + i * step},${bottom - h}h${step}v${h}h${-step}Z`}
            fill={s.color}
          />
        );
      })}
    </g>
  );
}

const FUNNEL_TOOLTIP = stackTooltip<CycleRow>(
  FUNNEL_STEPS.map((s) => ({
    label: s.label,
    color: s.color,
    text: (row) => formatCount(row[s.key]),
  })),
);

export const FunnelChart = memo(function FunnelChart({ rows, width, onDrawn }: ChartProps) {
  useDrawn(onDrawn);
  const [tooltip, hover] = useTooltipOnHover();
  const axis = countAxis(Math.max(0, ...rows.map((r) => r.sent)));
  return (
    <>
      <GridLines
        ticks={axis.ticks}
        box={plotBox(width)}
        width={width}
        height={CHART_HEIGHT}
        stroke={GRID_COLOR}
      />
      <BarChart {...chartFrame(rows, width, hover)}>
        <XAxis {...cycleLabelAxis(rows, width, COUNT_AXIS_WIDTH)} />
        <YAxis {...axis} />
        {tooltip && <Tooltip content={FUNNEL_TOOLTIP} />}
        <Bar dataKey="sent" name="Proposals" isAnimationActive={false} shape={FunnelShape} />
      </BarChart>
    </>
  );
});

const PER_INTERVIEW_TOOLTIP = stackTooltip<CycleRow>([
  {
    label: 'Per interview',
    color: PER_INTERVIEW_COLOR,
    text: (row) =>
      row.perInterview === null ? 'no interview' : connects(Math.round(row.perInterview)),
  },
]);

export const PerInterviewChart = memo(function PerInterviewChart({
  rows,
  width,
  onDrawn,
}: ChartProps) {
  useDrawn(onDrawn);
  const [tooltip, hover] = useTooltipOnHover();
  const axis = countAxis(Math.max(0, ...rows.map((r) => r.perInterview ?? 0)));
  const half = cycleSlot(rows.length, width, COUNT_AXIS_WIDTH) / 2;
  return (
    <>
      <GridLines
        ticks={axis.ticks}
        box={plotBox(width)}
        width={width}
        height={CHART_HEIGHT}
        stroke={GRID_COLOR}
      />
      <LineChart {...chartFrame(rows, width, hover)}>
        {/* Points at the middle of each cycle's slot, where the labels are (as on the funnel). */}
        <XAxis
          {...cycleLabelAxis(rows, width, COUNT_AXIS_WIDTH)}
          padding={{ left: half, right: half }}
        />
        <YAxis {...axis} />
        {tooltip && <Tooltip content={PER_INTERVIEW_TOOLTIP} />}
        <Line
          dataKey="perInterview"
          name="Connects per interview"
          type="linear"
          stroke={PER_INTERVIEW_COLOR}
          strokeWidth={2}
          dot={{ r: 2 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </>
  );
});
