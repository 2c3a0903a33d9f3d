/**
 * The preview: what the file holds, how it was read (columns, date order), the account, the
 * check against the rules with its fixes, the rows that need a decision, and every row as it
 * will be stored. Nothing is written until Confirm.
 */
import { ReadingChoices } from './ReadingChoices';
import { plural } from '../../engine/words';
import { useMemo } from 'react';
import { useLedgerData, type LedgerData } from '../../read';
import type { AdjustEvent } from '../../engine/types';
import { indexStored } from '../../import/identity';
import type { ParseResult } from '../../import/types';
import { AccountPanel } from './AccountPanel';
import { ImportNotes } from './ImportNotes';
import { planImport, sameFix, type ImportChoices, type ImportPlan } from './importPlan';
import { FORMAT_LABELS, countKinds, fileRowCount, kindsText } from './importText';
import { PreviewRows } from './PreviewRows';
import { ProblemList } from './ProblemList';
import type { ProblemDecision } from './problemRow';
import { ReconcilePanel } from './ReconcilePanel';
import type { ImportSession } from './useImportSession';
import { PreviewActions } from './PreviewActions';

const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

interface ImportPreviewProps {
  name: string;
  parse: ParseResult;
  session: ImportSession;
  commitError: string | null;
  onConfirm: (plan: ImportPlan) => void;
}

export function ImportPreview(props: ImportPreviewProps) {
  const ledger = useLedgerData();
  if (!ledger) return <p className="card loading">Comparing with your ledger…</p>;
  return <Preview {...props} ledger={ledger} />;
}

function Preview({
  name,
  parse,
  ledger,
  session,
  commitError,
  onConfirm,
}: ImportPreviewProps & { ledger: LedgerData }) {
  const { choices, setChoices } = session;
  const storedIndex = useMemo(() => indexStored(ledger.entries), [ledger.entries]);
  const plan = useMemo(
    () => planImport(parse, choices, ledger, storedIndex),
    [parse, choices, ledger, storedIndex],
  );
  const rowCount = fileRowCount(parse);
  const storedOutcomes = plan.rows.filter(
    (r) => r.stored && r.event.type === 'spend' && r.event.outcome !== undefined,
  ).length;
  const platformRows = parse.platformRows.length;
  const update = (change: Partial<ImportChoices>): void => setChoices((c) => ({ ...c, ...change }));
  const decide = (line: number, decision: ProblemDecision | null): void =>
    setChoices((c) => {
      const decisions = new Map(c.decisions);
      if (decision) decisions.set(line, decision);
      else decisions.delete(line);
      return { ...c, decisions };
    });
  const skipRest = (): void =>
    setChoices((c) => {
      const decisions = new Map(c.decisions);
      for (const p of parse.problems)
        if (!decisions.has(p.line)) decisions.set(p.line, { action: 'skip' });
      return { ...c, decisions };
    });
  const record = (fix: AdjustEvent): void =>
    setChoices((c) => ({
      ...c,
      corrections: [...c.corrections.filter((d) => !sameFix(d, fix)), fix],
    }));
  const unrecord = (fix: AdjustEvent): void =>
    setChoices((c) => ({ ...c, corrections: c.corrections.filter((d) => !sameFix(d, fix)) }));

  const blocked =
    plan.undecided > 0
      ? `Decide the ${plural(plan.undecided, 'row')} that could not be read (pick a type or skip) first.`
      : plan.rows.length === 0 && (plan.isNewAccount || !plan.writesAccount)
        ? 'There is nothing to import in this file.'
        : plan.fresh === 0 && !plan.writesAccount
          ? 'Nothing new: every row is already in your ledger.'
          : null;

  return (
    <section className="card import-preview" aria-labelledby="import-preview-h">
      <h2 id="import-preview-h">Preview of {name}</h2>
      <p>
        Read as {FORMAT_LABELS[parse.format]}: {plural(rowCount, 'row')}
        {platformRows > 0 &&
          ` (${plural(platformRows, 'row')} made by the platform’s rules among them, checked below)`}
        .
      </p>
      <p className="import-summary" data-testid="import-summary">
        To store: <strong>{kindsText(countKinds(plan.rows.map((r) => r.event)))}</strong> —{' '}
        <strong>{plural(plan.fresh, 'new entry', 'new entries')}</strong>,{' '}
        {plural(plan.stored, 'row')} already in your ledger.
      </p>
      <ReadingChoices parse={parse} session={session} />
      <AccountPanel
        parse={parse}
        plan={plan}
        onStartingBalance={(startingBalance) => update({ startingBalance })}
        onAccountOptions={(changes) => session.reparse(changes)}
      />
      <ReconcilePanel
        plan={plan}
        choices={choices}
        onRecord={record}
        onUnrecord={unrecord}
        onStartingBalance={(startingBalance) => update({ startingBalance })}
        onStart={(start) => update({ start })}
      />
      <ProblemList
        parse={parse}
        decisions={choices.decisions}
        onDecide={decide}
        onSkipRest={skipRest}
      />
      <ImportNotes plan={plan} parse={parse} />
      {storedOutcomes > 0 && parse.csv && (
        <p className="import-note" data-testid="stored-outcomes-note">
          {upperFirst(plural(storedOutcomes, 'proposal'))} already in your ledger{' '}
          {storedOutcomes === 1 ? 'has' : 'have'} an outcome in this file: an import only adds rows.
          To update the outcomes of the proposals you have, choose “— none —” for Connects above:
          the file is then read as a file of outcomes.
        </p>
      )}
      <PreviewRows rows={plan.rows} />
      <PreviewActions
        confirmLabel={`Import ${plural(plan.fresh, 'entry', 'entries')}`}
        blocked={blocked}
        blockedId="import-blocked"
        commitError={commitError}
        onConfirm={() => onConfirm(plan)}
        onCancel={session.reset}
      />
    </section>
  );
}
