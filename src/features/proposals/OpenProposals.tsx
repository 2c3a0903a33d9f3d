/**
 * The open proposals, oldest first, each moved on with one key or one click (viewed,
 * interview, hired with what it paid, lost, withdrawn), and several marked lost at once. Every
 * change is one command: undoable (Ctrl+Z, or the message's Undo) and seen live in other tabs.
 *
 * The list is one tab stop (a roving row, as a grid): ↑/↓ move between proposals, the letter
 * keys act on the proposal in focus, and Tab reaches that row's own buttons.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { addEntry, moveProposal, moveProposals, type NewEntry } from '../../commands';
import {
  countLongerThan,
  interviewBonusOffer,
  openLongerThan,
  type OpenProposal,
} from '../../engine';
import { formatCount, plural } from '../../engine/words';
import { perform } from '../../store/perform';
import { BonusOffer, type Offer } from './BonusOffer';
import { HireForm } from './HireForm';
import { MOVE_KEYS, movesOn, type OpenMove } from './openMoves';
import { OpenRow } from './OpenRow';
import type { ProposalsModel } from './proposalsModel';

const PAGE = 25;
/** "Select everything open for more than this many days". */
export const STALE_DAYS = 30;

export function OpenProposals({ model }: { model: ProposalsModel }) {
  const { open, today, idAt } = model;
  const [shown, setShown] = useState(PAGE);
  const [activeId, setActiveId] = useState<number | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(() => new Set());
  const [hiring, setHiring] = useState<number | null>(null);
  const [offer, setOffer] = useState<Offer | null>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  /** Where focus goes once the list has changed: the row at this place. */
  const refocus = useRef<number | null>(null);

  const visible = open.slice(0, shown);
  const ids = visible.map((p) => idAt(p.index));
  const titleOf = (p: OpenProposal): string => model.entryAt(p.index).ref || 'untitled';
  const activeIndex = Math.max(0, activeId === null ? 0 : ids.indexOf(activeId));
  // Counted, not listed: the list is made when the button is pressed.
  const staleCount = useMemo(() => countLongerThan(open, STALE_DAYS), [open]);
  const chosen = useMemo(
    () => (selected.size === 0 ? [] : open.filter((p) => selected.has(idAt(p.index)))),
    [open, selected, idAt],
  );

  const focusRow = (index: number): void => {
    const rows = bodyRef.current?.querySelectorAll<HTMLElement>('tr[data-id]');
    const row = rows?.[Math.min(index, (rows?.length ?? 1) - 1)];
    if (!row) return;
    setActiveId(Number(row.dataset.id));
    row.focus();
  };

  // After a proposal left the list (or the list changed under it), keep the focus on the row
  // now in its place, so the keyboard goes on from there.
  useEffect(() => {
    const at = refocus.current;
    if (at === null) return;
    const focus = document.activeElement;
    const lost = !focus || focus === document.body || !bodyRef.current?.contains(focus);
    if (activeId !== null && ids.includes(activeId) && !lost) return;
    refocus.current = null;
    focusRow(at);
  });

  const move = async (p: OpenProposal, how: OpenMove, earnedUsd?: number): Promise<void> => {
    const context = earnedUsd === undefined ? { today } : { today, earnedUsd };
    const done = await perform(moveProposal(model.entryAt(p.index), how, context));
    if (!done || how !== 'interview') return;
    const bonus = interviewBonusOffer(model.settings, p.date, today);
    setOffer(bonus && { bonus, title: titleOf(p) });
  };

  const start = (p: OpenProposal, how: OpenMove, index: number): void => {
    refocus.current = index;
    if (how === 'hired') setHiring(idAt(p.index));
    else void move(p, how);
  };

  const recordBonus = async (): Promise<void> => {
    if (!offer) return;
    setOffer(null);
    const bonus: NewEntry = { date: offer.bonus.date, type: 'bonus', reason: 'interview' };
    await perform(addEntry(bonus));
  };

  const toggle = (id: number): void => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    setSelected(next);
  };

  const markLost = async (): Promise<void> => {
    if (chosen.length === 0) return;
    const entries = chosen.map((p) => model.entryAt(p.index));
    const done = await perform(moveProposals(entries, 'lost', { today }));
    if (done) setSelected(new Set());
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableSectionElement>): void => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement;
    if (target instanceof HTMLInputElement && target.type === 'text') return;
    const row = target.closest<HTMLElement>('tr[data-id]');
    if (!row) return;
    const index = ids.indexOf(Number(row.dataset.id));
    const p = visible[index];
    if (!p) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    const how = MOVE_KEYS[key];
    if (how && movesOn(p.stage, how)) {
      e.preventDefault();
      start(p, how, index);
    } else if (key === 'ArrowDown' || key === 'ArrowUp') {
      e.preventDefault();
      focusRow(Math.max(0, index + (key === 'ArrowDown' ? 1 : -1)));
    } else if (key === 'Home' || key === 'End') {
      e.preventDefault();
      focusRow(key === 'Home' ? 0 : ids.length - 1);
    } else if (key === 'x' || (key === ' ' && target === row)) {
      e.preventDefault();
      toggle(ids[index] as number);
    } else if (key === 'b' && offer) {
      e.preventDefault();
      void recordBonus();
    }
  };

  const hiringIndex = hiring === null ? -1 : ids.indexOf(hiring);
  const hiringProposal = visible[hiringIndex];
  const older = open.length - visible.length;
  const hidden = chosen.length - chosen.filter((p) => ids.includes(idAt(p.index))).length;

  return (
    <section className="dash-card prop-open" aria-labelledby="prop-open-h">
      <h2 id="prop-open-h">Open proposals ({formatCount(open.length)})</h2>
      <p className="dash-muted">
        Every proposal still waiting for an answer, oldest first, whatever the range above.
      </p>
      <details className="dash-more prop-keys" open>
        <summary>Keyboard</summary>
        <p>
          Tab into the list, then <kbd>↑</kbd> <kbd>↓</kbd> (<kbd>Home</kbd> <kbd>End</kbd>) move
          between proposals. On the proposal in focus: <kbd>V</kbd> viewed, <kbd>I</kbd> interview,{' '}
          <kbd>H</kbd> hired (asks what it paid; <kbd>Enter</kbd> saves, <kbd>Esc</kbd> cancels),{' '}
          <kbd>L</kbd> lost, <kbd>W</kbd> withdrawn; <kbd>Space</kbd> or <kbd>X</kbd> selects it.{' '}
          <kbd>B</kbd> records an interview bonus when one is offered. <kbd>Ctrl</kbd>+<kbd>Z</kbd>{' '}
          undoes the last change, <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>Z</kbd> redoes it.
        </p>
      </details>
      {offer && (
        <BonusOffer
          offer={offer}
          onRecord={() => void recordBonus()}
          onDismiss={() => setOffer(null)}
        />
      )}
      {open.length === 0 ? (
        <p data-testid="no-open">No proposal is waiting for an answer.</p>
      ) : (
        <>
          <div className="prop-bulk" role="group" aria-label="Several at once">
            <button
              type="button"
              disabled={staleCount === 0}
              onClick={() =>
                setSelected(new Set(openLongerThan(open, STALE_DAYS).map((p) => idAt(p.index))))
              }
            >
              Select everything open for more than {STALE_DAYS} days ({formatCount(staleCount)})
            </button>
            <button type="button" disabled={chosen.length === 0} onClick={() => void markLost()}>
              Mark {plural(chosen.length, 'selected proposal')} lost
            </button>
            <button
              type="button"
              disabled={selected.size === 0}
              onClick={() => setSelected(new Set())}
            >
              Clear the selection
            </button>
            <p className="dash-muted" role="status">
              {chosen.length === 0
                ? 'None selected.'
                : `${plural(chosen.length, 'proposal')} selected${hidden > 0 ? ` (${formatCount(hidden)} of them further down the list)` : ''}.`}
            </p>
          </div>
          <div className="prop-open-scroll">
            <table className="dash-table prop-open-table" data-testid="open-proposals">
              <caption className="dash-sr-only">
                Open proposals, oldest first; the keys are listed above the table
              </caption>
              <thead>
                <tr>
                  <th scope="col">
                    <span className="dash-sr-only">Selected</span>
                  </th>
                  <th scope="col">Sent</th>
                  <th scope="col">Proposal</th>
                  <th scope="col" className="dash-num">
                    Connects
                  </th>
                  <th scope="col" className="dash-num">
                    Open for
                  </th>
                  <th scope="col">Stage</th>
                  <th scope="col">Move on</th>
                </tr>
              </thead>
              <tbody ref={bodyRef} onKeyDown={onKeyDown}>
                {visible.map((p, i) => {
                  const id = ids[i] as number;
                  return (
                    <OpenRow
                      key={id}
                      id={id}
                      proposal={p}
                      title={titleOf(p)}
                      active={i === activeIndex}
                      selected={selected.has(id)}
                      onFocus={() => setActiveId(id)}
                      onToggle={() => toggle(id)}
                      onMove={(how) => start(p, how, i)}
                    >
                      {hiringProposal === p && (
                        <HireForm
                          title={titleOf(p)}
                          onSave={(earned) => {
                            setHiring(null);
                            void move(p, 'hired', earned);
                          }}
                          onCancel={() => {
                            setHiring(null);
                            focusRow(i);
                          }}
                        />
                      )}
                    </OpenRow>
                  );
                })}
              </tbody>
            </table>
          </div>
          {older > 0 && (
            <button type="button" className="prop-more" onClick={() => setShown(shown + PAGE)}>
              Show {formatCount(Math.min(PAGE, older))} more ({formatCount(older)} not shown)
            </button>
          )}
        </>
      )}
    </section>
  );
}
