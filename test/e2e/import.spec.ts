import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const SAMPLE = readFileSync(
  new URL('../../../shared/samples/connects-history-copied-rows.txt', import.meta.url),
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
