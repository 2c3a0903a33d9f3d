/**
 * An automated WCAG 2.1 A/AA audit (axe-core) of every page, with the sample history loaded
 * and the import preview and forms open: what a screen-reader or keyboard user meets first.
 * The hand-written checks (labels, keyboard paths, table alternatives) stay in the other specs.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { restoreLedger } from '../fixtures/restoreInApp';
import { sampleWithOutcomes } from '../fixtures/sampleWithOutcomes';
import { expect, test } from './fixtures';

const SAMPLE = readFileSync(
  new URL('../../../shared/samples/connects-history-copied-rows.txt', import.meta.url),
  'utf8',
);

async function audit(page: Page, what: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const found = violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect(found, `accessibility problems on ${what}`).toEqual([]);
}

test('the first-run setup and the not-found page', async ({ page }) => {
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Welcome to Connects Budget' }),
  ).toBeVisible();
  await audit(page, 'the first-run setup');
  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await audit(page, 'the not-found page');
});

test('every page with the sample history', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample history' }).click();
  await expect(page.getByTestId('balance')).toContainText('108');
  await expect(page.locator('[data-charts-ready] [data-chart] svg').first()).toBeVisible();
  await audit(page, 'the dashboard');

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Ledger' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ledger' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Refund/ }).first()).toBeVisible();
  await audit(page, 'the ledger');

  await nav.getByRole('link', { name: 'Proposals' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Proposals' })).toBeVisible();
  await expect(page.locator('[data-charts-ready] [data-chart] svg').first()).toBeVisible();
  await expect(page.getByTestId('group-boost')).toBeVisible();
  await audit(page, 'the proposals page');

  await nav.getByRole('link', { name: 'Compare' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible();
  await expect(page.locator('[data-chart] svg').first()).toBeVisible();
  await audit(page, 'compare');

  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await audit(page, 'settings');
});

test('the import page with a preview open', async ({ page }) => {
  await page.goto('/import');
  await expect(page.getByRole('heading', { level: 1, name: 'Import' })).toBeVisible();
  await audit(page, 'the empty import page');
  await page.getByLabel('Paste your Connects History').fill(SAMPLE);
  await page.getByRole('button', { name: 'Preview pasted text' }).click();
  await expect(page.getByRole('region', { name: /^Preview of/ })).toBeVisible();
  await audit(page, 'the import preview');
});

test('the proposals page with outcomes, its tables and the hire form open', async ({ page }) => {
  await restoreLedger(page, sampleWithOutcomes());
  await page.goto('/proposals');
  await expect(page.getByTestId('per-interview')).toHaveText('79 Connects per interview');
  await expect(page.locator('[data-charts-ready] [data-chart] svg').first()).toBeVisible();
  await expect(page.getByTestId('group-tag')).toBeVisible();
  for (const toggle of await page.getByText('Show as table').all()) await toggle.click();
  await page.getByTestId('open-proposals').locator('tbody tr').first().focus();
  await page.keyboard.press('h');
  await expect(page.getByLabel(/What did the contract pay/)).toBeFocused();
  await audit(page, 'the proposals page with its tables and the hire form');
});
