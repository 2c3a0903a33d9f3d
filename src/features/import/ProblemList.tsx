/**
 * Rows the parser could not read, by line, with their text. Each needs a decision before the
 * import: pick a type (the row's date, amount and text become that event) or skip it.
 */
import { useId } from 'react';
import type { ParseProblem, ParseResult } from '../../import/types';
import { TYPE_LABELS } from '../../engine/entryWords';
import { plural, signed } from '../../engine/words';
import {
  PICKABLE_TYPES,
  pickBlocker,
  readProblemRow,
  type PickableType,
  type ProblemDecision,
} from './problemRow';

interface ProblemListProps {
  parse: ParseResult;
  decisions: ReadonlyMap<number, ProblemDecision>;
  onDecide: (line: number, decision: ProblemDecision | null) => void;
  onSkipRest: () => void;
}

/** Past this many, the list shows the first ones; "Skip the rest" covers all of them. */
const SHOWN = 200;

export function ProblemList({ parse, decisions, onDecide, onSkipRest }: ProblemListProps) {
  const { problems } = parse;
  if (problems.length === 0) return null;
  const undecided = problems.filter((p) => !decisions.has(p.line)).length;
  return (
    <section className="import-problems" aria-labelledby="import-problems-h">
      <div className="row-between">
        <h3 id="import-problems-h">{plural(problems.length, 'row')} could not be read</h3>
        {undecided > 0 && (
          <button type="button" className="button button--small" onClick={onSkipRest}>
            Skip the {undecided === problems.length ? '' : 'other '}
            {plural(undecided, 'undecided row')}
          </button>
        )}
      </div>
      <p className="muted">
        Pick a type for each, or skip it. Nothing is imported until every row is decided.
      </p>
      <ul className="plain-list">
        {problems.slice(0, SHOWN).map((p) => (
          <ProblemItem
            key={p.line}
            problem={p}
            parse={parse}
            decision={decisions.get(p.line)}
            onDecide={onDecide}
          />
        ))}
      </ul>
      {problems.length > SHOWN && (
        <p className="muted">…and {plural(problems.length - SHOWN, 'more row')} like these.</p>
      )}
    </section>
  );
}

interface ProblemItemProps {
  problem: ParseProblem;
  parse: ParseResult;
  decision: ProblemDecision | undefined;
  onDecide: (line: number, decision: ProblemDecision | null) => void;
}

/** A row's text as shown: a row can be up to 1 MB long, and drawing all of it says no more. */
const SHOWN_CHARS = 2000;
function shownText(text: string): string {
  if (text.length <= SHOWN_CHARS) return text;
  const more = (text.length - SHOWN_CHARS).toLocaleString('en-US');
  return `${text.slice(0, SHOWN_CHARS)}… (${more} more characters)`;
}

function ProblemItem({ problem, parse, decision, onDecide }: ProblemItemProps) {
  const uid = useId();
  const cells = readProblemRow(problem, parse);
  const blocker = pickBlocker(cells);
  const where = problem.line > 0 ? `Line ${problem.line}` : 'The file';
  return (
    <li className={`import-problem${decision ? ' import-problem--decided' : ''}`}>
      <p>
        <strong className="import-line">{where}:</strong> {problem.message}
      </p>
      {problem.text && <pre className="import-row-text">{shownText(problem.text)}</pre>}
      {decision?.action === 'skip' ? (
        <p className="button-row">
          <span className="muted">Skipped.</span>
          <button
            type="button"
            className="button button--small"
            onClick={() => onDecide(problem.line, null)}
          >
            Undo skip <span className="visually-hidden">of line {problem.line}</span>
          </button>
        </p>
      ) : (
        <div className="button-row">
          <label htmlFor={`${uid}-type`}>
            Pick a type <span className="visually-hidden">for line {problem.line}</span>
          </label>
          <select
            id={`${uid}-type`}
            value={decision?.action === 'pick' ? decision.type : ''}
            disabled={blocker !== null}
            aria-describedby={blocker ? `${uid}-why` : undefined}
            onChange={(e) =>
              onDecide(
                problem.line,
                e.target.value === ''
                  ? null
                  : { action: 'pick', type: e.target.value as PickableType },
              )
            }
          >
            <option value="">—</option>
            {PICKABLE_TYPES.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABELS[t]}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--small"
            onClick={() => onDecide(problem.line, { action: 'skip' })}
          >
            Skip <span className="visually-hidden">line {problem.line}</span>
          </button>
          {blocker && (
            <span className="field__hint" id={`${uid}-why`}>
              The row has {blocker}: it can only be skipped.
            </span>
          )}
          {decision?.action === 'pick' && cells.date && cells.connects !== null && (
            <span className="muted">
              → {TYPE_LABELS[decision.type]} on {cells.date},{' '}
              {signed(
                decision.type === 'adjust'
                  ? cells.connects
                  : decision.type === 'spend'
                    ? -Math.abs(cells.connects)
                    : Math.abs(cells.connects),
              )}
            </span>
          )}
        </div>
      )}
    </li>
  );
}
