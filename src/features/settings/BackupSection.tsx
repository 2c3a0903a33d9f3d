/**
 * Settings › Backup and export: a JSON backup of everything, a restore that replaces the ledger
 * (after saying what will be replaced), and the ledger as CSV for a spreadsheet.
 */
import { useId, useState } from 'react';
import { restoreBackup } from '../../commands';
import { planName, plural, todayIso } from '../../engine/words';
import { parseBackup } from '../../import/backup';
import { checkBytes, checkImportSize } from '../../import/errors';
import {
  readSnapshot,
  snapshotOf,
  toBackupText,
  toLedgerCsv,
  type LedgerSnapshot,
} from '../../read/backup';
import { perform } from '../../store/perform';
import { showError, showInfo } from '../../store/toastStore';
import { downloadText, readChosenFile } from '../shared/download';
import { FileButton } from '../shared/FileButton';
import './backup.css';

interface PendingRestore {
  fileName: string;
  snapshot: LedgerSnapshot;
  current: LedgerSnapshot;
}

function describe(s: LedgerSnapshot): string {
  const account = s.account ? `the account (${planName(s.account.plan)})` : 'no account';
  return `${account}, ${plural(s.entries.length, 'entry', 'entries')}, ${plural(s.batches.length, 'import')}, ${plural(s.customEras.length, 'custom era')}`;
}

export function BackupSection() {
  const uid = useId();
  const [pending, setPending] = useState<PendingRestore | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function download(kind: 'json' | 'csv'): Promise<void> {
    setProblem(null);
    try {
      const snapshot = await readSnapshot();
      if (kind === 'json') {
        downloadText(
          `connects-budget-backup-${todayIso()}.json`,
          toBackupText(snapshot),
          'application/json',
        );
      } else {
        downloadText(
          `connects-budget-ledger-${todayIso()}.csv`,
          toLedgerCsv(snapshot.entries),
          'text/csv',
        );
      }
    } catch (error) {
      showError(`Not exported: ${error instanceof Error ? error.message : String(error)}.`);
    }
  }

  async function choose(file: File | undefined): Promise<void> {
    setProblem(null);
    setPending(null);
    if (!file) return;
    try {
      const text = await readChosenFile(file, { size: checkImportSize, bytes: checkBytes });
      const snapshot = snapshotOf(parseBackup(text));
      const current = await readSnapshot();
      setPending({ fileName: file.name, snapshot, current });
    } catch (error) {
      setProblem(
        `${file.name} cannot be restored: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`,
      );
    }
  }

  async function restore(p: PendingRestore): Promise<void> {
    setBusy(true);
    const done = await perform(restoreBackup(p.fileName, p.snapshot), { quiet: true });
    setBusy(false);
    setPending(null);
    if (done) showInfo(`Restored ${p.fileName}: ${describe(p.snapshot)}.`);
  }

  return (
    <section className="card" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>Backup and export</h2>
      <p className="muted">
        A backup holds everything (account, entries, imports, custom eras, preferences): keep it to
        move to another browser or to restore. The CSV holds the entries, for a spreadsheet or to
        import again.
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => void download('json')}>
          Download a backup (JSON)
        </button>
        <button type="button" className="button" onClick={() => void download('csv')}>
          Export the ledger as CSV
        </button>
        <FileButton
          inputLabel="Backup file"
          accept=".json,application/json"
          disabled={busy}
          onFile={(file) => void choose(file)}
        >
          Restore a backup…
        </FileButton>
      </div>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      {pending && (
        <div
          className="restore-confirm"
          role="alertdialog"
          aria-labelledby={`${uid}-confirm`}
          aria-describedby={`${uid}-what`}
        >
          <p id={`${uid}-confirm`}>
            <strong>Replace your ledger with {pending.fileName}?</strong>
          </p>
          <p id={`${uid}-what`}>
            This replaces {describe(pending.current)} with the backup: {describe(pending.snapshot)}.
            It cannot be undone: download a backup first if unsure.
          </p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() => void restore(pending)}
            >
              Replace my ledger
            </button>
            <button type="button" className="button" onClick={() => setPending(null)} autoFocus>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
