/**
 * The service worker keeps the whole build: after one visit, every page opens with the network
 * off, with the stored ledger. Reloads and typed addresses here, not in-app links (those are in
 * storage.spec.ts): each one is a navigation the worker has to answer.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const SAMPLE = readFileSync(
  new URL('../../../shared/samples/connects-history-copied-rows.txt', import.meta.url),
  'utf8',
);

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-21T12:00:00'));
});

/** Waits until the service worker has kept every file and answers this page's requests. */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/**
 * Offline, a request the worker does not answer fails at the network. One the next navigation
 * cancels (an idle preload of another page's code) fails as ERR_ABORTED before any answer, so
 * it says nothing about the network and is left out.
 */
function requestsThatReachedNetwork(page: Page): string[] {
  const reached: string[] = [];
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') reached.push(`${r.url()}: ${error}`);
  });
  return reached;
}

test('after one visit, every page opens offline with the stored ledger', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample history' }).click();
  await expect(page.getByTestId('balance')).toContainText('108');
  await controlledByServiceWorker(page);

  await context.setOffline(true);
  // Nothing reaches the server from here on: a request that did would fail the test.
  const reachedNetwork = requestsThatReachedNetwork(page);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByTestId('balance')).toHaveText('108');
  await expect(
    page.locator('[data-charts-ready] [data-chart] .recharts-wrapper > svg'),
  ).toHaveCount(3);

  await page.goto('/ledger');
  await expect(page.getByTestId('balance-now')).toHaveText('108 Connects');
  await expect(page.getByText('50 entries', { exact: true })).toBeVisible();

  await page.goto('/compare');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible();
  await expect(page.getByTestId('history-totals').locator('tbody tr')).toHaveCount(3);
  await expect(page.locator('[data-chart] .recharts-wrapper > svg')).toHaveCount(2);

  await page.goto('/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import your history' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your imports' })).toContainText(
    'sample-history.csv',
  );

  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('Starting balance')).toHaveValue('60');

  // Any other address is the app's too (its not-found page), from the same kept index.html.
  await page.goto('/some/later/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();

  await page.goto('/');
  await expect(page.getByTestId('balance')).toHaveText('108');
  expect(reachedNetwork).toEqual([]);
  await context.setOffline(false);
});

test('`/` and its files are answered from the caches by static routes, the worker stopped', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample history' }).click();
  await expect(page.getByTestId('balance')).toContainText('108');
  await controlledByServiceWorker(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const answered = new Map<string, string>();
  cdp.on('Network.responseReceived', ({ response }) => {
    const path = new URL(response.url).pathname;
    const route = response.serviceWorkerRouterInfo?.actualSourceType;
    answered.set(path, route ?? (response.fromServiceWorker ? 'worker' : 'network'));
  });
  // As on a returning visit: Chromium has stopped the idle worker.
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.reload();
  await expect(page.getByTestId('balance')).toHaveText('108');
  // The static routes (src/serviceWorker/staticRoutes.js) answered from the caches.
  expect(answered.get('/')).toBe('cache');
  const assets = [...answered].filter(([path]) => path.startsWith('/assets/'));
  expect(assets.length).toBeGreaterThan(5);
  expect(assets.filter(([, route]) => route !== 'cache')).toEqual([]);
  // Other addresses go to the worker's own handler, as before.
  await page.goto('/ledger');
  await expect(page.getByTestId('balance-now')).toHaveText('108 Connects');
  expect(answered.get('/ledger')).toBe('worker');
});

test('the import parses offline, in its worker, from the kept build', async ({ page, context }) => {
  await page.goto('/import');
  await controlledByServiceWorker(page);
  await context.setOffline(true);
  await page.reload();
  const reachedNetwork = requestsThatReachedNetwork(page);
  const worker = page.waitForEvent('worker');
  await page.getByLabel('Paste your Connects History').fill(SAMPLE);
  await page.getByRole('button', { name: 'Preview pasted text' }).click();
  expect((await worker).url()).toMatch(/\/assets\/parse\.worker-[\w-]+\.js$/);
  await expect(
    page.getByRole('region', { name: 'Preview of Pasted text' }).getByTestId('import-summary'),
  ).toContainText('50 new entries');
  expect(reachedNetwork).toEqual([]);
  await context.setOffline(false);
});
