/**
 * The width of the charts' drawing area, measured before the browser paints and followed as it
 * changes. The charts get it as a number instead of measuring themselves (recharts' `responsive`):
 * each would first lay itself out at a made-up width, then at the measured one, every figure of
 * three charts worked out twice on the way to the first picture.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';

/** `ref` holds the element whose first `[data-chart]` area sets the width (all are as wide). */
export function useChartWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const area = ref.current?.querySelector('[data-chart]');
    if (!area) return;
    const set = (w: number): void => {
      if (w > 0) setWidth(Math.round(w));
    };
    set(area.clientWidth);
    const observer = new ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      if (entry) set(entry.contentRect.width);
    });
    observer.observe(area);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
