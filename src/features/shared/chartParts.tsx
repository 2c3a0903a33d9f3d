/**
 * Plain drawings for charts' axis labels, tooltips and grids, given to recharts as `tick` and
 * `content` or laid under a chart (the dashboard's and the Proposals page's). recharts' own label
 * measures each word of each label in the page (to wrap labels that are never wrapped here) and
 * works out its offsets with decimal arithmetic: across three charts that was a large share of
 * the first drawing. The markup is recharts' own (a text with one tspan) but for the labels'
 * `recharts-cartesian-axis-tick-value` class: finding it, each axis reads the label's computed
 * font (a style recalculation) into its state, one more pass of every chart, for sizes it needs
 * only when it measures labels, which it does not do here.
 */
import type { ReactNode } from 'react';
import type {
  TooltipContentProps,
  TooltipValueType,
  XAxisTickContentProps,
  YAxisTickContentProps,
} from 'recharts';

/** recharts' offsets for one line of text (its `calc(0.71em)` and `calc(0.71em / 2)`). */
const DY = { start: '0.71em', middle: '0.355em', end: '0em' } as const;

/**
 * An axis label in the given font size and colour; the axis' formatter applies. The last label
 * moves `lastShift` pixels left, so that it ends inside the plot (see `spacedLabels`).
 */
export function tickLabel(style: { fontSize: number; fill: string }, lastShift = 0) {
  return function TickLabel(props: XAxisTickContentProps | YAxisTickContentProps): ReactNode {
    const { payload, index, visibleTicksCount, tickFormatter, textAnchor, verticalAnchor } = props;
    const value: unknown = payload.value;
    const text = tickFormatter ? tickFormatter(value, index) : String(value);
    const x = Number(props.x) - (index === visibleTicksCount - 1 ? lastShift : 0);
    return (
      <text
        x={x}
        y={props.y}
        className="recharts-text"
        textAnchor={textAnchor}
        fontSize={style.fontSize}
        fill={style.fill}
      >
        <tspan x={x} dy={DY[verticalAnchor]}>
          {text}
        </tspan>
      </text>
    );
  };
}

/** What a tooltip lists for one row, in recharts' default tooltip's markup and look. */
export interface TooltipLine<R> {
  label: string;
  color: string;
  text: (row: R) => string;
}

export function stackTooltip<R>(lines: readonly TooltipLine<R>[]) {
  return function StackTooltip({
    active,
    payload,
    label,
  }: TooltipContentProps<TooltipValueType, string | number>) {
    const row = payload?.[0]?.payload as R | undefined;
    if (!active || row === undefined) return null;
    return (
      <div className="recharts-default-tooltip dash-tooltip">
        <p className="recharts-tooltip-label">{String(label)}</p>
        <ul className="recharts-tooltip-item-list">
          {lines.map((line) => (
            <li key={line.label} className="recharts-tooltip-item" style={{ color: line.color }}>
              {line.label}: {line.text(row)}
            </li>
          ))}
        </ul>
      </div>
    );
  };
}

/** Where recharts draws a chart's plot (bars, lines) inside its drawing. */
export interface PlotBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/**
 * The horizontal grid of a Connects axis (its ticks, from 0 to the axis' top) as a plain svg laid
 * under the chart, at the heights recharts' linear scale gives them. recharts' CartesianGrid
 * registers and lays itself out through each chart's store, about a tenth of the charts' first
 * drawing, for lines whose places the ticks already say.
 */
export function GridLines(props: {
  ticks: readonly number[];
  box: PlotBox;
  width: number;
  height: number;
  stroke: string;
}): ReactNode {
  const { ticks, box } = props;
  const top = ticks[ticks.length - 1] ?? 1;
  return (
    <svg className="dash-chart-grid" width={props.width} height={props.height} aria-hidden="true">
      {ticks.map((tick) => {
        const y = box.bottom - (tick / top) * (box.bottom - box.top);
        return <line key={tick} x1={box.left} x2={box.right} y1={y} y2={y} stroke={props.stroke} />;
      })}
    </svg>
  );
}

/** recharts' least gap between two axis labels. */
const MIN_GAP = 5;

/**
 * Which of a category axis' labels to show, `slot` pixels apart, as recharts' `preserveEnd` picks
 * them (which measures each label in the page): walking back from the last, each label that
 * neither overlaps the one shown after it nor starts before the plot; the last moves left
 * (`lastShift`) to end inside the plot. Every label is taken as wide as the widest, at a
 * generous `charWidth` a character.
 */
export function spacedLabels(
  labels: readonly string[],
  slot: number,
  charWidth: number,
): { ticks: string[]; lastShift: number } {
  const n = labels.length;
  const half = (Math.max(0, ...labels.map((l) => l.length)) * charWidth) / 2;
  const lastShift = Math.max(0, half - slot / 2);
  const shown: string[] = [];
  let limit = Infinity;
  for (let i = n - 1; i >= 0; i -= 1) {
    const center = (i + 0.5) * slot - (i === n - 1 ? lastShift : 0);
    if (center + half + MIN_GAP <= limit && center - half >= 0) {
      shown.push(labels[i] ?? '');
      limit = center - half;
    }
  }
  return { ticks: shown.reverse(), lastShift };
}
