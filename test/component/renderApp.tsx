/** Mounts the app's routes in a memory router on a fresh database, with UI stores reset. */
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { routes } from '../../src/app/routes';
import { clearHistory } from '../../src/commands';
import { ConnectsDb } from '../../src/db/database';
import { setDatabase } from '../../src/db/instance';
import { useStatusStore } from '../../src/store/statusStore';
import { useToastStore } from '../../src/store/toastStore';
import { NO_FILTERS, useUiStore } from '../../src/store/uiStore';

export function freshDb(): ConnectsDb {
  const db = new ConnectsDb(`test-${Math.random().toString(36).slice(2)}`);
  setDatabase(db);
  useToastStore.setState({ toasts: [] });
  clearHistory();
  useUiStore.setState({ filters: NO_FILTERS });
  useStatusStore.setState({ dbNotice: null, persistence: 'unknown' });
  return db;
}

export function renderApp(path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(<RouterProvider router={router} />);
  return { ...view, router };
}

/**
 * jsdom lays nothing out, so the virtualised ledger list would see a 0-pixel window and render
 * no rows. Give its scroll box and rows the sizes a browser would.
 */
function stubLayout(): void {
  const size = (
    name: 'clientHeight' | 'clientWidth' | 'offsetHeight',
    pick: (el: HTMLElement) => number,
  ) =>
    Object.defineProperty(HTMLElement.prototype, name, {
      configurable: true,
      get(this: HTMLElement) {
        return pick(this);
      },
    });
  size('clientHeight', (el) => (el.classList.contains('ledger-scroll') ? 600 : 0));
  size('clientWidth', (el) => (el.classList.contains('ledger-scroll') ? 800 : 0));
  size('offsetHeight', (el) => (el.classList.contains('ledger-slot') ? 52 : 0));
}
stubLayout();
