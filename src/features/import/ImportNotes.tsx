/**
 * Notes that need no decision: rows the rules refuse (the preview shows them; the ledger will
 * mark them too) and the parser's warnings. A long list folds away.
 */
import { plural } from '../../engine/words';
import { useMemo } from 'react';
import type { ParseResult } from '../../import/types';
import { rejectionText } from '../../engine/rejectionWords';
import type { ImportPlan } from './importPlan';

/** Past this many, notes are counted, not listed: a 100,000-row file can have thousands. */
const SHOWN = 100;
/** Up to this many, the list is open. */
const OPEN = 10;

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function ImportNotes({ plan, parse }: { plan: ImportPlan; parse: ParseResult }) {
  const { rejected } = plan.reconciliation;
  const byLine = useMemo(() => new Map(plan.rows.map((r) => [r.event.line, r.event])), [plan.rows]);
  const total = rejected.length + parse.warnings.length;
  if (total === 0) return null;
  const refused = rejected.slice(0, SHOWN);
  const warnings = parse.warnings.slice(0, SHOWN - refused.length);
  const list = (
    <ul className="plain-list">
      {refused.map((r, i) => (
        <li key={`x${r.line}-${i}`} className="row-warning">
          Line {r.line}: the rules refuse this row,{' '}
          {lowerFirst(
            rejectionText(
              { index: 0, code: r.code },
              { entry: byLine.get(r.line) ?? { type: 'spend' }, accountStart: plan.account.start },
            ),
          )}
          .
        </li>
      ))}
      {warnings.map((w, i) => (
        <li key={`w${w.line}-${i}`}>
          {w.line > 0 ? `Line ${w.line}: ${w.message}` : `The file: ${w.message}`}.
        </li>
      ))}
      {total > SHOWN && <li className="muted">…and {plural(total - SHOWN, 'more note')}.</li>}
    </ul>
  );
  return (
    <section className="import-notes" aria-labelledby="import-notes-h">
      <h3 id="import-notes-h">Notes</h3>
      {rejected.length > 0 && (
        <p>
          {upperFirst(plural(rejected.length, 'row'))} the rules refuse: the ledger will mark{' '}
          {rejected.length === 1 ? 'it' : 'them'} too. A starting balance or a correction above may
          fix this.
        </p>
      )}
      {total <= OPEN ? (
        list
      ) : (
        <details>
          <summary>Show the {plural(total, 'note')}</summary>
          {list}
        </details>
      )}
    </section>
  );
}
