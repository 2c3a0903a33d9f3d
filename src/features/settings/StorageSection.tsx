/** Where the data lives: persistent or not, how much is used, imports to remove, erase all. */
import { useEffect, useId, useState } from 'react';
import { eraseEverything } from '../../db/accountMutations';
import { useBatches } from '../../db/hooks';
import { undoBatch } from '../../db/importBatch';
import { getDb } from '../../db/instance';
import {
  persistenceStatus,
  requestPersistence,
  storageEstimate,
  type StorageUse,
} from '../../db/persistence';
import { useStatusStore } from '../../store/statusStore';
import { showInfo } from '../../store/toastStore';
import { useUndoStore } from '../../store/undoStore';
import { attemptWrite } from '../../store/writes';

const STATUS_TEXT = {
  persistent: 'Storage: persistent — the browser keeps your ledger until you delete it.',
  'best-effort': 'Storage: may be cleared by the browser when space runs low.',
  unsupported:
    'Storage: this browser does not say whether it keeps the data; it may be cleared by the browser.',
  unknown: 'Storage: checking…',
} as const;

function megabytes(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

export function StorageSection() {
  const uid = useId();
  const persistence = useStatusStore((s) => s.persistence);
  const setPersistence = useStatusStore((s) => s.setPersistence);
  const batches = useBatches();
  const [use, setUse] = useState<StorageUse | null>(null);
  const [confirming, setConfirming] = useState<number | 'all' | null>(null);

  useEffect(() => {
    let live = true;
    void persistenceStatus().then((p) => live && setPersistence(p));
    void storageEstimate().then((u) => live && setUse(u));
    return () => {
      live = false;
    };
  }, [setPersistence, batches]);

  async function removeBatch(id: number, name: string): Promise<void> {
    setConfirming(null);
    // Removing the import that set the account up (the sample) returns the app to its first run.
    const removed = await attemptWrite(`the removal of the import '${name}'`, () =>
      undoBatch(getDb(), id, { dropCreatedAccount: true }),
    );
    if (removed !== undefined) showInfo(`Removed the import '${name}' (${removed} entries).`);
  }

  async function eraseAll(): Promise<void> {
    setConfirming(null);
    const ok = await attemptWrite('the erasing of all data', async () => {
      await eraseEverything();
      return true;
    });
    if (ok) {
      useUndoStore.setState({ steps: [] });
      showInfo('All data erased. The app is as new.');
    }
  }

  return (
    <section className="card" aria-labelledby={`${uid}-h`}>
      <h2 id={`${uid}-h`}>Storage</h2>
      <p data-testid="storage-status">{STATUS_TEXT[persistence]}</p>
      {use && (
        <p className="muted">
          Using {megabytes(use.usage)} of the {megabytes(use.quota)} this browser allows the app.
        </p>
      )}
      {persistence === 'best-effort' && (
        <button
          type="button"
          className="button"
          onClick={() => void requestPersistence().then(setPersistence)}
        >
          Ask the browser to keep my data
        </button>
      )}
      <h3>Imports</h3>
      {!batches || batches.length === 0 ? (
        <p className="muted">No imports.</p>
      ) : (
        <ul className="plain-list">
          {batches.map((b) => (
            <li key={b.id} className="row-between">
              <span>
                {b.fileName}: {b.rowCount} entries, {b.importedAt.slice(0, 10)}
              </span>
              {confirming === b.id ? (
                <span className="button-row">
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() => void removeBatch(b.id as number, b.fileName)}
                  >
                    Yes, remove {b.rowCount} entries
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setConfirming(null)}
                  >
                    Keep
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setConfirming(b.id ?? null)}
                  aria-label={`Remove the import ${b.fileName}`}
                >
                  Remove
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <h3>Start over</h3>
      {confirming === 'all' ? (
        <div className="button-row" role="group" aria-label="Confirm erasing all data">
          <span>Erase the account, every entry and every custom era?</span>
          <button type="button" className="button button--danger" onClick={() => void eraseAll()}>
            Yes, erase everything
          </button>
          <button type="button" className="button" onClick={() => setConfirming(null)}>
            Keep my data
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="button button--danger"
          onClick={() => setConfirming('all')}
        >
          Erase all data…
        </button>
      )}
    </section>
  );
}
