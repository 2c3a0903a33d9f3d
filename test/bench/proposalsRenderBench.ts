/**
 * The Proposals page's render time in Chromium against the production build, measured as
 * `dashboard-render-50k` is (dashboardBench.ts): the service worker blocked, 50,000 proposals
 * with outcomes restored from a backup on the Settings page, the warm-up loads of `timeLedger`,
 * then the median of PAIRED_RUNS loads (as many as the dashboard's figure takes), read on the
 * page's own clock when its two charts are drawn. Printed with its ratio to the dashboard's
 * figure of the same run (target: at most 1.25).
 */
import { chromium } from 'playwright-core';
import { todayIso } from '../../src/engine/words';
import { CHROMIUM_LAUNCH } from '../chromium';
import { startPreview } from './builtApp';
import { dashboard50kMs, newPage, PAIRED_RUNS, timeLedger, timeOnce } from './dashboardBench';
import { proposalsPageLedger } from './proposalsLedger';
import { median } from './timing';

const PROPOSALS = 50_000;
const CHARTS = 2;

export async function benchProposalsRender(): Promise<string[]> {
  const preview = await startPreview();
  const browser = await chromium.launch({ ...CHROMIUM_LAUNCH });
  try {
    const url = `${preview.url}/proposals`;
    const page = await newPage(browser, url, 'block', CHARTS);
    await timeLedger(page, url, proposalsPageLedger(PROPOSALS, todayIso()));
    const times: number[] = [];
    for (let i = 0; i < PAIRED_RUNS; i += 1) times.push(await timeOnce(page, url));
    const ms = median(times);
    const lines = [`proposals-render-50k: ${ms.toFixed(0)} ms`];
    if (dashboard50kMs !== null) {
      const ratio = ms / dashboard50kMs;
      lines.push(`proposals-render-ratio: ${ratio.toFixed(2)} × dashboard-render-50k`);
    }
    return lines;
  } finally {
    await browser.close();
    preview.stop();
  }
}
