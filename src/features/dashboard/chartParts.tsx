/**
 * Plain drawings for the dashboard charts' axis labels and bars, given to recharts as `tick` and
 * `shape`. recharts' own label measures each word of each label in the page (to wrap labels
 * that are never wrapped here) and works out its offsets with decimal arithmetic; its own bar
 * carries animation hooks that stay off here. Across three charts both were a large share of
 * the first drawing. The markup is recharts' own (a text with one tspan, a path per bar) but for
 * the labels' `recharts-cartesian-axis-tick-value` class: finding it, each axis reads the label's
 * computed font (a style recalculation) into its state, one more pass of all three charts, for
 * sizes it needs only when it measures labels, which it no longer does.
 */
import type { ReactNode } from 'react';
import type { BarShapeProps, XAxisTickContentProps, YAxisTickContentProps } from 'recharts';

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

/** A bar as recharts' rectangle draws it without rounded corners; nothing for an empty one. */
export function barShape(props: BarShapeProps): ReactNode {
  const { x, y, width, height, fill, stroke, strokeDasharray } = props;
  if (!(width !== 0 && height !== 0 && Number.isFinite(x + y + width + height))) return null;
  return (
    <path
      className="recharts-rectangle"
      d={`M${x},${y}h${width}v${height}h${-width}Z`}
      fill={fill}
      stroke={stroke}
      strokeDasharray={strokeDasharray}
    />
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
