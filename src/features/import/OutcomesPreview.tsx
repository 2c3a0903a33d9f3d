/**
 * The preview of an outcomes file (outcomes.md §6): it adds no entry, it updates the outcomes
 * of proposals already stored. It says how many change, lists every row that will not be
 * applied with its line and why, and shows each change. Confirming writes them all in one
 * step, listed with the imports; nothing is half-applied.
 */
import { ReadingChoices } from './ReadingChoices';
import { useMemo } from 'react';
import { outcomeSummary } from '../../engine/outcomes/words';
import { plural } from '../../engine/words';
import type { ParseResult } from '../../import/types';
import { useLedgerData, useOutcomes, type LedgerData, type OutcomeIndex } from '../../read';
import { FORMAT_LABELS } from './importText';
import { outcomesPlanText, planOutcomes, type OutcomesPlan } from './outcomesPlan';
import type { ImportSession } from './useImportSession';
import { PreviewActions } from './PreviewActions';

interface OutcomesPreviewProps {
  name: string;
  parse: ParseResult;
  session: ImportSession;
  commitError: string | null;
  onConfirm: (plan: OutcomesPlan) => void;
}

export function OutcomesPreview(props: OutcomesPreviewProps) {
  const ledger = useLedgerData();
  const outcomes = useOutcomes();
  if (!ledger || !outcomes) return <p className="card loading">Comparing with your ledger…</p>;
  return <Preview {...props} ledger={ledger} outcomes={outcomes} />;
}

/** Past this many, the lists show the first ones and say how many more. */
const SHOWN = 200;

function Preview({
  name,
  parse,
  session,
  commitError,
  onConfirm,
  ledger,
  outcomes,
}: OutcomesPreviewProps & { ledger: LedgerData; outcomes: OutcomeIndex }) {
  const plan = useMemo(
    () => planOutcomes(parse, ledger.entries, (id) => outcomes.get(id)),
    [parse, ledger.entries, outcomes],
  );
  const rows = (parse.outcomeRows?.length ?? 0) + parse.problems.length;
  const count = plan.changes.length;
  const blocked =
    count > 0
      ? null
      : plan.unchanged > 0
        ? 'Nothing new: every proposal the file names already has the outcome it gives.'
        : 'Nothing to update: no row of the file names a proposal in your ledger.';
  return (
    <section className="card import-preview" aria-labelledby="outcomes-preview-h">
      <h2 id="outcomes-preview-h">Preview of {name}</h2>
      <p>
        Read as {FORMAT_LABELS.outcomes}: {plural(rows, 'row')}. It adds no entry: it updates the
        outcomes of proposals already in your ledger, matched by date and details.
      </p>
      <p className="import-summary" data-testid="outcomes-summary">
        {outcomesPlanText(plan)}
      </p>
      <ReadingChoices parse={parse} session={session} />
      {parse.warnings.map((w) => (
        <p key={`${w.line}-${w.message}`} className="muted">
          {w.line > 0 ? `Line ${w.line}` : 'The file'}: {w.message}.
        </p>
      ))}
      {plan.skipped.length > 0 && (
        <section className="import-problems" aria-labelledby="outcomes-skipped-h">
          <h3 id="outcomes-skipped-h">{plural(plan.skipped.length, 'row')} not applied</h3>
          <ul className="plain-list">
            {plan.skipped.slice(0, SHOWN).map((s) => (
              <li key={`${s.line}-${s.reason}`} className="import-problem">
                <strong className="import-line">Line {s.line}:</strong> {s.reason}
              </li>
            ))}
          </ul>
          {plan.skipped.length > SHOWN && (
            <p className="muted">…and {plural(plan.skipped.length - SHOWN, 'more row')}.</p>
          )}
        </section>
      )}
      {count > 0 && <Changes plan={plan} />}
      <PreviewActions
        confirmLabel={`Update ${plural(count, 'proposal')}`}
        blocked={blocked}
        blockedId="outcomes-blocked"
        commitError={commitError}
        onConfirm={() => onConfirm(plan)}
        onCancel={session.reset}
      />
    </section>
  );
}

function Changes({ plan }: { plan: OutcomesPlan }) {
  const { changes } = plan;
  return (
    <div className="table-scroll">
      <table className="outcome-changes">
        <caption>Outcomes to update, in the file’s order</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              Line
            </th>
            <th scope="col">Date</th>
            <th scope="col">Proposal</th>
            <th scope="col">Now</th>
            <th scope="col">From the file</th>
          </tr>
        </thead>
        <tbody>
          {changes.slice(0, SHOWN).map(({ row, entry, before, after }) => (
            <tr key={entry.id}>
              <td className="num muted">{row.line}</td>
              <td>{entry.date}</td>
              <td>{entry.details || entry.ref}</td>
              <td>{outcomeSummary(before)}</td>
              <td>{outcomeText(after)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {changes.length > SHOWN && (
        <p className="muted">…and {plural(changes.length - SHOWN, 'more proposal')}.</p>
      )}
    </div>
  );
}

/** Where it stands, then its tags: "lost · design, logo". */
function outcomeText(outcome: OutcomesPlan['changes'][number]['after']): string {
  const tags = outcome.tags?.length ? ` · ${outcome.tags.join(', ')}` : '';
  return `${outcomeSummary(outcome)}${tags}`;
}
