/**
 * The ledger's rows, newest first. Only the rows in view are in the DOM (10,000 entries scroll
 * smoothly); rows are measured, so a row that wraps on a narrow screen keeps its full height.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useRef } from 'react';
import type { EntryRecord, OutcomeIndex } from '../../read';
import type { Statement } from '../../engine/types';
import { TYPE_LABELS, describeEntry, entrySummary } from '../../engine/entryWords';
import { formatCount, planName, signed } from '../../engine/words';
import { isProposalKind, KIND_LABELS } from '../shared/spendKinds';
import type { LedgerItem } from './filterRows';
import type { BonusOffer, LedgerRow } from './ledgerView';
import { OutcomeControl } from './OutcomeControl';

interface EntryListProps {
  items: readonly LedgerItem[];
  /** The proposals' outcomes; undefined while they load (the rows then show none). */
  outcomes: OutcomeIndex | undefined;
  /** The interview bonus to offer when a proposal reaches an interview. */
  bonusOffer: BonusOffer | null;
  onEdit: (entry: EntryRecord) => void;
  onDelete: (entry: EntryRecord) => void;
}

const ROW_ESTIMATE = 52;

function itemKey(item: LedgerItem | undefined, index: number): string | number {
  if (!item) return index;
  return item.kind === 'entry' ? (item.row.entry.id ?? `i${index}`) : `cycle-${item.cycle.start}`;
}

export function EntryList({ items, outcomes, bonusOffer, onEdit, onDelete }: EntryListProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 8,
    getItemKey: (i) => itemKey(items[i], i),
    initialRect: { width: 800, height: 600 },
    // React 19 warns about flushSync during measuring; a frame's delay on scroll is invisible.
    useFlushSync: false,
  });

  return (
    <div
      className="ledger-table"
      role="table"
      tabIndex={-1}
      aria-label="Ledger entries, newest first"
      aria-rowcount={items.length + 1}
    >
      <div role="rowgroup" className="ledger-head">
        <div role="row" aria-rowindex={1} className="ledger-row ledger-row--head">
          <span role="columnheader">Date</span>
          <span role="columnheader">Type</span>
          <span role="columnheader">Details</span>
          <span role="columnheader" className="num">
            Change
          </span>
          <span role="columnheader" className="num">
            Balance
          </span>
          <span role="columnheader">
            <span className="visually-hidden">Actions</span>
          </span>
        </div>
      </div>
      <div className="ledger-scroll" ref={scrollRef}>
        <div role="rowgroup" className="ledger-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((v) => {
            const item = items[v.index];
            if (!item) return null;
            return (
              <div
                key={v.key}
                data-index={v.index}
                ref={virtualizer.measureElement}
                className="ledger-slot"
                style={{ transform: `translateY(${v.start}px)` }}
              >
                {item.kind === 'entry' ? (
                  <Row
                    row={item.row}
                    rowIndex={v.index + 2}
                    outcomes={outcomes}
                    bonusOffer={bonusOffer}
                    onEdit={onEdit}
                    onDelete={onDelete}
                  />
                ) : (
                  <CycleRow cycle={item.cycle} first={item.first} rowIndex={v.index + 2} />
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

interface RowProps {
  row: LedgerRow;
  rowIndex: number;
  outcomes: OutcomeIndex | undefined;
  bonusOffer: BonusOffer | null;
  onEdit: (entry: EntryRecord) => void;
  onDelete: (entry: EntryRecord) => void;
}

const Row = memo(function Row({ row, rowIndex, outcomes, bonusOffer, onEdit, onDelete }: RowProps) {
  const { entry, balance, change, problem, warning } = row;
  const isSpend = entry.type === 'spend';
  // Only a proposal the rules applied has an outcome: a refused one was never sent (§2).
  const tracked = isSpend && isProposalKind(entry.kind) && balance !== null && outcomes;
  const changeText =
    change === null || (change === 0 && entry.type === 'plan') ? '—' : signed(change);
  const name = `${describeEntry(entry)} of ${entry.date}`;
  return (
    <div
      role="row"
      aria-rowindex={rowIndex}
      className={`ledger-row${problem ? ' ledger-row--rejected' : ''}`}
    >
      <span role="cell" className="c-date">
        {entry.date}
      </span>
      <span role="cell" className={`c-type type-${entry.type}`}>
        {isSpend && entry.kind ? KIND_LABELS[entry.kind] : TYPE_LABELS[entry.type]}
      </span>
      <span role="cell" className="c-what">
        <span className="c-what__line">
          <span className="c-what__text">{entrySummary(entry)}</span>
          {tracked && entry.id !== undefined && (
            <OutcomeControl
              entry={entry as EntryRecord & { id: number }}
              outcome={outcomes.get(entry.id)}
              refunded={row.refunded}
              name={name}
              bonusOffer={bonusOffer}
            />
          )}
        </span>
        {problem && <span className="row-problem">Not applied: {problem}</span>}
        {warning && <span className="row-warning">{warning}</span>}
      </span>
      <span role="cell" className={`num c-change${change !== null && change < 0 ? ' is-neg' : ''}`}>
        {problem ? <s>{changeText}</s> : changeText}
      </span>
      <span role="cell" className="num c-balance">
        {balance === null ? '—' : formatCount(balance)}
      </span>
      <span role="cell" className="c-actions">
        <button
          type="button"
          className="button button--small"
          onClick={() => onEdit(entry)}
          aria-label={`Edit ${name}`}
        >
          Edit
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          onClick={() => onDelete(entry)}
          aria-label={`Delete ${name}`}
        >
          Delete
        </button>
      </span>
    </div>
  );
});

/** A cycle start: what carried over, what expired, what the plan granted. */
function cycleText(c: Statement, first: boolean): string {
  const parts = [
    first ? `starting balance ${c.carriedIn}` : `${c.carriedIn} carried over`,
    c.expired > 0 ? `${c.expired} expired` : '',
    `${c.allotment} for the cycle`,
    c.lapsed > 0 ? `${c.lapsed} lapse during it (a year old)` : '',
  ].filter(Boolean);
  return `${planName(c.plan)}: ${parts.join(', ')}`;
}

interface CycleRowProps {
  cycle: Statement;
  first: boolean;
  rowIndex: number;
}

const CycleRow = memo(function CycleRow({ cycle, first, rowIndex }: CycleRowProps) {
  // The first cycle's balance before it is 0: the starting balance arrives with it.
  const change = first ? cycle.opening : cycle.allotment - cycle.expired;
  return (
    <div role="row" aria-rowindex={rowIndex} className="ledger-row ledger-row--cycle">
      <span role="cell" className="c-date">
        {cycle.start}
      </span>
      <span role="cell" className="c-type">
        New cycle
      </span>
      <span role="cell" className="c-what">
        <span className="c-what__text">{cycleText(cycle, first)}</span>
      </span>
      <span role="cell" className={`num c-change${change < 0 ? ' is-neg' : ''}`}>
        {signed(change)}
      </span>
      <span role="cell" className="num c-balance">
        {formatCount(cycle.opening)}
      </span>
      <span role="cell" className="c-actions" />
    </div>
  );
});
