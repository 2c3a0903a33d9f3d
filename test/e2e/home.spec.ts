import { expect, test } from './fixtures';

test('an empty ledger opens on the first-run setup', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Connects Budget');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Welcome to Connects Budget' }),
  ).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
});

test('the skip link and the navigation work from the keyboard', async ({ page }) => {
  await page.goto('/');
  // A person presses Tab once the page is there, not while the script is still starting.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Welcome to Connects Budget' }),
  ).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);

  await page.goto('/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: 'Compare' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Compare' })).toBeVisible();
  await expect(page).toHaveTitle('Compare · Connects Budget');

  await page.goto('/no/such/page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
});
