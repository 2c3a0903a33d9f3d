/**
 * `/`: the first-run setup while there is no account, the dashboard once there is. The
 * ledger is read once, here, so the dashboard's data is on its way while the page loads. The
 * page is drawn once its code is in too: the ledger can now arrive first, and drawing a lazy
 * page before its code would suspend, which React reveals only after up to 300 ms.
 */
import { useLedger } from '../read/useLedger';
import { DashboardView, FirstRunPage, usePageReady } from './pages';

export function HomeRoute() {
  const data = useLedger();
  const hasAccount = data !== undefined && data.account !== null;
  const ready = usePageReady(data === undefined ? null : hasAccount ? 'dashboard' : 'firstRun');
  if (data === undefined || !ready) return <p className="loading">Loading your ledger…</p>;
  return (
    <>
      <title>{hasAccount ? 'Dashboard · Connects Budget' : 'Connects Budget'}</title>
      {hasAccount ? <DashboardView data={data} /> : <FirstRunPage />}
    </>
  );
}
