/**
 * Dashboard render time in Chromium against the production build: from the
 * navigation to `/` until the three charts are drawn, with 5,000 and 50,000
 * stored entries. The page's own clock (performance.now(), 0 = navigation start)
 * is read when the charts appear, so Playwright's round trips do not count.
 * `-50k-sw` is the 50,000 one with the app's service worker answering every request; the
 * others are without it (blocked).
 */
import { chromium, type Browser, type Page } from 'playwright-core';
import { todayIso } from '../../src/engine/words';
import { CHROMIUM_LAUNCH } from '../chromium';
import { restoreLedger, type SeedLedger } from '../fixtures/restoreInApp';
import { startPreview } from './builtApp';
import { benchLedger } from './dashboardLedger';
import { median } from './timing';

const RUNS = 5;
const WARM_UP = 2;
/** Loads of each page in turns for the figures with and without the service worker. */
export const PAIRED_RUNS = 15;
export const CHROMIUM_ARGS = CHROMIUM_LAUNCH.args;

/** The dashboard's 50k figure of this run, for the figures measured against it. */
export let dashboard50kMs: number | null = null;

/**
 * Installed before any page script: notes the time the page's `charts` chart svgs are first all
 * there (the dashboard's three by default).
 */
function watchCharts(charts = 3): void {
  const w = window as unknown as { __chartsDrawnAt?: number };
  const check = (): boolean => {
    const svgs = document.querySelectorAll(
      '[data-charts-ready] [data-chart] .recharts-wrapper > svg',
    );
    if (svgs.length < charts) return false;
    w.__chartsDrawnAt = performance.now();
    return true;
  };
  new MutationObserver((_, observer) => {
    if (check()) observer.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true });
}

export async function timeOnce(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => (window as unknown as { __chartsDrawnAt?: number }).__chartsDrawnAt,
    undefined,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

async function timeWith(page: Page, url: string, count: number): Promise<number> {
  return timeLedger(page, url, benchLedger(count, todayIso()));
}

/** Restores `ledger`, loads `url` for the warm-up, then the median of RUNS loads. */
export async function timeLedger(page: Page, url: string, ledger: SeedLedger): Promise<number> {
  await restoreLedger(page, ledger);
  // Warm-up: the HTTP cache, the ledger's snapshot and checkpoint, and the browser's code cache
  // (Chromium makes it on a script's second load and uses it from the third).
  for (let i = 0; i < WARM_UP; i += 1) await timeOnce(page, url);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) times.push(await timeOnce(page, url));
  return median(times);
}

/**
 * 50,000 entries without and with the service worker, each page seeded and warmed up by
 * timeWith, then their loads taken in turns: both figures then see the machine at one speed
 * (it varies 2× between runs). The worker is stopped before each of its loads: a returning
 * visitor's browser has to start it (Chromium stops an idle one after 30 s), part of its cost.
 */
async function timeWithoutAndWithWorker(
  without: Page,
  withWorker: Page,
  url: string,
): Promise<[number, number]> {
  await timeWith(without, url, 50_000);
  await timeWith(withWorker, url, 50_000);
  const cdp = await withWorker.context().newCDPSession(withWorker);
  await cdp.send('ServiceWorker.enable');
  const times: [number[], number[]] = [[], []];
  const runWithout = async () => times[0].push(await timeOnce(without, url));
  const runWith = async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
    times[1].push(await timeOnce(withWorker, url));
  };
  // In turns, each going first every other time: neither always follows the other's load.
  for (let i = 0; i < PAIRED_RUNS; i += 1) {
    for (const run of i % 2 === 0 ? [runWithout, runWith] : [runWith, runWithout]) await run();
  }
  return [median(times[0]), median(times[1])];
}

/** A page of its own context, watching for `charts` charts (the dashboard's three by default). */
export async function newPage(
  browser: Browser,
  url: string,
  serviceWorkers: 'allow' | 'block',
  charts = 3,
): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    baseURL: new URL(url).origin,
    serviceWorkers,
  });
  // tsx (esbuild keepNames) wraps functions in `__name(...)`: give the page a no-op one.
  await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
  await context.addInitScript(watchCharts, charts);
  const page = await context.newPage();
  if (serviceWorkers === 'allow') {
    // Its first visit installs the worker, which keeps the build: from then on it answers.
    await page.goto(url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  }
  return page;
}

export async function benchDashboard(): Promise<string[]> {
  const preview = await startPreview();
  const browser = await chromium.launch({
    ...CHROMIUM_LAUNCH,
  });
  try {
    const url = `${preview.url}/`;
    const page = await newPage(browser, url, 'block');
    const ms5k = await timeWith(page, url, 5_000);
    const [ms50k, sw] = await timeWithoutAndWithWorker(
      page,
      await newPage(browser, url, 'allow'),
      url,
    );
    dashboard50kMs = ms50k;
    return [
      `dashboard-render-5k: ${ms5k.toFixed(0)} ms`,
      `dashboard-render-50k: ${ms50k.toFixed(0)} ms`,
      `dashboard-render-50k-sw: ${sw.toFixed(0)} ms (${(sw / ms50k).toFixed(2)} × without)`,
    ];
  } finally {
    await browser.close();
    preview.stop();
  }
}
