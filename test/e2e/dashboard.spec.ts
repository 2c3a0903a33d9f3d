import type { Page } from '@playwright/test';
import { ledgerInput } from '../../src/db/ledgerInput';
import type { EntryRecord } from '../../src/db/records';
import { forecast, stateAt } from '../../src/engine';
import { benchLedger } from '../bench/dashboardLedger';
import { restoreLedger, type SeedLedger } from '../fixtures/restoreInApp';
import { sampleLedger } from '../fixtures/sampleLedger';
import { expect, test } from './fixtures';

// A fixed "today" after the sample's last entry (2026-11-16), so every figure is reproducible.
const TODAY = '2026-11-21';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00`));
});

function engineFigures({ account, entries }: SeedLedger) {
  const { input } = ledgerInput(account, entries as EntryRecord[]);
  const idle = forecast({
    history: input,
    today: TODAY,
    pace: { proposalsPerCycle: 0, connectsPerProposal: 0 },
    cycles: 12,
  });
  return { state: stateAt(input, TODAY), idle };
}

async function chartsDrawn(page: Page): Promise<void> {
  await expect(page.locator('[data-charts-ready]')).toBeVisible();
  await expect(page.locator('[data-chart] .recharts-wrapper > svg')).toHaveCount(3);
}

test('the sample history: balance, statement and expiry as the engine computes them', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample history' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const { state, idle } = engineFigures(sampleLedger());
  expect(state.balance).toBe(108);
  await expect(page.getByTestId('balance')).toHaveText(String(state.balance));
  await expect(page.getByTestId('cycle-spent')).toHaveText(`−${state.machine.cycle.spent}`);
  const [first] = idle.risk;
  if (first) {
    await expect(page.getByTestId('risk-idle').getByTestId('risk-sentence').first()).toContainText(
      `${first.connects} Connects expire on`,
    );
  }
  await chartsDrawn(page);
});

test('hovering a chart shows its tooltip, drawn only once the pointer comes', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample history' }).click();
  await chartsDrawn(page);
  await expect(page.locator('.recharts-tooltip-wrapper')).toHaveCount(0);
  const chart = page.locator('[data-chart="chart-balance"] .recharts-wrapper');
  await chart.scrollIntoViewIfNeeded();
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width * 0.92, box.y + box.height / 2);
  const tooltip = page.locator('[data-chart="chart-balance"] .recharts-tooltip-wrapper');
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText('Allotment');
});

test('the charts’ tables are reachable and open from the keyboard', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample history' }).click();
  await chartsDrawn(page);
  await page.getByRole('radio', { name: '12' }).focus();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: '6' })).toBeChecked();
  let onSummary = false;
  for (let i = 0; i < 10 && !onSummary; i += 1) {
    await page.keyboard.press('Tab');
    onSummary = await page.evaluate(() => document.activeElement?.textContent === 'Show as table');
  }
  expect(onSummary).toBe(true);
  await page.keyboard.press('Enter');
  const table = page.getByRole('table', { name: /Connects available per cycle/ });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Allotment' })).toBeVisible();
});

test('a long seeded ledger: the dashboard agrees with the engine', async ({ page }) => {
  const ledger = benchLedger(5_000, TODAY);
  await restoreLedger(page, ledger);
  await page.goto('/');
  const { state } = engineFigures(ledger);
  await expect(page.getByTestId('balance')).toHaveText(state.balance.toLocaleString('en-US'));
  await chartsDrawn(page);
  // A chart's table is built once asked for.
  await page.getByRole('region', { name: 'Connects available' }).getByText('Show as table').click();
  const rows = page.getByTestId('balance-table').locator('tbody tr');
  await expect(rows).toHaveCount(12);
  await page.getByRole('radio', { name: 'All' }).check();
  await expect(rows).toHaveCount(state.machine.statements.length + 1);
  // Lots are listed by lapse date: the first few, the rest built only when asked for.
  const dates = new Set(state.lots.map((l) => l.lapses));
  await expect(page.getByTestId('lots-table').locator('tbody tr')).toHaveCount(6);
  await page.getByText(`${dates.size - 6} later lapse dates`).click();
  await expect(
    page.getByRole('table', { name: 'Later lapse dates' }).locator('tbody tr'),
  ).toHaveCount(dates.size - 6);
});

test('every load agrees with the engine, and follows a change made in another tab', async ({
  page,
  context,
}) => {
  const ledger = benchLedger(3_000, TODAY);
  await restoreLedger(page, ledger);
  const { state } = engineFigures(ledger);
  const expectFigures = async (balance: number, spent: number) => {
    await expect(page.getByTestId('balance')).toHaveText(balance.toLocaleString('en-US'));
    await expect(page.getByTestId('cycle-spent')).toHaveText(`−${spent.toLocaleString('en-US')}`);
    await chartsDrawn(page);
  };
  for (let load = 0; load < 3; load += 1) {
    await page.goto('/');
    await expectFigures(state.balance, state.machine.cycle.spent);
  }

  // Another tab records a purchase: this one shows it live, and every later load too.
  const other = await context.newPage();
  await other.goto('/ledger');
  const form = other.getByRole('form', { name: 'Add an entry' });
  await form.getByLabel('Type').selectOption('purchase');
  await form.getByLabel('Connects bought').fill('40');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(other.getByText('Added the purchase of 40 Connects.')).toBeVisible();
  const purchase = { date: TODAY, type: 'purchase' as const, connects: 40, order: 999 };
  const after = engineFigures({ ...ledger, entries: [...ledger.entries, purchase] }).state;
  expect(after.balance).toBe(state.balance + 40);
  await expectFigures(after.balance, after.machine.cycle.spent);
  await page.reload();
  await expectFigures(after.balance, after.machine.cycle.spent);
});
