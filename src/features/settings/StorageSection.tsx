/** Where the data lives: persistent or not, how much is used, where imports are undone, erase all. */
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import { eraseEverything } from '../../commands';
import { useBatches } from '../../read';
import { perform } from '../../store/perform';
import {
  persistenceStatus,
  requestPersistence,
  storageEstimate,
  type StorageUse,
} from '../../store/persistence';
import { useStatusStore } from '../../store/statusStore';

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
  const [confirming, setConfirming] = useState<'all' | null>(null);

  useEffect(() => {
    let live = true;
    void persistenceStatus().then((p) => live && setPersistence(p));
    void storageEstimate().then((u) => live && setUse(u));
    return () => {
      live = false;
    };
  }, [setPersistence, batches]);

  async function eraseAll(): Promise<void> {
    setConfirming(null);
    await perform(eraseEverything());
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
      <p>
        {!batches || batches.length === 0
          ? 'No imports yet. '
          : `${batches.length === 1 ? 'One import' : `${batches.length} imports`}, the sample included if you loaded it. `}
        <Link to="/import">See and undo imports on the Import page</Link>.
      </p>
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
