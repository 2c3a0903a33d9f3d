/** The frame every page's charts share: size, margins, axes' text and widths, grid colour. */
import { spacedLabels, tickLabel } from './chartParts';

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
