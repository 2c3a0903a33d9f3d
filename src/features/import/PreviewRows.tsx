/**
 * The rows as they will be stored, oldest first, each marked new or already in the ledger.
 * A long file is virtualised: only the rows in view are in the DOM.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { EntryRecord } from '../../read';
import { TYPE_LABELS, entryChange, entrySummary } from '../../engine/entryWords';
import { outcomeSummary } from '../../engine/outcomes/words';
import { signed } from '../../engine/words';
import type { PlannedRow } from './importPlan';

/** Up to this many rows are simply all rendered (and all findable with the page's search). */
const PLAIN_LIMIT = 200;
const ROW_HEIGHT = 40;

const ORIGIN_NOTE = { file: '', picked: ' (picked type)', fix: ' (fix)' } as const;

/** The row's own text where the ledger's wording would drop it (a purchase's "Purchased 80 Connects"). */
function summary(entry: EntryRecord, details: string): string {
  if ((entry.type === 'purchase' || entry.type === 'bonus') && details) return details;
  return entrySummary({ ...entry, details });
}

function Row({ row, index }: { row: PlannedRow; index: number }) {
  const { event } = row;
  const entry = event as unknown as EntryRecord;
  const change = entryChange(entry);
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      className={`preview-row${row.stored ? ' preview-row--stored' : ''}`}
    >
      <span role="cell" className="num muted">
        {event.line > 0 ? event.line : '—'}
      </span>
      <span role="cell">{event.date}</span>
      <span role="cell" className={`c-type type-${event.type}`}>
        {TYPE_LABELS[event.type]}
        {ORIGIN_NOTE[row.origin]}
      </span>
      <span role="cell" className="c-what__text" title={event.details}>
        {summary(entry, event.details)}
        {event.type === 'spend' && event.outcome && (
          <span className="muted"> · {outcomeSummary(event.outcome)}</span>
        )}
      </span>
      <span role="cell" className={`num${change !== null && change < 0 ? ' is-neg' : ''}`}>
        {change === null ? '' : signed(change)}
      </span>
      <span role="cell">
        {row.stored ? (
          <span className="status status--stored">Already in your ledger</span>
        ) : (
          <span className="status status--new">New</span>
        )}
      </span>
    </div>
  );
}

function Head({ count }: { count: number }) {
  return (
    <div role="rowgroup">
      <div role="row" aria-rowindex={1} className="preview-row preview-row--head">
        <span role="columnheader" className="num">
          Line
        </span>
        <span role="columnheader">Date</span>
        <span role="columnheader">Type</span>
        <span role="columnheader">Details</span>
        <span role="columnheader" className="num">
          Connects
        </span>
        <span role="columnheader">
          Status <span className="visually-hidden">of {count} rows</span>
        </span>
      </div>
    </div>
  );
}

export function PreviewRows({ rows }: { rows: readonly PlannedRow[] }) {
  const label = 'Rows to store, oldest first';
  if (rows.length <= PLAIN_LIMIT) {
    return (
      <div
        className="preview-table"
        role="table"
        aria-label={label}
        aria-rowcount={rows.length + 1}
      >
        <Head count={rows.length} />
        {/* Focusable so the keyboard can scroll it: its rows hold nothing to tab to. */}
        <div role="rowgroup" className="preview-scroll" tabIndex={0}>
          {rows.map((row, i) => (
            <Row key={row.event.key} row={row} index={i} />
          ))}
        </div>
      </div>
    );
  }
  return <VirtualRows rows={rows} label={label} />;
}

function VirtualRows({ rows, label }: { rows: readonly PlannedRow[]; label: string }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    initialRect: { width: 800, height: 480 },
    useFlushSync: false,
  });
  return (
    <div className="preview-table" role="table" aria-label={label} aria-rowcount={rows.length + 1}>
      <Head count={rows.length} />
      {/* The focusable scroll box is the rowgroup: a table may hold no other focusable child. */}
      <div role="rowgroup" className="preview-scroll" ref={scrollRef} tabIndex={0}>
        <div className="preview-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index];
            if (!row) return null;
            return (
              <div
                key={v.key}
                className="preview-slot"
                style={{ transform: `translateY(${v.start}px)` }}
              >
                <Row row={row} index={v.index} />
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
