/**
 * The Proposals page's render time in Chromium against the production build, measured exactly
 * as `dashboard-render-50k` is (dashboardBench.ts): 50,000 proposals with outcomes restored
 * from a backup on the Settings page, warm-up loads, the median of the loads after them, read on
 * the page's own clock when its two charts are drawn. Printed with its ratio to the dashboard's
 * figure of the same run (target: at most 1.25).
 */
import { chromium } from 'playwright-core';
import { todayIso } from '../../src/engine/words';
import { CHROMIUM_LAUNCH } from '../chromium';
import { startPreview } from './builtApp';
import { dashboard50kMs, timeWith, watchCharts } from './dashboardBench';
import { proposalsPageLedger } from './proposalsLedger';

const PROPOSALS = 50_000;
const CHARTS = 2;

export async function benchProposalsRender(): Promise<string[]> {
  const preview = await startPreview();
  const browser = await chromium.launch({ ...CHROMIUM_LAUNCH });
  try {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      baseURL: preview.url,
    });
    await context.addInitScript({ content: 'globalThis.__name ??= (f) => f;' });
    await context.addInitScript(watchCharts, CHARTS);
    const page = await context.newPage();
    const ms = await timeWith(
      page,
      `${preview.url}/proposals`,
      proposalsPageLedger(PROPOSALS, todayIso()),
    );
    const lines = [`proposals-render-50k: ${ms.toFixed(0)} ms`];
    if (dashboard50kMs !== null) {
      lines.push(
        `proposals-render-ratio: ${(ms / dashboard50kMs).toFixed(2)} × dashboard-render-50k`,
      );
    }
    return lines;
  } finally {
    await browser.close();
    preview.stop();
  }
}
