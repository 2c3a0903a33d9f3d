/**
 * The Proposals page in Chromium over the shared sample with its outcomes ("Load sample
 * history"): the figures of the samples README, a proposal hired with $500 by keyboard, undone
 * with Ctrl+Z, kept across a reload, and seen live in a second tab.
 */
import type { Page } from '@playwright/test';
import { restoreLedger } from '../fixtures/restoreInApp';
import { sampleWithOutcomes } from '../fixtures/sampleWithOutcomes';
import { expect, test } from './fixtures';

// A fixed "today" after the sample's last proposal (2026-11-16): ages are reproducible.
const TODAY = '2026-12-04';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00`));
  // The sample loads with its proposals' outcomes (shared/samples/proposal-outcomes.csv).
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample history' }).click();
  await expect(page.getByTestId('balance')).toHaveText('108');
});

const figure = (page: Page, id: string) => page.getByTestId(id);

async function chartsDrawn(page: Page): Promise<void> {
  await expect(page.locator('[data-charts-ready]')).toBeVisible();
  await expect(page.locator('[data-chart] .recharts-wrapper > svg')).toHaveCount(2);
}

test('the sample: 79 Connects per interview, $31.60 per hire; a hire of $500, undone, kept, seen in a second tab', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Proposals' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Proposals' })).toBeVisible();
  await expect(page).toHaveTitle('Proposals · Connects Budget');
  await expect(figure(page, 'per-interview')).toHaveText('79 Connects per interview');
  await expect(figure(page, 'per-hire')).toContainText('$31.60 per hire');
  await expect(figure(page, 'hires')).toHaveText('3 hires');
  await expect(figure(page, 'return')).toHaveText('$20.57 earned per $1 of Connects');
  await chartsDrawn(page);

  const other = await context.newPage();
  await other.goto('/proposals');
  await expect(figure(other, 'hires')).toHaveText('3 hires');

  // By keyboard: into the list, the oldest open proposal, H, the amount, Enter.
  const open = page.getByTestId('open-proposals');
  await open.locator('tbody tr').first().focus();
  await page.keyboard.press('h');
  await expect(page.getByLabel(/What did the contract pay/)).toBeFocused();
  await page.keyboard.type('500');
  await page.keyboard.press('Enter');
  await expect(figure(page, 'hires')).toHaveText('4 hires');
  await expect(figure(page, 'return')).toHaveText('$25.84 earned per $1 of Connects');
  await expect(page.getByTestId('return-overall')).toContainText('$2,450.00 earned from 4 hires');
  await expect(page.getByRole('heading', { name: 'Open proposals (10)' })).toBeVisible();
  // The other tab follows, live.
  await expect(figure(other, 'hires')).toHaveText('4 hires');

  // Ctrl+Z undoes it here, and there.
  await page.keyboard.press('Control+z');
  await expect(figure(page, 'hires')).toHaveText('3 hires');
  await expect(figure(page, 'return')).toHaveText('$20.57 earned per $1 of Connects');
  await expect(figure(other, 'hires')).toHaveText('3 hires');

  // Redone, it is stored: a reload shows it, and so does the other tab.
  await page.keyboard.press('Control+Shift+z');
  await expect(figure(page, 'hires')).toHaveText('4 hires');
  await page.reload();
  await expect(figure(page, 'hires')).toHaveText('4 hires');
  await expect(figure(page, 'per-hire')).toContainText('per hire');
  await expect(figure(other, 'hires')).toHaveText('4 hires');
  await chartsDrawn(page);
});

test('several open for more than 30 days marked lost at once, from the keyboard', async ({
  page,
}) => {
  await page.goto('/proposals');
  await expect(page.getByRole('heading', { name: 'Open proposals (11)' })).toBeVisible();
  const select = page.getByRole('button', {
    name: 'Select everything open for more than 30 days (3)',
  });
  await select.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('3 proposals selected.')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Mark 3 selected proposals lost' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Open proposals (8)' })).toBeVisible();
  await expect(page.getByText('Marked 3 proposals lost.')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { name: 'Open proposals (11)' })).toBeVisible();
});

test('the range: the last 90 days, then one cycle, kept in the address', async ({ page }) => {
  await page.goto('/proposals');
  await expect(figure(page, 'per-interview')).toHaveText('79 Connects per interview');
  await page.getByText('Last 90 days').click();
  await expect(page).toHaveURL(/\?range=90d$/);
  await expect(page.getByRole('heading', { name: /in the last 90 days/ })).toBeVisible();
  await page.getByLabel('Billing cycle', { exact: true }).selectOption('2026-08-10');
  await expect(page).toHaveURL(/\?range=2026-08-10$/);
  await expect(page.getByTestId('answer-funnel')).toContainText('Of 13 proposals sent');
  await page.goBack();
  await expect(page).toHaveURL(/\?range=90d$/);
  await chartsDrawn(page);
});

test('the same figures from the sample as a backup (the scenario file, each spend with its outcome)', async ({
  page,
}) => {
  await restoreLedger(page, sampleWithOutcomes());
  await page.goto('/proposals');
  await expect(figure(page, 'per-interview')).toHaveText('79 Connects per interview');
  await expect(figure(page, 'per-hire')).toContainText('$31.60 per hire');
  await expect(page.getByRole('heading', { name: 'Open proposals (11)' })).toBeVisible();
});
