/**
 * /import: paste the Connects History page or choose a file, preview every row, fix what the
 * rules disagree with, confirm; and the list of past imports, each undoable.
 */
import { useState } from 'react';
import { execute, importBatch, importOutcomes } from '../../commands';
import { storageErrorText } from '../../commands/errors';
import { plural } from '../../engine/words';
import { requestPersistence } from '../../store/persistence';
import { useStatusStore } from '../../store/statusStore';
import { BatchList } from './BatchList';
import { importRequest } from './commitPlan';
import { ImportGuide } from './ImportGuide';
import type { ImportPlan } from './importPlan';
import { ImportPreview } from './ImportPreview';
import { outcomeText } from './importText';
import { OutcomesPreview } from './OutcomesPreview';
import type { OutcomesPlan } from './outcomesPlan';
import { ParseFailureView, ParseProgress } from './ParseStatus';
import { SourceInput } from './SourceInput';
import { useImportSession, type SourceInfo } from './useImportSession';
import './import.css';

export function ImportPage() {
  const session = useImportSession();
  const [outcome, setOutcome] = useState<string | null>(null);
  // While saving, the preview (and its live view of the ledger) is unmounted: re-planning a
  // 100,000-row import as each write lands would compete with the writes themselves.
  const [committing, setCommitting] = useState<number | null>(null);
  const [commitError, setCommitError] = useState<string | null>(null);
  const { status, source } = session;

  const open = (next: SourceInfo): void => {
    setOutcome(null);
    setCommitError(null);
    session.open(next);
  };

  async function confirm(plan: ImportPlan): Promise<void> {
    if (!source || status.phase !== 'ready') return;
    setCommitting(plan.fresh);
    setCommitError(null);
    try {
      const request = importRequest(source.name, status.parse.format, plan);
      const { result } = await execute(importBatch(request));
      setOutcome(outcomeText(result));
      session.reset();
      if (plan.isNewAccount) {
        void requestPersistence().then((p) => useStatusStore.getState().setPersistence(p));
      }
    } catch (error) {
      setCommitError(
        `Not saved: the import of '${source.name}' (${plural(plan.fresh, 'entry', 'entries')}) — ${storageErrorText(error)} Your ledger is as it was.`,
      );
    } finally {
      setCommitting(null);
    }
  }

  /** An outcomes file: every change in one step, listed with the imports (outcomes.md §6). */
  async function confirmOutcomes(plan: OutcomesPlan): Promise<void> {
    if (!source || status.phase !== 'ready') return;
    const count = plan.changes.length;
    setCommitting(count);
    setCommitError(null);
    try {
      const changes = plan.changes.map(({ entry, after }) => ({ entry, outcome: after }));
      const { result } = await execute(importOutcomes(source.name, changes));
      setOutcome(`Updated the outcomes of ${plural(result, 'proposal')}; no entry added.`);
      session.reset();
    } catch (error) {
      setCommitError(
        `Not saved: the outcomes of ${plural(count, 'proposal')} from '${source.name}' — ${storageErrorText(error)} Your ledger is as it was.`,
      );
    } finally {
      setCommitting(null);
    }
  }

  const outcomesFile = status.phase === 'ready' && status.parse.format === 'outcomes';

  return (
    <section className="import-page">
      <title>Import · Connects Budget</title>
      <h1>Import your history</h1>
      <p className="lead">
        Bring in your Connects history from Upwork instead of typing it. You see every row, checked
        against the rules, before anything is saved.
      </p>
      <div className="import-grid">
        <SourceInput onSource={open} busy={status.phase === 'parsing' || committing !== null} />
        <ImportGuide />
      </div>
      {outcome && (
        <p className="card import-outcome" role="status">
          ✓ {outcome}
        </p>
      )}
      {status.phase === 'parsing' && source && (
        <ParseProgress percent={status.percent} stage={status.stage} name={source.name} />
      )}
      {status.phase === 'failed' && source && (
        <ParseFailureView
          name={source.name}
          failure={status.failure}
          onColumns={(columns) => session.reparse({ columns })}
          onDismiss={session.reset}
        />
      )}
      {committing !== null && (
        <p className="card" role="status">
          Saving{' '}
          {outcomesFile
            ? `the outcomes of ${plural(committing, 'proposal')}`
            : plural(committing, 'entry', 'entries')}{' '}
          from {source?.name}…
        </p>
      )}
      {status.phase === 'ready' && source && committing === null && outcomesFile && (
        <OutcomesPreview
          name={source.name}
          parse={status.parse}
          session={session}
          commitError={commitError}
          onConfirm={(plan) => void confirmOutcomes(plan)}
        />
      )}
      {status.phase === 'ready' && source && committing === null && !outcomesFile && (
        <ImportPreview
          name={source.name}
          parse={status.parse}
          session={session}
          commitError={commitError}
          onConfirm={(plan) => void confirm(plan)}
        />
      )}
      <BatchList />
    </section>
  );
}
