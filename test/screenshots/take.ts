/**
 * `npm run screenshots`: the README's pictures, taken from the production build
 * in Debian's Chromium with the sample history loaded and "today" pinned to
 * 2026-11-21 (the sample ends on Nov 16), so the figures match the README's.
 */
import { readFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { ROOT, startPreview } from '../bench/builtApp';
import { CHROMIUM_LAUNCH } from '../chromium';

const OUT = `${ROOT}test/screenshots`;
const TODAY = new Date('2026-11-21T12:00:00');

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.waitForTimeout(400); // charts finish their first layout
  await page.screenshot({ path: `${OUT}/${name}.png`, fullPage });
  console.log(`test/screenshots/${name}.png`);
}

const preview = await startPreview();
const browser = await chromium.launch({
  ...CHROMIUM_LAUNCH,
});
try {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(TODAY);
  await page.goto(`${preview.url}/`);
  await page.getByRole('button', { name: 'Load sample history' }).waitFor();
  await shoot(page, 'first-run', false);
  await page.getByRole('button', { name: 'Load sample history' }).click();
  await page.locator('[data-charts-ready] [data-chart] .recharts-wrapper > svg').first().waitFor();
  await shoot(page, 'dashboard');
  await page.goto(`${preview.url}/ledger`);
  await page.getByTestId('balance-now').waitFor();
  await shoot(page, 'ledger', false);
  await page.goto(`${preview.url}/proposals`);
  await page.locator('[data-chart] .recharts-wrapper > svg').first().waitFor();
  await page.getByRole('region', { name: 'Worth applying?' }).waitFor();
  await shoot(page, 'proposals');
  await page.goto(`${preview.url}/compare?p=12&c=8&b=0&r=0&bonus=0&h=24&era=auto`);
  await page.locator('.recharts-wrapper > svg').first().waitFor();
  await shoot(page, 'compare');
  await page.goto(`${preview.url}/settings`);
  await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
  await shoot(page, 'settings', false);

  const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const importPage = await fresh.newPage();
  await importPage.clock.setFixedTime(TODAY);
  await importPage.goto(`${preview.url}/import`);
  const rows = readFileSync(`${ROOT}../shared/samples/connects-history-copied-rows.txt`, 'utf8');
  await importPage.getByLabel(/paste/i).first().fill(rows);
  await importPage
    .getByRole('button', { name: /preview/i })
    .first()
    .click();
  await importPage.getByRole('button', { name: /^Import [\d,]+ entries$/ }).waitFor();
  await shoot(importPage, 'import-preview', false);
} finally {
  await browser.close();
  preview.stop();
}
