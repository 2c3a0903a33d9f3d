/** Past imports, newest first: each can be undone as a whole, after a confirmation. */
import { useState } from 'react';
import { removeBatch } from '../../commands';
import { plural } from '../../engine/words';
import { useAccount, useBatches, type AccountRecord, type BatchRecord } from '../../read';
import { perform } from '../../store/perform';
import { dateTime, undoAccountText } from './importText';

/** An outcomes file changed outcomes, not entries (outcomes.md §6). */
const isOutcomes = (b: BatchRecord): boolean => b.outcomes !== undefined;

function batchSize(b: BatchRecord): string {
  return isOutcomes(b)
    ? `outcomes of ${plural(b.outcomes?.length ?? 0, 'proposal')}`
    : plural(b.rowCount, 'entry', 'entries');
}

function undoQuestion(b: BatchRecord, account: AccountRecord | null): string {
  if (isOutcomes(b)) {
    return `Put back the outcomes the ${plural(b.outcomes?.length ?? 0, 'proposal')} had before (those you have not changed since)?`;
  }
  return `Remove the ${plural(b.rowCount, 'entry', 'entries')} it added${undoAccountText(b, account)}?`;
}

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
                <strong>{b.fileName}</strong> · {batchSize(b)} ·{' '}
                <time dateTime={b.importedAt}>{dateTime(b.importedAt)}</time>
              </span>
              {confirming === b.id ? (
                <span
                  className="button-row"
                  role="group"
                  aria-label={`Confirm undoing ${b.fileName}`}
                >
                  <span>{undoQuestion(b, account)}</span>
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
