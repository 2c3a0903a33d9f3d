import { expect, test } from './fixtures';

test('home page shows the app heading', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Connects Budget');
  await expect(page.getByRole('heading', { level: 1, name: 'Connects Budget' })).toBeVisible();
});
