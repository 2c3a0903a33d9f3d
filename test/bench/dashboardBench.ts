/**
 * Dashboard render time in Chromium against the production build: from the
 * navigation to `/` until the three charts are drawn, with 5,000 and 50,000
 * stored entries. The page's own clock (performance.now(), 0 = navigation start)
 * is read when the charts appear, so Playwright's round trips do not count.
 */
import { chromium, type Page } from 'playwright-core';
import { todayIso } from '../../src/engine/words';
import { CHROMIUM_LAUNCH } from '../chromium';
import { restoreLedger, type SeedLedger } from '../fixtures/restoreInApp';
import { startPreview } from './builtApp';
import { benchLedger } from './dashboardLedger';
import { median } from './timing';

const RUNS = 5;
const WARM_UP = 2;
export const CHROMIUM_ARGS = CHROMIUM_LAUNCH.args;

/** The dashboard's 50k figure of this run, for the figures measured against it. */
export let dashboard50kMs: number | null = null;

/**
 * Installed before any page script: notes the time the page's `charts` chart svgs are first all
 * there (the dashboard's three by default).
 */
export function watchCharts(charts = 3): void {
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

async function timeOnce(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => (window as unknown as { __chartsDrawnAt?: number }).__chartsDrawnAt,
    undefined,
    { timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Restores `ledger`, loads `url` for the warm-up, then the median of RUNS loads. */
export async function timeWith(page: Page, url: string, ledger: SeedLedger): Promise<number> {
  await restoreLedger(page, ledger);
  // Warm-up: the HTTP cache, the ledger's snapshot and checkpoint, and the browser's code cache
  // (Chromium makes it on a script's second load and uses it from the third).
  for (let i = 0; i < WARM_UP; i += 1) await timeOnce(page, url);
  const times: number[] = [];
  for (let i = 0; i < RUNS; i += 1) times.push(await timeOnce(page, url));
  return median(times);
}

export async function benchDashboard(): Promise<string[]> {
  const preview = await startPreview();
  const browser = await chromium.launch({
    ...CHROMIUM_LAUNCH,
  });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      baseURL: preview.url,
    });
    // tsx (esbuild keepNames) wraps functions in `__name(...)`: give the page a no-op one.
    await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    await context.addInitScript(watchCharts);
    const page = await context.newPage();
    const url = `${preview.url}/`;
    const lines: string[] = [];
    for (const [count, name] of [
      [5_000, '5k'],
      [50_000, '50k'],
    ] as const) {
      const ms = await timeWith(page, url, benchLedger(count, todayIso()));
      if (count === 50_000) dashboard50kMs = ms;
      lines.push(`dashboard-render-${name}: ${ms.toFixed(0)} ms`);
    }
    return lines;
  } finally {
    await browser.close();
    preview.stop();
  }
}
