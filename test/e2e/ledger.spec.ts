import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The sample ends on 2026-11-16; pinning "today" keeps the balance at the sample's 108.
const TODAY = new Date('2026-11-21T12:00:00');

async function loadSample(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample history' }).click();
}

async function addProposal(page: Page, title: string, connects: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Add an entry' });
  await form.getByLabel('Job title or reference').fill(title);
  await form.getByLabel('Connects', { exact: true }).fill(connects);
  await form.getByRole('button', { name: 'Add entry' }).click();
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test('first run: the sample history gives the balance the engine computes', async ({ page }) => {
  await loadSample(page);
  await expect(page.getByTestId('balance')).toContainText('108');
  await expect(page).toHaveTitle('Dashboard · Connects Budget');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Ledger' })
    .click();
  await expect(page.getByTestId('balance-now')).toHaveText('108 Connects');
  await expect(page.getByText('50 entries', { exact: true })).toBeVisible();
});

test('first run: the setup form creates the account with today’s balance', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Plan').selectOption('agency-plus');
  await page.getByLabel('Billing cycle day').fill('31');
  await page.getByLabel('Today’s balance (Connects)').fill('57');
  await page.getByRole('button', { name: 'Start my ledger' }).click();
  await expect(page.getByTestId('balance')).toContainText('57');
  await page.goto('/ledger');
  await expect(page.getByTestId('balance-now')).toHaveText('57 Connects');
});

test('a new proposal lowers the balance, survives a reload, and shows in another tab live', async ({
  page,
  context,
}) => {
  await loadSample(page);
  await expect(page.getByTestId('balance')).toContainText('108');
  await page.goto('/ledger');
  await expect(page.getByTestId('balance-now')).toHaveText('108 Connects');

  const other = await context.newPage();
  await other.clock.setFixedTime(TODAY);
  await other.goto('/ledger');
  await expect(other.getByTestId('balance-now')).toHaveText('108 Connects');

  await addProposal(page, 'Landing page copy', '12');
  await expect(page.getByTestId('balance-now')).toHaveText('96 Connects');
  await expect(page.getByRole('row', { name: /Landing page copy/ })).toContainText('96');
  await expect(other.getByTestId('balance-now')).toHaveText('96 Connects');
  await expect(other.getByRole('row', { name: /Landing page copy/ })).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('balance-now')).toHaveText('96 Connects');
  await expect(page.getByRole('row', { name: /Landing page copy/ })).toBeVisible();
  await other.close();
});

test('delete, then Ctrl+Z puts the entry back', async ({ page }) => {
  await loadSample(page);
  await expect(page.getByTestId('balance')).toContainText('108');
  await page.goto('/ledger');
  await addProposal(page, 'Short-lived', '8');
  await expect(page.getByTestId('balance-now')).toHaveText('100 Connects');
  await page.getByRole('button', { name: /^Delete the proposal 'Short-lived'/ }).click();
  await expect(page.getByTestId('balance-now')).toHaveText('108 Connects');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('balance-now')).toHaveText('100 Connects');
  await expect(page.getByRole('row', { name: /Short-lived/ })).toBeVisible();
});
