/**
 * A wide table's box, scrolled sideways on a narrow screen. Focusable, so a keyboard user can
 * scroll it too (with the arrow keys), and named for the table it holds.
 */
import type { ReactNode } from 'react';

export function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="prop-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
