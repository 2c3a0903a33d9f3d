// @vitest-environment jsdom
import { render } from '@testing-library/react';
import type { BarShapeProps } from 'recharts';
import { describe, expect, it } from 'vitest';
import { RISK_STACK, type Segment } from '../../src/features/dashboard/chartColors';
import { stackShape, stackTotal } from '../../src/features/dashboard/chartParts';

interface Row {
  a: number;
  b: number;
  c: number;
}
const STACK: Segment<Row>[] = [
  { key: 'a', label: 'A', color: '#111111' },
  { key: 'b', label: 'B', color: '#222222' },
  { key: 'c', label: 'C', color: '#333333', dashed: true },
];

/** The paths a stacked bar draws for `row` in the box recharts gives its whole bar. */
function draw(row: Row, box = { x: 10, y: 20, width: 30, height: 120 }) {
  const props = { ...box, payload: row } as unknown as BarShapeProps;
  const { container } = render(<svg>{stackShape(STACK)(props)}</svg>);
  return [...container.querySelectorAll('path')].map((p) => {
    const [, x, y, w, h] = /^M([\d.]+),([\d.]+)h([\d.]+)v([\d.]+)/.exec(p.getAttribute('d')!)!;
    return {
      fill: p.getAttribute('fill'),
      dashed: p.getAttribute('stroke-dasharray') !== null,
      x: Number(x),
      top: Number(y),
      width: Number(w),
      height: Number(h),
    };
  });
}

describe('a stack drawn as one bar', () => {
  it('gives each segment its share of the bar, bottom up in the stack order', () => {
    const paths = draw({ a: 30, b: 10, c: 20 });
    expect(paths.map((p) => p.fill)).toEqual(['#111111', '#222222', '#333333']);
    expect(paths.map((p) => p.height)).toEqual([60, 20, 40]);
    // a sits on the axis (the bar's bottom at 140), b on a, c on b, c's top the bar's top.
    expect(paths.map((p) => p.top + p.height)).toEqual([140, 80, 60]);
    expect(paths[2]!.top).toBe(20);
    expect(paths.every((p) => p.x === 10 && p.width === 30)).toBe(true);
    expect(paths.map((p) => p.dashed)).toEqual([false, false, true]);
  });

  it('draws nothing for an empty segment or an empty bar, and sums the bar as its segments', () => {
    expect(draw({ a: 0, b: 5, c: 0 }).map((p) => [p.fill, p.height])).toEqual([['#222222', 120]]);
    expect(draw({ a: 0, b: 0, c: 0 })).toEqual([]);
    expect(stackTotal(STACK)({ a: 3, b: 4, c: 5 })).toBe(12);
  });

  it('outlines only the forecast of the expiry chart, as its legend shows', () => {
    expect(RISK_STACK.filter((s) => s.dashed).map((s) => s.key)).toEqual(['forecast']);
  });
});
