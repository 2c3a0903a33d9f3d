/**
 * One open proposal: select it, see how long it has waited, move it on. Only the active row
 * is in the tab order (its controls too): the list is one tab stop, arrows move within it.
 */
import type { ReactNode } from 'react';
import { MOVE_LABELS, STAGE_LABELS, type OpenProposal } from '../../engine';
import { formatCount, formatDate, plural } from '../../engine/words';
import { KEY_OF, movesOn, OPEN_MOVES, type OpenMove } from './openMoves';

interface Props {
  id: number;
  proposal: OpenProposal;
  title: string;
  active: boolean;
  selected: boolean;
  onFocus: () => void;
  onToggle: () => void;
  onMove: (how: OpenMove) => void;
  /** A row of its own under this one (the hire form). */
  children?: ReactNode;
}

export function OpenRow({
  id,
  proposal: p,
  title,
  active,
  selected,
  onFocus,
  onToggle,
  onMove,
  children,
}: Props) {
  const tab = active ? 0 : -1;
  return (
    <>
      <tr
        data-id={id}
        tabIndex={tab}
        className={selected ? 'is-selected' : undefined}
        aria-keyshortcuts="V I H L W X"
        aria-label={`${title}, sent ${formatDate(p.date)}, open for ${plural(p.ageDays, 'day')}, ${STAGE_LABELS[p.stage].toLowerCase()}`}
        onFocus={onFocus}
      >
        <td>
          <input
            type="checkbox"
            tabIndex={tab}
            checked={selected}
            onChange={onToggle}
            aria-label={`Select ${title}`}
          />
        </td>
        <td>{formatDate(p.date)}</td>
        <td className="prop-title">{title}</td>
        <td className="dash-num">{formatCount(p.connects + p.boost)}</td>
        <td className="dash-num">{plural(p.ageDays, 'day')}</td>
        <td>{STAGE_LABELS[p.stage]}</td>
        <td>
          <span className="prop-moves">
            {OPEN_MOVES.filter((how) => movesOn(p.stage, how)).map((how) => (
              <button
                key={how}
                type="button"
                tabIndex={tab}
                aria-keyshortcuts={KEY_OF[how]}
                onClick={() => onMove(how)}
              >
                {MOVE_LABELS[how]}
                <span className="dash-sr-only">: {title}</span>
              </button>
            ))}
          </span>
        </td>
      </tr>
      {children && (
        <tr className="prop-hire-row">
          <td colSpan={7}>{children}</td>
        </tr>
      )}
    </>
  );
}
