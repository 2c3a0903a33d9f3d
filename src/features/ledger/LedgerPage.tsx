/** /ledger: every entry with the balance after it, add/edit/delete with undo, and filters. */
import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { addEntry, deleteEntry, editEntry, type NewEntry } from '../../commands';
import { describeEntry } from '../../engine/entryWords';
import { ERA_CATALOGUE } from '../../engine/eras';
import { connects, formatCount, todayIso } from '../../engine/words';
import type { Outcome } from '../../engine/outcomes/types';
import { useLedgerData, useOutcomes, type EntryRecord } from '../../read';
import { perform } from '../../store/perform';
import { useUiStore } from '../../store/uiStore';
import { draftFromEntry, emptyDraft, outcomeAfterEdit } from './entryDraft';
import { EntryForm } from './EntryForm';
import { EntryList } from './EntryList';
import { filterRows } from './filterRows';
import { LedgerFilters } from './LedgerFilters';
import { buildLedgerView } from './ledgerView';

/** A proposal with its tags and signals is added with them, in one step. */
const add = async (entry: NewEntry, job: Outcome | null): Promise<boolean> =>
  (await perform(addEntry(entry, job ?? undefined))) !== undefined;

export function LedgerPage() {
  const data = useLedgerData();
  const outcomes = useOutcomes();
  const today = todayIso();
  const filters = useDeferredValue(useUiStore((s) => s.filters));
  const [editing, setEditing] = useState<EntryRecord | null>(null);
  const view = useMemo(() => (data ? buildLedgerView(data, today) : null), [data, today]);
  const shown = useMemo(
    () => (view ? filterRows(view.rows, view.cycles, filters) : { items: [], entryCount: 0 }),
    [view, filters],
  );
  const plans = useMemo(() => {
    const ids = new Set<string>();
    for (const era of ERA_CATALOGUE) for (const p of Object.keys(era.plans)) ids.add(p);
    for (const c of data?.customEras ?? []) for (const p of Object.keys(c.era.plans)) ids.add(p);
    return [...ids];
  }, [data?.customEras]);

  const startEdit = useCallback((entry: EntryRecord) => {
    setEditing(entry);
    requestAnimationFrame(() =>
      document.getElementById('entry-form')?.scrollIntoView?.({ block: 'nearest' }),
    );
  }, []);
  const remove = useCallback(
    (entry: EntryRecord) => {
      if (editing?.id === entry.id) setEditing(null);
      // The row and its button go away: keep focus in the list, not lost on the page.
      document.querySelector<HTMLElement>('.ledger-table')?.focus();
      if (entry.id !== undefined) void perform(deleteEntry({ ...entry, id: entry.id }));
    },
    [editing],
  );

  if (!data || !view) {
    return (
      <section aria-busy="true">
        <h1>Ledger</h1>
        <p>Loading your ledger…</p>
      </section>
    );
  }
  if (!data.account) {
    return (
      <section>
        <h1>Ledger</h1>
        <p>
          There is no account yet. <Link to="/">Set it up on the dashboard</Link> or load the sample
          history there.
        </p>
      </section>
    );
  }

  return (
    <section className="ledger-page">
      <title>Ledger · Connects Budget</title>
      <div className="page-head">
        <h1>Ledger</h1>
        <dl className="stats">
          <div>
            <dt>Balance now</dt>
            <dd data-testid="balance-now">{connects(view.balanceNow)}</dd>
          </div>
          <div>
            <dt>Entries</dt>
            <dd>{formatCount(data.entries.length)}</dd>
          </div>
          <div>
            <dt>Not applied</dt>
            <dd>{formatCount(view.rejectedCount)}</dd>
          </div>
        </dl>
      </div>
      {view.error && (
        <p className="notice notice--error" role="alert">
          The ledger cannot be replayed: {view.error}. Check the account in{' '}
          <Link to="/settings">Settings</Link>.
        </p>
      )}
      <div id="entry-form" className="card">
        {editing ? (
          <EntryForm
            key={`edit-${editing.id}`}
            heading={`Edit ${describeEntry(editing)}`}
            submitLabel="Save changes"
            initial={draftFromEntry(editing, outcomes?.get(editing.id as number))}
            ledger={data}
            editingId={editing.id}
            plans={plans}
            autoFocus
            onSubmit={async (entry, job) => {
              const id = editing.id as number;
              // Before the outcomes are read, the stored one is left as it is.
              const outcome = outcomes ? outcomeAfterEdit(outcomes.get(id), entry, job) : undefined;
              const saved = await perform(editEntry(id, entry, outcome));
              if (saved) setEditing(null);
              return saved !== undefined;
            }}
            onCancel={() => setEditing(null)}
          />
        ) : (
          <EntryForm
            key="add"
            heading="Add an entry"
            submitLabel="Add entry"
            initial={emptyDraft('spend', today)}
            ledger={data}
            plans={plans}
            onSubmit={add}
            worthLink
          />
        )}
      </div>
      <h2 className="visually-hidden">Entries</h2>
      <LedgerFilters shown={shown.entryCount} total={view.rows.length} />
      {view.rows.length === 0 ? (
        <p className="empty">No entries yet: add your first proposal above.</p>
      ) : shown.entryCount === 0 ? (
        <p className="empty">No entry matches the filters.</p>
      ) : (
        <EntryList
          items={shown.items}
          outcomes={outcomes}
          bonusOffer={view.bonusOffer}
          onEdit={startEdit}
          onDelete={remove}
        />
      )}
    </section>
  );
}
