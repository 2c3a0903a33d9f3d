/**
 * The dashboard's stacked bars, given to recharts as `shape`: recharts' own bar carries
 * animation hooks that stay off here, and one series per segment cost a third of the charts'
 * first drawing. The axis labels, tooltips and grid are shared (../shared/chartParts.tsx).
 */
import type { ReactNode } from 'react';
import type { BarShapeProps } from 'recharts';
import { COLORS, type Segment } from './chartColors';
import { formatCount } from '../../engine/words';
import type { TooltipLine } from '../shared/chartParts';

/** A row's stack: its segments' values, and their sum (the whole bar's height). */
function valuesOf<R>(row: R, segments: readonly Segment<R>[]): { values: number[]; total: number } {
  const values = segments.map((s) => Math.max(0, Number(row[s.key]) || 0));
  return { values, total: values.reduce((n, v) => n + v, 0) };
}

/** The `dataKey` of a stacked bar drawn by `stackShape`: the sum of its segments. */
export function stackTotal<R>(segments: readonly Segment<R>[]): (row: R) => number {
  return (row) => valuesOf(row, segments).total;
}

/**
 * A whole stack drawn as one recharts bar, its segments bottom up, each as tall as its share of
 * the bar (the axis is linear from 0, so that is where recharts would put it). One series a chart
 * instead of one per segment: recharts registers, stacks and lays out each series through its
 * store, and nine series across the dashboard's three charts cost a third of their first drawing.
 * Each segment is the path recharts' rectangle draws without rounded corners.
 */
export function stackShape<R>(segments: readonly Segment<R>[]) {
  return function StackShape(props: BarShapeProps): ReactNode {
    const { x, y, width, height } = props;
    const { values, total } = valuesOf(props.payload as R, segments);
    if (!(total > 0 && width !== 0 && height !== 0 && Number.isFinite(x + y + width + height))) {
      return null;
    }
    let bottom = y + height;
    return (
      <g className="recharts-bar-stack">
        {segments.map((segment, i) => {
          const h = (height * (values[i] ?? 0)) / total;
          bottom -= h;
          if (h === 0) return null;
          return (
            <path
              key={segment.key}
              className="recharts-rectangle"
              d={`M${x},${bottom}h${width}v${h}h${-width}Z`}
              fill={segment.color}
              stroke={segment.dashed ? DASHED.stroke : undefined}
              strokeDasharray={segment.dashed ? DASHED.dash : undefined}
            />
          );
        })}
      </g>
    );
  };
}

/** A dashed segment (Connects not lost yet) is outlined in the lapsed colour, as its legend is. */
const DASHED = { stroke: COLORS.lapsed, dash: '3 2' } as const;

/** A tooltip line per segment, each its count of Connects. */
export function segmentLines<R>(segments: readonly Segment<R>[]): TooltipLine<R>[] {
  return segments.map((s) => ({
    label: s.label,
    color: s.color,
    text: (row) => formatCount(Number(row[s.key]) || 0),
  }));
}
