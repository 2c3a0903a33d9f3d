/** `/`: the first-run setup while there is no account, the dashboard once there is. */
import { useHasAccount } from '../db/hooks';
import { DashboardPage, FirstRunPage } from './pages';

export function HomeRoute() {
  const hasAccount = useHasAccount();
  if (hasAccount === undefined) return <p className="loading">Loading your ledger…</p>;
  return (
    <>
      <title>{hasAccount ? 'Dashboard · Connects Budget' : 'Connects Budget'}</title>
      {hasAccount ? <DashboardPage /> : <FirstRunPage />}
    </>
  );
}
