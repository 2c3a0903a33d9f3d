/**
 * Where a proposal stands, on its ledger row, and the moves on from there (viewed, interview,
 * hired with what it earned, lost, withdrawn, job closed, still open, clear). The row shows one
 * button; the menu is built only when opened, so 10,000 rows stay as cheap as before. Keyboard:
 * Enter, Space or ↓ opens the menu, arrows move, Enter picks, Escape closes; each move is one
 * undoable step (perform + moveProposal, which moves from the outcome stored). In an era with an interview bonus, reaching an interview
 * then offers to record the bonus.
 */
import { memo, useId, useRef, useState, type KeyboardEvent } from 'react';
import { addEntry, moveProposal } from '../../commands';
import { proposalTitle } from '../../engine/entryWords';
import type { InterviewBonusOffer } from '../../engine/outcomes/interviewBonus';
import { MOVE_LABELS, movesFrom, standingOf, type OutcomeMove } from '../../engine/outcomes/moves';
import type { Outcome } from '../../engine/outcomes/types';
import { connects, formatDate, formatUsd, todayIso } from '../../engine/words';
import type { EntryRecord } from '../../read';
import { perform } from '../../store/perform';
import { HiredForm } from './HiredForm';
import type { BonusOffer } from './ledgerView';
import './ledgerOutcome.css';

interface OutcomeControlProps {
  entry: EntryRecord & { id: number };
  outcome: Outcome | undefined;
  /** What the rules refunded to it: a full refund reads cancelled unless the outcome says otherwise. */
  refunded: number;
  /** The row's name for the proposal: "the proposal 'Logo' (12 Connects) of 2026-11-21". */
  name: string;
  /** The interview bonus the era offers, if any. */
  bonusOffer: BonusOffer | null;
}

type Open = 'closed' | 'menu' | 'hired' | 'bonus';

export const OutcomeControl = memo(function OutcomeControl({
  entry,
  outcome,
  refunded,
  name,
  bonusOffer,
}: OutcomeControlProps) {
  const [open, setOpen] = useState<Open>('closed');
  const [offer, setOffer] = useState<InterviewBonusOffer | null>(null);
  const [focusLast, setFocusLast] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();
  const spent = (entry.connects ?? 0) + (entry.boost ?? 0);
  const standing = standingOf(outcome, spent, refunded);
  const earned =
    standing.result === 'hired' && outcome?.earnedUsd !== undefined
      ? ` ${formatUsd(outcome.earnedUsd)}`
      : '';

  const close = (refocus: boolean): void => {
    setOpen('closed');
    if (refocus) button.current?.focus();
  };
  const save = (move: OutcomeMove, earnedUsd?: number): void => {
    close(true);
    // Moved from the outcome stored when it runs, not from this page's read of it.
    const context = { today: todayIso(), ...(earnedUsd === undefined ? {} : { earnedUsd }) };
    void perform(moveProposal(entry, move, context)).then((done) => {
      const bonus = done && move === 'interview' ? bonusOffer?.(entry.date, todayIso()) : null;
      if (bonus) {
        setOffer(bonus);
        setOpen('bonus');
      }
    });
  };
  const addBonus = (bonus: InterviewBonusOffer): void => {
    close(true);
    void perform(
      addEntry({
        date: bonus.date,
        type: 'bonus',
        reason: 'interview',
        details: `Interview: ${proposalTitle(entry)}`,
      }),
    );
  };
  const pick = (move: OutcomeMove): void => {
    if (move === 'hired') setOpen('hired');
    else save(move);
  };
  const openMenu = (last: boolean): void => {
    setFocusLast(last);
    setOpen('menu');
  };

  return (
    <span
      className="outcome"
      onBlur={(e) => {
        // Focus left the control (a click elsewhere, Tab past the menu): close it.
        if (open !== 'closed' && !e.currentTarget.contains(e.relatedTarget as Node | null))
          setOpen('closed');
      }}
    >
      <button
        ref={button}
        type="button"
        className={`outcome__button outcome--${standing.result}`}
        aria-haspopup="menu"
        aria-expanded={open === 'menu'}
        aria-controls={open === 'menu' ? menuId : undefined}
        onClick={() => (open === 'menu' ? close(false) : openMenu(false))}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            openMenu(e.key === 'ArrowUp');
          }
        }}
      >
        <span className="visually-hidden">Outcome of {name}: </span>
        {standing.label}
        {earned}
      </button>
      {open === 'menu' && (
        <OutcomeMenu
          id={menuId}
          label={`Move ${name} on`}
          moves={movesFrom(outcome, standing)}
          focusLast={focusLast}
          onPick={pick}
          onClose={() => close(true)}
        />
      )}
      {open === 'hired' && (
        <HiredForm
          name={name}
          earnedUsd={standing.result === 'hired' ? outcome?.earnedUsd : undefined}
          onSave={(earnedUsd) => save('hired', earnedUsd)}
          onCancel={() => close(true)}
        />
      )}
      {open === 'bonus' && offer && (
        <span
          className="outcome__bonus"
          role="group"
          aria-label={`Interview bonus for ${name}`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              close(true);
            }
          }}
        >
          <span>
            This era gives {connects(offer.amount)} per interview (at most {offer.capPer7Days} in 7
            days).
          </span>
          <button
            type="button"
            className="button button--small button--primary"
            // Offered right after the move: the natural next key press.
            autoFocus
            onClick={() => addBonus(offer)}
          >
            Record the interview bonus ({formatDate(offer.date)})
          </button>
          <button type="button" className="button button--small" onClick={() => close(true)}>
            No thanks
          </button>
        </span>
      )}
    </span>
  );
});

interface OutcomeMenuProps {
  id: string;
  label: string;
  moves: readonly OutcomeMove[];
  focusLast: boolean;
  onPick: (move: OutcomeMove) => void;
  onClose: () => void;
}

const NEXT_KEYS = new Set(['ArrowDown', 'ArrowRight']);
const PREVIOUS_KEYS = new Set(['ArrowUp', 'ArrowLeft']);

function OutcomeMenu({ id, label, moves, focusLast, onPick, onClose }: OutcomeMenuProps) {
  const items = (menu: HTMLElement | null): HTMLElement[] =>
    menu ? [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')] : [];
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const list = items(e.currentTarget);
    const at = list.indexOf(document.activeElement as HTMLElement);
    let to: number | null = null;
    if (NEXT_KEYS.has(e.key)) to = (at + 1) % list.length;
    else if (PREVIOUS_KEYS.has(e.key)) to = (at - 1 + list.length) % list.length;
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = list.length - 1;
    else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onClose();
      return;
    } else if (e.key === 'Tab') {
      onClose();
      return;
    }
    if (to !== null) {
      e.preventDefault();
      list[to]?.focus();
    }
  };
  return (
    <div
      id={id}
      role="menu"
      aria-label={label}
      aria-orientation="horizontal"
      className="outcome__menu"
      onKeyDown={onKeyDown}
      ref={(menu) => {
        // Focus the first item (or, opened with ↑, the last) as the menu appears.
        const list = items(menu);
        if (menu && !menu.contains(document.activeElement)) list.at(focusLast ? -1 : 0)?.focus();
      }}
    >
      {moves.map((move) => (
        <button
          key={move}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="button button--small"
          onClick={() => onPick(move)}
        >
          {MOVE_LABELS[move]}
        </button>
      ))}
    </div>
  );
}
