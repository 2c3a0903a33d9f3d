/**
 * A chart in a card: its heading, a description for screen readers (the
 * drawing itself is an image), a legend drawn by the page, and its table.
 * Shared by the dashboard's and the Compare page's charts.
 */
import { Suspense, useState, type ReactNode } from 'react';

export interface LegendItem {
  label: string;
  color: string;
  /** A line, not a filled bar. */
  line?: boolean;
  dashed?: boolean;
}

const placeholder = <div className="dash-chart-placeholder">Loading chart…</div>;

/** Decorative: the chart's aria-label and the table already name every series. */
export function Legend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="dash-legend" aria-hidden="true">
      {items.map((item) => (
        <li key={item.label}>
          <span
            className={item.line ? 'dash-swatch dash-swatch-line' : 'dash-swatch'}
            style={{
              background: item.color,
              outline: item.dashed ? '1px dashed #dc2626' : undefined,
            }}
          />
          {item.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * "Show as table": the figures of a chart, folded away until asked for, and only built then.
 * Folded, a table is in no one's way, screen readers' included; built, the dashboard's three were
 * a quarter of its elements on every load.
 */
export function TableToggle({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="dash-table-toggle" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Show as table</summary>
      {open && <div className="dash-table-scroll">{children}</div>}
    </details>
  );
}

export function ChartCard(props: {
  id: string;
  title: string;
  description: string;
  legend: readonly LegendItem[];
  note?: ReactNode;
  /** Controls drawn between the heading and the chart (e.g. which figure to show). */
  controls?: ReactNode;
  /** null until the chart chunk is in: a placeholder is drawn meanwhile. */
  chart: ReactNode;
  table: ReactNode;
}) {
  return (
    <section className="dash-card dash-chart-card" aria-labelledby={`${props.id}-h`}>
      <h3 id={`${props.id}-h`}>{props.title}</h3>
      {props.note && <p className="dash-muted">{props.note}</p>}
      {props.controls}
      <div className="dash-chart" role="img" aria-label={props.description} data-chart={props.id}>
        <Suspense fallback={placeholder}>{props.chart ?? placeholder}</Suspense>
      </div>
      <Legend items={props.legend} />
      {props.table}
    </section>
  );
}
