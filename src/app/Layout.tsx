/** The shell around every page: skip link, navigation, storage notices, messages. */
import { Suspense, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { DbNoticeBanner } from './DbNoticeBanner';
import { preloadPages } from './pages';
import { Toasts } from './Toasts';
import { UpdatePrompt } from './UpdatePrompt';
import { useDatabaseLifecycle } from './useDatabaseLifecycle';
import { useHistoryShortcuts } from './useHistoryShortcuts';

/** The release's name (vite.config.ts): a hash of its sources. */
declare const __APP_BUILD__: string;

const NAV = [
  { to: '/', label: 'Dashboard', end: true },
  { to: '/ledger', label: 'Ledger', end: false },
  { to: '/proposals', label: 'Proposals', end: false },
  { to: '/import', label: 'Import', end: false },
  { to: '/compare', label: 'Compare', end: false },
  { to: '/settings', label: 'Settings', end: false },
] as const;

export function Layout() {
  useDatabaseLifecycle();
  useHistoryShortcuts();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const first = useRef(true);
  useEffect(() => preloadPages(), []);
  // After a navigation, focus the new page (not on first load) so screen readers start there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    document.documentElement.scrollTop = 0;
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <NavLink to="/" className="brand" aria-label="Connects Budget, dashboard">
            <span className="brand__mark" aria-hidden="true">
              C
            </span>
            <span className="brand__name">Connects Budget</span>
          </NavLink>
          <nav aria-label="Main">
            <ul className="nav">
              {NAV.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end={item.end} className="nav__link">
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </header>
      <DbNoticeBanner />
      <UpdatePrompt />
      <main id="main" ref={mainRef} tabIndex={-1} className="app-main">
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app-footer">
        <p>Your data stays in this browser: the app sends nothing anywhere.</p>
        <p>Version {__APP_BUILD__}</p>
      </footer>
      <Toasts />
    </div>
  );
}
