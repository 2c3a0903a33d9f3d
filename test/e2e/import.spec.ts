import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const SAMPLE = readFileSync(
  new URL('../../../shared/samples/connects-history-copied-rows.txt', import.meta.url),
  'utf8',
);

const OUTCOMES = readFileSync(
  new URL('../../../shared/samples/proposal-outcomes.csv', import.meta.url),
  'utf8',
);

// After the sample's last row (2026-11-16) and before the next cycle: the balance is the page's.
test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-21T12:00:00'));
});

test('paste the copied History page, preview, confirm, then undo the import', async ({ page }) => {
  await page.goto('/import');
  await page.getByLabel('Paste your Connects History').fill(SAMPLE);
  await page.getByRole('button', { name: 'Preview pasted text' }).click();

  const preview = page.getByRole('region', { name: 'Preview of Pasted text' });
  await expect(preview.getByTestId('import-summary')).toContainText(
    '42 proposals (21 with a boost), 3 purchases, 3 refunds, 2 bonuses — 50 new entries',
  );
  await expect(preview).toContainText('The page’s balance, 108 Connects, is what the rules give');
  await preview.getByRole('button', { name: 'Import 50 entries' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added 50 entries' })).toContainText(
    '✓ Added 50 entries, 0 already in your ledger.',
  );

  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  await expect(page.getByTestId('balance')).toHaveText('108');

  await page.getByRole('link', { name: 'Import', exact: true }).click();
  const imports = page.getByRole('region', { name: 'Your imports' });
  await imports.getByRole('button', { name: 'Undo the import Pasted text' }).click();
  await imports.getByRole('button', { name: 'Yes, undo this import' }).click();
  await expect(imports).toContainText('No imports yet.');

  await page.getByRole('link', { name: 'Dashboard', exact: true }).click();
  // The import had set up the account: undoing it leaves the app as new.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Welcome to Connects Budget' }),
  ).toBeVisible();
  await page.getByRole('link', { name: 'Ledger', exact: true }).click();
  await expect(page.getByText('There is no account yet.')).toBeVisible();
});

test('an outcomes file after the sample: previewed in the worker, applied in one step, undone by Ctrl+Z', async ({
  page,
}) => {
  await page.goto('/import');
  await page.getByLabel('Paste your Connects History').fill(SAMPLE);
  await page.getByRole('button', { name: 'Preview pasted text' }).click();
  await page
    .getByRole('region', { name: 'Preview of Pasted text' })
    .getByRole('button', { name: 'Import 50 entries' })
    .click();
  await expect(page.getByText('✓ Added 50 entries')).toBeVisible();

  await page.getByLabel('History file').setInputFiles({
    name: 'proposal-outcomes.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(OUTCOMES),
  });
  const preview = page.getByRole('region', { name: 'Preview of proposal-outcomes.csv' });
  await expect(preview.getByTestId('outcomes-summary')).toHaveText(
    '42 proposals’ outcomes updated; 0 not found; 0 matching more than one. No entry is added.',
  );
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  await preview.getByRole('button', { name: 'Update 42 proposals' }).click();
  await expect(
    page.getByText('✓ Updated the outcomes of 42 proposals; no entry added.'),
  ).toBeVisible();
  const imports = page.getByRole('region', { name: 'Your imports' });
  await expect(imports).toContainText('proposal-outcomes.csv · outcomes of 42 proposals');

  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(imports).not.toContainText('proposal-outcomes.csv');
  await expect(imports).toContainText('Pasted text · 50 entries');
});
