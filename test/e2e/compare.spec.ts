import type { Page } from '@playwright/test';
import {
  comparePace,
  recommendationFrom,
  recommendationSentence,
  type ComparePace,
} from '../../src/engine/compare';
import { expect, test } from './fixtures';

// A fixed "today" after the sample's last entry (2026-11-16), so every figure is reproducible.
const TODAY = '2026-11-21';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00`));
});

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });

/** The pace the page's fields hold, as the engine takes it. */
async function paceOnPage(page: Page): Promise<ComparePace> {
  const value = async (label: string) => Number(await field(page, label).inputValue());
  return {
    proposalsPerCycle: await value('Proposals per cycle'),
    connectsPerProposal: await value('Connects per proposal'),
    boostPerProposal: await value('Boost per proposal'),
    refundShare: (await value('Refunded (%)')) / 100,
    bonusPerCycle: await value('Bonus per cycle'),
  };
}

const sentenceFor = (pace: ComparePace) =>
  recommendationSentence(recommendationFrom(comparePace({ era: 'auto', pace, cycles: 24 }), pace));

test('the sample history compared: pace in the URL, reload and back restore the inputs', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample history' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Compare' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible();
  await expect(page).toHaveTitle('Compare · Connects Budget');

  // The history under each plan, both charts drawn, and the pace filled in from the history.
  await expect(page.getByTestId('history-totals').locator('tbody tr')).toHaveCount(3);
  await expect(page.locator('[data-chart] .recharts-wrapper > svg')).toHaveCount(2);
  await expect(page.getByTestId('pace-source')).toContainText('Filled in from your history');
  const own = await paceOnPage(page);
  const recommendation = page.getByTestId('recommendation');
  await expect(recommendation).toHaveText(sentenceFor(own));

  // A busier pace: the recommendation follows, and leaving the field records it in the URL.
  await field(page, 'Proposals per cycle').fill('40');
  await expect(recommendation).toHaveText(sentenceFor({ ...own, proposalsPerCycle: 40 }));
  await field(page, 'Proposals per cycle').press('Tab');
  await expect(page).toHaveURL(/[?&]p=40(&|$)/);

  await field(page, 'Connects per proposal').fill('4');
  await field(page, 'Connects per proposal').press('Enter');
  await expect(page).toHaveURL(/[?&]c=4(&|$)/);
  const cheap = { ...own, proposalsPerCycle: 40, connectsPerProposal: 4 };
  await expect(recommendation).toHaveText(sentenceFor(cheap));

  // The URL alone brings the comparison back.
  await page.reload();
  await expect(field(page, 'Proposals per cycle')).toHaveValue('40');
  await expect(field(page, 'Connects per proposal')).toHaveValue('4');
  await expect(recommendation).toHaveText(sentenceFor(cheap));

  // Back steps through the committed changes.
  await page.goBack();
  await expect(field(page, 'Connects per proposal')).toHaveValue(String(own.connectsPerProposal));
  await expect(field(page, 'Proposals per cycle')).toHaveValue('40');
  await page.goBack();
  await expect(page).toHaveURL(/\/compare$/);
  await expect(field(page, 'Proposals per cycle')).toHaveValue(String(own.proposalsPerCycle));
  await expect(recommendation).toHaveText(sentenceFor(own));
});

test('the era choice replays the history and goes into the URL', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample history' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.goto('/compare');
  const basic = page.getByTestId('history-totals').locator('tr[data-plan="freelancer-basic"]');
  await expect(basic).toContainText('$72.00');
  await page.getByLabel('Rules').selectOption('classic');
  await expect(page).toHaveURL(/era=classic/);
  // Under the classic rules Basic cannot buy Connects: 23 of the sample's proposals stay unsent.
  await expect(basic.locator('td').last()).toHaveText('23');
  await expect(page.getByTestId('break-even')).toContainText(
    'from 4 proposals a cycle Freelancer Basic cannot send them all and Freelancer Plus can',
  );
  await page.goBack();
  await expect(page.getByLabel('Rules')).toHaveValue('auto');
  await expect(basic).toContainText('$72.00');
});
