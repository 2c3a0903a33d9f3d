/** What a page shows when it fails to render: most often, storage that cannot be read. */
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { classifyStorageError, storageErrorText } from '../db/storageErrors';
import { useStatusStore } from '../store/statusStore';

export function RouteError() {
  const error = useRouteError();
  const reloading = useStatusStore((s) => s.dbNotice?.kind === 'reloading');
  if (reloading) return <p role="status">Reloading…</p>;
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <section>
        <h1>Page not found</h1>
        <Link to="/">Go to the dashboard</Link>
      </section>
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/dynamically imported module|module script failed|Loading chunk/i.test(message)) {
    return (
      <section className="route-error" role="alert">
        <h1>This page could not be loaded</h1>
        <p>Its code has not reached this browser yet, and the network seems to be unavailable.</p>
        <p>Your data is safe. Reload when you are back online.</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </section>
    );
  }
  const storage = classifyStorageError(error) !== 'other';
  return (
    <section className="route-error" role="alert">
      <h1>{storage ? 'Your ledger could not be read' : 'Something went wrong'}</h1>
      <p>
        {storage
          ? `The browser's storage failed: ${storageErrorText(error)}`
          : `This page failed to show: ${message}`}
      </p>
      <p>Nothing you saved before is lost by this. Reload the page to try again.</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </section>
  );
}
