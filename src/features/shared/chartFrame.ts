/** The frame all charts share: size, margins, the axes (Connects, cycle labels), grid colour. */
import { formatCount } from '../../engine/words';
import { spacedLabels, tickLabel, type PlotBox } from './chartParts';
import { niceTicks } from './niceTicks';

export const CHART_HEIGHT = 240;
/** Fluid between a resize and the page's new measurement of the width. */
export const CHART_STYLE = { width: '100%', height: CHART_HEIGHT };
export const CHART_MARGIN = { top: 8, right: 8, bottom: 0, left: 0 };
export const AXIS_TEXT = { fontSize: 12, fill: '#475569' };
export const AXIS_TICK = tickLabel(AXIS_TEXT);
/** A generous width of one character of an axis label (12 px). */
export const CHAR_WIDTH = 7;
/** The width of an axis of counts. */
export const COUNT_AXIS_WIDTH = 52;
/** The X axis' height, recharts' default, set so that the plot's box is known (see plotBox). */
export const X_AXIS_HEIGHT = 30;
export const GRID_COLOR = '#e2e8f0';

/** The width of one cycle's slot on the X axis, in pixels, beside Y axes `yAxesWidth` wide. */
export function cycleSlot(cycles: number, width: number, yAxesWidth: number): number {
  return (width - CHART_MARGIN.left - CHART_MARGIN.right - yAxesWidth) / Math.max(1, cycles);
}

/** The X axis of cycle labels, spaced as recharts would, without recharts measuring them. */
export function cycleLabelAxis(
  rows: readonly { label: string }[],
  width: number,
  yAxesWidth: number,
) {
  const { ticks, lastShift } = spacedLabels(
    rows.map((r) => r.label),
    cycleSlot(rows.length, width, yAxesWidth),
    CHAR_WIDTH,
  );
  return {
    dataKey: 'label',
    height: X_AXIS_HEIGHT,
    tick: tickLabel(AXIS_TEXT, lastShift),
    tickLine: false,
    interval: 0,
    ticks,
  } as const;
}

/** A Connects axis from 0 with round ticks. */
export function countAxis(max: number) {
  const ticks = niceTicks(max);
  return {
    ticks,
    domain: [0, ticks[ticks.length - 1] ?? 1],
    tickFormatter: (v: number) => formatCount(v),
    tick: AXIS_TICK,
    tickLine: false,
    axisLine: false,
    width: COUNT_AXIS_WIDTH,
    allowDecimals: false,
    // Every tick of these few round ones fits: recharts then need not measure their text.
    interval: 0,
  };
}

/** The plot's box in a chart `width` wide, with the Connects axis left and `rightAxis` px right. */
export function plotBox(width: number, rightAxis = 0): PlotBox {
  return {
    left: CHART_MARGIN.left + COUNT_AXIS_WIDTH,
    right: width - CHART_MARGIN.right - rightAxis,
    top: CHART_MARGIN.top,
    bottom: CHART_HEIGHT - CHART_MARGIN.bottom - X_AXIS_HEIGHT,
  };
}

/** What every chart is given: its size and margins, its rows, the hover that adds its tooltip. */
export function chartFrame<R>(
  rows: readonly R[],
  width: number,
  hover: { onMouseEnter?: () => void },
) {
  return {
    width,
    height: CHART_HEIGHT,
    style: CHART_STYLE,
    data: [...rows],
    margin: CHART_MARGIN,
    accessibilityLayer: false,
    ...hover,
  };
}
