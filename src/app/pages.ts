/**
 * Every page but the shell loads on demand, so the first screen's JavaScript stays small.
 * The page for the address the app opens on starts loading at once, beside the IndexedDB
 * read; once in, a page renders without a Suspense fallback (see lazyChunk), which spares
 * React's 300 ms reveal throttle. The other pages load when the browser is idle, so the app
 * keeps working when the network goes away.
 *
 * The dashboard counts as in once its charts' chunk is in too, so it is drawn with its charts
 * in one go. The browser runs a fetched chunk's code only when the page's main thread is free:
 * drawn first, the dashboard kept the charts' chunk waiting, then drew the charts all over. It
 * waits for them a little only: on a slow network (or with no network and the chunk not cached)
 * the figures show first, the charts when they come.
 */
import { useEffect, useReducer, useState } from 'react';
import { firstDrawn } from '../features/shared/firstDraw';
import { preloadCharts } from '../features/dashboard/lazyCharts';
import { preloadProposalCharts } from '../features/proposals/lazyProposalCharts';
import { lazyChunk } from '../features/shared/lazyChunk';

/** How long the dashboard's code, once in, waits for its charts' code. */
const CHARTS_WAIT_MS = 150;

function loadDashboard() {
  const charts = preloadCharts().catch(() => {});
  return import('../features/dashboard/DashboardPage').then((page) =>
    Promise.race([charts, new Promise((r) => setTimeout(r, CHARTS_WAIT_MS))]).then(() => page),
  );
}

/** The Proposals page waits for its charts' code the same way. */
function loadProposals() {
  const charts = preloadProposalCharts().catch(() => {});
  return import('../features/proposals/ProposalsPage').then((page) =>
    Promise.race([charts, new Promise((r) => setTimeout(r, CHARTS_WAIT_MS))]).then(() => page),
  );
}

const chunks = {
  dashboard: lazyChunk(loadDashboard),
  firstRun: lazyChunk(() => import('../features/firstRun/FirstRunPage')),
  ledger: lazyChunk(() => import('../features/ledger/LedgerPage')),
  settings: lazyChunk(() => import('../features/settings/SettingsPage')),
  import: lazyChunk(() => import('../features/import/ImportPage')),
  compare: lazyChunk(() => import('../features/compare/ComparePage')),
  proposals: lazyChunk(loadProposals),
};

export const DashboardView = chunks.dashboard.component((m) => m.DashboardView);
export const FirstRunPage = chunks.firstRun.component((m) => m.FirstRunPage);
export const LedgerPage = chunks.ledger.component((m) => m.LedgerPage);
export const SettingsPage = chunks.settings.component((m) => m.SettingsPage);
export const ImportPage = chunks.import.component((m) => m.ImportPage);
export const ComparePage = chunks.compare.component((m) => m.ComparePage);
export const ProposalsPage = chunks.proposals.component((m) => m.ProposalsPage);

export type PageName = keyof typeof chunks;

/**
 * Whether the page's code is in (starting to load it if not): a caller that renders the page
 * only then never suspends, so React's reveal throttle never holds it back. A chunk that failed
 * to load counts as ready: rendering the page then lets its error reach the error boundary.
 */
export function usePageReady(name: PageName | null): boolean {
  const [, settled] = useReducer((n: number) => n + 1, 0);
  const chunk = name === null ? null : chunks[name];
  const [failed, setFailed] = useState<PageName | null>(null);
  const ready = chunk !== null && (chunk.loaded() || failed === name);
  useEffect(() => {
    // Also when the chunk came in between the render and now: this render said not ready.
    if (chunk && !ready) chunk.preload().then(settled, () => setFailed(name));
  }, [chunk, name, ready]);
  return ready;
}

/**
 * `/` loads the dashboard only: the first-run page loads once the read finds no account (see
 * usePageReady). It is shown once, the dashboard on every visit, and fetching and running its
 * code beside the dashboard's would hold the dashboard up.
 */
const byPath: Record<string, (keyof typeof chunks)[]> = {
  '/': ['dashboard'],
  '/ledger': ['ledger'],
  '/settings': ['settings'],
  '/import': ['import'],
  '/compare': ['compare'],
  '/proposals': ['proposals'],
};

/** Pages that draw part of themselves late and say when (see firstDraw.ts). */
const drawsLate = new Set(['/', '/proposals']);
/** How long to wait for that at most: a page without an account draws no chart. */
const DRAW_WAIT_MS = 3000;

/** The opening page's own chunks under way, and its late drawing when it has one. */
let opening: Promise<unknown>[] = [];

/** Starts loading the pages `path` may show, without waiting for the router. */
export function preloadPagesFor(path: string): void {
  const key = path.replace(/\/+$/, '') || '/';
  opening = (byPath[key] ?? []).map((name) => chunks[name].preload().catch(() => {}));
  if (drawsLate.has(key)) {
    opening.push(Promise.race([firstDrawn, new Promise((r) => setTimeout(r, DRAW_WAIT_MS))]));
  }
}

/** Resolves once the opening page is drawn (its own chunks in, its charts drawn). */
export function openingDrawn(): Promise<void> {
  return Promise.all(opening).then(() => {});
}

/**
 * Loads every page's code when the browser is idle; a failure only means it loads on demand.
 * Not before the opening page is drawn (its own chunks in, its charts drawn): evaluating the
 * other pages' code in an idle moment before that would hold the page up.
 */
export function preloadPages(): () => void {
  let cancelled = false;
  let cancel = (): void => {};
  const run = (): void => {
    for (const chunk of Object.values(chunks)) chunk.preload().catch(() => {});
  };
  void openingDrawn().then(() => {
    if (cancelled) return;
    if (typeof window.requestIdleCallback === 'function') {
      const handle = window.requestIdleCallback(run, { timeout: 3000 });
      cancel = () => window.cancelIdleCallback(handle);
    } else {
      const timer = setTimeout(run, 1500);
      cancel = () => clearTimeout(timer);
    }
  });
  return () => {
    cancelled = true;
    cancel();
  };
}
