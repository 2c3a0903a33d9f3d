/**
 * `/`: the first-run setup while there is no account, the dashboard once there is. The
 * ledger is read once, here, so the dashboard's data is on its way while the page loads.
 */
import { useLedgerReplay } from '../db/hooks';
import { DashboardView, FirstRunPage } from './pages';

export function HomeRoute() {
  const data = useLedgerReplay();
  if (data === undefined) return <p className="loading">Loading your ledger…</p>;
  const hasAccount = data.account !== null;
  return (
    <>
      <title>{hasAccount ? 'Dashboard · Connects Budget' : 'Connects Budget'}</title>
      {hasAccount ? <DashboardView data={data} /> : <FirstRunPage />}
    </>
  );
}
