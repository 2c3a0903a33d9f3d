/**
 * A proposal's outcome on its ledger row and the proposal form's tags and signals, in Chromium:
 * by keyboard, axe-clean with the menu and the forms open, kept across a reload and live in
 * another tab.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const TODAY = new Date('2026-11-21T12:00:00');

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

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test('a proposal with its signals, moved on by keyboard to hired, kept and shared', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Load sample history' }).click();
  await expect(page.getByTestId('balance')).toContainText('108');
  await page.goto('/ledger');
  await expect(page.getByTestId('balance-now')).toHaveText('108 Connects');

  const form = page.getByRole('form', { name: 'Add an entry' });
  await form.getByLabel('Job title or reference').fill('Landing page copy');
  await form.getByLabel('Connects', { exact: true }).fill('12');
  await form.getByText('Tags and the job’s signals (optional)').click();
  await form.getByLabel('Tags').fill('copywriting');
  await form.getByLabel('Client’s hire rate (%)').fill('35');
  await form.getByLabel('Freelancers interviewing').fill('x');
  await expect(form.getByTestId('job-check')).toContainText('Think twice');
  await audit(page, 'the proposal form with its signals');
  await form.getByLabel('Freelancers interviewing').fill('');
  await form.getByRole('button', { name: 'Add entry' }).click();
  await expect(page.getByTestId('balance-now')).toHaveText('96 Connects');

  const other = await context.newPage();
  await other.clock.setFixedTime(TODAY);
  await other.goto('/ledger');
  const otherButton = other.getByRole('button', {
    name: /^Outcome of the proposal 'Landing page copy'/,
  });
  await expect(otherButton).toHaveText(/Sent/);

  const button = page.getByRole('button', { name: /^Outcome of the proposal 'Landing page copy'/ });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menuitem', { name: 'Viewed' })).toBeFocused();
  await audit(page, 'the ledger with an outcome menu open');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('menuitem', { name: 'Hired…' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Earned (USD)')).toBeFocused();
  await audit(page, 'the ledger with the hire form open');
  await page.keyboard.type('500');
  await page.keyboard.press('Enter');
  await expect(button).toHaveText(/Hired \$500\.00/);
  await expect(button).toBeFocused();
  await expect(otherButton).toHaveText(/Hired \$500\.00/);

  await page.reload();
  await expect(
    page.getByRole('button', { name: /^Outcome of the proposal 'Landing page copy'/ }),
  ).toHaveText(/Hired \$500\.00/);
  await other.close();
});
