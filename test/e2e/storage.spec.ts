import { restoreLedger } from '../fixtures/restoreInApp';
import { sampleLedger } from '../fixtures/sampleLedger';
import { expect, test } from './fixtures';
import { openNewerDatabase } from './newerDatabase';

const TODAY = new Date('2026-11-21T12:00:00');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test('10,000 entries: the ledger stays virtualised and quick to filter', async ({ page }) => {
  // 10,000 more entries, restored with the sample's: a bonus and a proposal of 1 Connect, alternately.
  const sample = sampleLedger();
  const start = Date.UTC(2026, 7, 11);
  const bulk = Array.from({ length: 10_000 }, (_, i) => {
    const date = new Date(start + Math.floor(i / 100) * 86_400_000).toISOString().slice(0, 10);
    const order = 1000 + i;
    return i % 2 === 0
      ? { date, type: 'bonus' as const, reason: 'promo' as const, connects: 1, order }
      : {
          date,
          type: 'spend' as const,
          connects: 1,
          ref: `Bulk job ${i}`,
          details: `Bulk job ${i}`,
          order,
        };
  });
  await restoreLedger(page, { ...sample, entries: [...sample.entries, ...bulk] });

  const started = Date.now();
  await page.goto('/ledger');
  await expect(page.getByText('10,050 entries', { exact: true })).toBeVisible();
  expect(Date.now() - started).toBeLessThan(5000);
  await expect(page.getByTestId('balance-now')).toHaveText('108 Connects');
  expect(await page.getByRole('row').count()).toBeLessThan(60);

  await page.getByLabel('Search').fill('Bulk job 4321');
  await expect(page.getByText('1 of 10,050 entries')).toBeVisible();
  await expect(page.getByRole('row', { name: /Bulk job 4321/ })).toBeVisible();

  await page.getByLabel('Search').fill('');
  // Rows are measured as they appear, so the bottom moves while scrolling there: retry.
  await expect(async () => {
    await page.locator('.ledger-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(page.getByRole('row', { name: /starting balance 60/i })).toBeVisible({
      timeout: 500,
    });
  }).toPass();
});

test.describe('another tab opens a newer database version', () => {
  test('this tab says so and reloads', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Welcome to Connects Budget' })).toBeVisible();
    const other = await context.newPage();
    await other.goto('/favicon.svg');
    const reloaded = page.waitForEvent('load');
    await openNewerDatabase(other);
    await expect(page.getByText('Connects Budget was updated in another tab.')).toBeVisible();
    await reloaded;
    // Dexie 4 opens a database newer than its declared schema when the tables it knows are there.
    await expect(page.getByRole('heading', { name: 'Welcome to Connects Budget' })).toBeVisible();
    await expect(page.getByText('Connects Budget was updated in another tab.')).toBeHidden();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await other.close();
  });
});

test.describe('offline', () => {
  // Chromium asks for the favicon again on navigation; offline, that request fails harmlessly
  // (a page whose code failed to load would fail the heading checks below).
  test.use({ allowedConsoleErrors: [/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/] });

  test('once loaded, the app keeps working offline', async ({ page, context }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Load sample history' }).click();
    await expect(page.getByTestId('balance')).toContainText('108');
    // The other pages load in the background once the first screen is idle.
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Ledger' }).click();
    await expect(page.getByTestId('balance-now')).toHaveText('108 Connects');
    await nav.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { name: 'Era catalogue' })).toBeVisible();
    await nav.getByRole('link', { name: 'Import' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Import your history' }),
    ).toBeVisible();
    await nav.getByRole('link', { name: 'Compare' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible();
    await context.setOffline(false);
  });
});
