/**
 * The Content-Security-Policy (a <meta> in the built index.html, vite.config.ts) is strict and
 * the app lives within it: every page and every flow (first run, sample, charts and their
 * tooltips, entry form, import of pasted text and of a chosen file, CSV and JSON downloads,
 * restore, settings forms, compare) runs without a single `securitypolicyviolation`.
 * A violation also logs a console error, which fixtures.ts fails on as well.
 */
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const SAMPLE = readFileSync(
  new URL('../../../shared/samples/connects-history-copied-rows.txt', import.meta.url),
  'utf8',
);
const SAMPLE_CSV = new URL('../../../shared/samples/connects-history.csv', import.meta.url)
  .pathname;

/** Every violation any page of the test reports, from before the app's first script runs. */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation;
      report(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${location.pathname} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  return violations;
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-21T12:00:00'));
});

/** Moves the pointer over a chart, at a few places, until its tooltip shows. */
async function hoverForTooltip(page: Page, chart: Locator): Promise<void> {
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  const tooltip = chart.locator('.recharts-tooltip-wrapper');
  await expect(async () => {
    for (const at of [0.5, 0.7, 0.9]) {
      await page.mouse.move(box.x + box.width * at, box.y + box.height / 2);
    }
    await expect(tooltip).toBeVisible({ timeout: 500 });
  }).toPass();
}

test('the built page carries a strict policy', async ({ page }) => {
  const html = await (await page.request.get('/')).text();
  const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
  expect(policy).toBeDefined();
  const directives = new Map(
    policy!.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values.join(' ')] as const;
    }),
  );
  expect(Object.fromEntries(directives)).toMatchObject({
    'default-src': "'self'",
    'script-src': "'self'",
    'connect-src': "'self'",
    'object-src': "'none'",
    'base-uri': "'none'",
    'form-action': "'none'",
  });
  // Nothing wider than the app's own origin anywhere: no inline or eval, no blob: or data:.
  expect(policy).not.toMatch(/unsafe-|blob:|data:|\*|https?:/);
  // Before every script and stylesheet, so it governs them all.
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<link'));
});

test.describe('the policy is in force', () => {
  test.use({ allowedConsoleErrors: [/Content Security Policy/] });

  test('an injected inline script is refused and reported', async ({ page }) => {
    const violations = await recordViolations(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      return (window as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations).toEqual([expect.stringMatching(/^script-src-elem /)]);
  });
});

test('first run, the sample, the dashboard, ledger and compare: no violation', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample history' }).click();
  await expect(page.getByTestId('balance')).toHaveText('108');
  const charts = page.locator('[data-charts-ready] [data-chart] .recharts-wrapper');
  await expect(charts).toHaveCount(3);
  for (const chart of await charts.all()) await hoverForTooltip(page, chart);
  await page.getByRole('region', { name: 'Connects available' }).getByText('Show as table').click();
  await expect(page.getByTestId('balance-table')).toBeVisible();
  await page.getByLabel('Proposals per cycle').fill('30');
  const planner = page.getByRole('form', { name: 'Proposals to send' });
  await planner.getByLabel('Proposals', { exact: true }).fill('12');
  await planner.getByLabel('Connects each').fill('8');

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Ledger' }).click();
  await expect(page.getByTestId('balance-now')).toHaveText('108 Connects');
  const form = page.getByRole('form', { name: 'Add an entry' });
  await form.getByLabel('Job title or reference').fill('Landing page copy');
  await form.getByLabel('Connects', { exact: true }).fill('12');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(page.getByTestId('balance-now')).toHaveText('96 Connects');
  await page.getByLabel('Search').fill('Landing');
  await expect(page.getByRole('row', { name: /Landing page copy/ })).toBeVisible();

  await nav.getByRole('link', { name: 'Compare' }).click();
  const compareCharts = page.locator('[data-chart] .recharts-wrapper');
  await expect(compareCharts).toHaveCount(2);
  for (const chart of await compareCharts.all()) await hoverForTooltip(page, chart);
  await page.getByLabel('Proposals per cycle', { exact: true }).fill('40');
  await page.getByLabel('Rules').selectOption('classic');
  await expect(page).toHaveURL(/era=classic/);

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('import, export, backup, restore and settings: no violation', async ({ page }) => {
  const violations = await recordViolations(page);
  // The import of pasted text (parsed in the Web Worker), committed.
  await page.goto('/import');
  await page.getByLabel('Paste your Connects History').fill(SAMPLE);
  await page.getByRole('button', { name: 'Preview pasted text' }).click();
  const pasted = page.getByRole('region', { name: 'Preview of Pasted text' });
  await pasted.getByRole('button', { name: 'Import 50 entries' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 50 entries' })).toBeVisible();

  // A chosen file, read in the page and parsed in the worker.
  await page.getByLabel('History file').setInputFiles(SAMPLE_CSV);
  await expect(page.getByRole('region', { name: 'Preview of connects-history.csv' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Settings: the forms, then the downloads (blob: links) and a restore of the backup.
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
    .click();
  await page.getByLabel('Starting balance').fill('61');
  await page.getByRole('button', { name: 'Save account' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved the account settings.' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Copy into a new custom era' }).click();
  await page.getByRole('button', { name: 'Save custom era' }).click();
  await page.getByLabel('A custom era').check();
  await page.getByRole('button', { name: 'Use these rules' }).click();
  await expect(page.getByText(/^Now: /)).not.toHaveText('Now: automatic eras.');

  const csv = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the ledger as CSV' }).click();
  expect((await csv).suggestedFilename()).toMatch(/^connects-budget-ledger-.*\.csv$/);
  const json = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download a backup (JSON)' }).click();
  const backup = await json;
  expect(backup.suggestedFilename()).toMatch(/^connects-budget-backup-.*\.json$/);
  await page.getByLabel('Backup file').setInputFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: readFileSync((await backup.path())!),
  });
  await page.getByRole('button', { name: 'Replace my ledger' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored backup.json' })).toBeVisible();
  expect(violations).toEqual([]);
});
