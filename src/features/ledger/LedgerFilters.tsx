/** The filter bar above the ledger list. */
import { formatCount } from '../../engine/words';
import { useId } from 'react';
import { EVENT_TYPES, type EventType } from '../../engine/types';
import { NO_FILTERS, useUiStore } from '../../store/uiStore';
import { TYPE_LABELS } from '../../engine/entryWords';

export function LedgerFilters({ shown, total }: { shown: number; total: number }) {
  const uid = useId();
  const filters = useUiStore((s) => s.filters);
  const setFilters = useUiStore((s) => s.setFilters);
  const clearFilters = useUiStore((s) => s.clearFilters);
  const active = JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
  return (
    <form
      className="filters"
      role="search"
      aria-label="Filter the ledger"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor={`${uid}-text`}>Search</label>
        <input
          id={`${uid}-text`}
          type="search"
          value={filters.text}
          placeholder="Job title, note, reason…"
          onChange={(e) => setFilters({ text: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-type`}>Type</label>
        <select
          id={`${uid}-type`}
          value={filters.type}
          onChange={(e) => setFilters({ type: e.target.value as EventType | 'all' })}
        >
          <option value="all">All types</option>
          {EVENT_TYPES.map((t) => (
            <option key={t} value={t}>
              {TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${uid}-from`}>From</label>
        <input
          id={`${uid}-from`}
          type="date"
          value={filters.from}
          onChange={(e) => setFilters({ from: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-to`}>To</label>
        <input
          id={`${uid}-to`}
          type="date"
          value={filters.to}
          onChange={(e) => setFilters({ to: e.target.value })}
        />
      </div>
      <div className="field field--check">
        <input
          id={`${uid}-problems`}
          type="checkbox"
          checked={filters.onlyProblems}
          onChange={(e) => setFilters({ onlyProblems: e.target.checked })}
        />
        <label htmlFor={`${uid}-problems`}>Only entries not applied</label>
      </div>
      <div className="filters__end">
        <p className="filters__count" aria-live="polite">
          {shown === total
            ? `${formatCount(total)} entries`
            : `${formatCount(shown)} of ${formatCount(total)} entries`}
        </p>
        {active && (
          <button type="button" className="button button--small" onClick={clearFilters}>
            Clear filters
          </button>
        )}
      </div>
    </form>
  );
}
