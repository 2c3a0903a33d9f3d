/** What the dashboard's and the Proposals page's charts do once drawn and on first hover. */
import { useEffect, useState } from 'react';

/** Tells the page once the chart is on it, so the page can say the charts are ready. */
export function useDrawn(onDrawn: (() => void) | undefined): void {
  useEffect(() => onDrawn?.(), [onDrawn]);
}

/**
 * Whether to draw the tooltip yet, and the chart prop that turns it on: recharts' tooltip
 * machinery is a large share of a chart's first drawing, for something nobody sees before hovering.
 */
export function useTooltipOnHover() {
  const [on, setOn] = useState(false);
  return [on, { onMouseEnter: on ? undefined : () => setOn(true) }] as const;
}
