/** Past imports, newest first: each can be undone as a whole, after a confirmation. */
import { useState } from 'react';
import { removeBatch } from '../../commands';
import { plural } from '../../engine/words';
import { useAccount, useBatches, type BatchRecord } from '../../read';
import { perform } from '../../store/perform';
import { dateTime, undoAccountText } from './importText';

export function BatchList() {
  const batches = useBatches();
  const account = useAccount() ?? null;
  const [confirming, setConfirming] = useState<number | null>(null);

  async function undo(batch: BatchRecord): Promise<void> {
    setConfirming(null);
    if (batch.id !== undefined) await perform(removeBatch({ ...batch, id: batch.id }));
  }

  return (
    <section className="card import-batches" aria-labelledby="import-batches-h">
      <h2 id="import-batches-h">Your imports</h2>
      {!batches || batches.length === 0 ? (
        <p className="muted">No imports yet.</p>
      ) : (
        <ul className="plain-list">
          {batches.map((b) => (
            <li key={b.id} className="row-between">
              <span>
                <strong>{b.fileName}</strong> · {plural(b.rowCount, 'entry', 'entries')} ·{' '}
                <time dateTime={b.importedAt}>{dateTime(b.importedAt)}</time>
              </span>
              {confirming === b.id ? (
                <span
                  className="button-row"
                  role="group"
                  aria-label={`Confirm undoing ${b.fileName}`}
                >
                  <span>
                    Remove the {plural(b.rowCount, 'entry', 'entries')} it added
                    {undoAccountText(b, account)}?
                  </span>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() => void undo(b)}
                  >
                    Yes, undo this import
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setConfirming(null)}
                  >
                    Keep it
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() => setConfirming(b.id ?? null)}
                >
                  Undo <span className="visually-hidden">the import {b.fileName}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
