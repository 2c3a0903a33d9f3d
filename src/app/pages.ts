/**
 * Every page but the shell loads on demand, so the first screen's JavaScript stays small. Once
 * the first screen is up, the other pages load in the background: the app then keeps working
 * when the network goes away.
 */
import { lazy } from 'react';

const loaders = {
  dashboard: () => import('../features/dashboard/DashboardPage'),
  firstRun: () => import('../features/firstRun/FirstRunPage'),
  ledger: () => import('../features/ledger/LedgerPage'),
  settings: () => import('../features/settings/SettingsPage'),
  import: () => import('../features/import/ImportPage'),
  compare: () => import('../features/compare/ComparePage'),
};

export const DashboardPage = lazy(loaders.dashboard);
export const FirstRunPage = lazy(() =>
  loaders.firstRun().then((m) => ({ default: m.FirstRunPage })),
);
export const LedgerPage = lazy(() => loaders.ledger().then((m) => ({ default: m.LedgerPage })));
export const SettingsPage = lazy(() =>
  loaders.settings().then((m) => ({ default: m.SettingsPage })),
);
export const ImportPage = lazy(() => loaders.import().then((m) => ({ default: m.ImportPage })));
export const ComparePage = lazy(() => loaders.compare().then((m) => ({ default: m.ComparePage })));

/** Loads every page's code when the browser is idle; a failure only means it loads on demand. */
export function preloadPages(): () => void {
  const run = (): void => {
    for (const load of Object.values(loaders)) load().catch(() => {});
  };
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 3000 });
    return () => window.cancelIdleCallback(handle);
  }
  const timer = setTimeout(run, 1500);
  return () => clearTimeout(timer);
}
