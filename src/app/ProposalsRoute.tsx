/**
 * `/proposals`: the page is drawn once its code is in (as `/` draws the dashboard). Rendering a
 * lazy page before its code would suspend, and React reveals a suspended page only after up to
 * 300 ms; the ledger's read is already under way meanwhile (earlyStart.ts).
 */
import { ProposalsPage, usePageReady } from './pages';

export function ProposalsRoute() {
  const ready = usePageReady('proposals');
  if (!ready) return <p className="loading">Loading your proposals…</p>;
  return <ProposalsPage />;
}
