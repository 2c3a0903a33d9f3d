/**
 * A new release reaches an open app without surprising it: a new build is put over the served
 * folder (as a static host's deploy does, old files left beside the new); the app offers it,
 * reloads only for the tab whose user asks, and never on its own, unsaved input and all.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { openNewerDatabase } from './newerDatabase';
import { E2E_OUT_DIR } from './server';

const NEXT = 'e2e-next-release';

/** Builds the same sources as release NEXT and puts it over the served build; undone by the returned function. */
function deployNextRelease(): () => void {
  const built = mkdtempSync(join(tmpdir(), 'e2e-next-'));
  const result = spawnSync(
    'npx',
    ['vite', 'build', '--outDir', built, '--emptyOutDir', '--logLevel', 'error'],
    { env: { ...process.env, APP_BUILD: NEXT }, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error(`vite build failed (${result.status})`);
  // The files the new release replaces (the others have new names): put back afterwards, so
  // the specs after this one are served the release the suite was built with.
  const replaced = ['index.html', 'sw.js'].map((name) => ({
    path: join(E2E_OUT_DIR, name),
    text: readFileSync(join(E2E_OUT_DIR, name)),
  }));
  cpSync(built, E2E_OUT_DIR, { recursive: true });
  rmSync(built, { recursive: true, force: true });
  return () => {
    for (const { path, text } of replaced) writeFileSync(path, text);
  };
}

const version = (page: Page) => page.getByRole('contentinfo').getByText(/^Version /);
const balanceField = (page: Page) => page.getByLabel('Today’s balance (Connects)');
const prompt = (page: Page) => page.getByRole('status').filter({ hasText: 'new version' });

async function openControlled(page: Page): Promise<string> {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Connects Budget' })).toBeVisible();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
  return (await version(page).textContent()) ?? '';
}

test('a new release is offered, and loaded only in the tab whose user asks', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const first = await openControlled(page);
  expect(first).not.toBe(`Version ${NEXT}`);
  // Unsaved input, and a mark that a reload would wipe.
  await balanceField(page).fill('57');
  await page.evaluate(() => ((window as { notReloaded?: boolean }).notReloaded = true));
  const stillThisPage = () =>
    page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded === true);

  const undeploy = deployNextRelease();
  try {
    // Another visit (a second tab) is when the browser looks for a new service worker.
    const other = await context.newPage();
    await other.goto('/');
    await expect(version(other)).toHaveText(first);
    await expect(prompt(other)).toContainText('A new version of Connects Budget is ready.');

    // The first tab is told too, and left as it was.
    await expect(prompt(page)).toContainText('A new version of Connects Budget is ready.');
    const { violations } = await new AxeBuilder({ page }).include('.update-prompt').analyze();
    expect(violations.map((v) => v.id)).toEqual([]);
    await page.waitForTimeout(2000);
    expect(await stillThisPage()).toBe(true);
    await expect(balanceField(page)).toHaveValue('57');
    await expect(version(page)).toHaveText(first);

    // The second tab takes it, from the keyboard: the button is in the tab order after the
    // navigation.
    const reloaded = other.waitForEvent('load');
    let onButton = false;
    for (let i = 0; i < 15 && !onButton; i += 1) {
      await other.keyboard.press('Tab');
      onButton = await other.evaluate(
        () => document.activeElement?.textContent === 'Reload to update',
      );
    }
    expect(onButton).toBe(true);
    await other.keyboard.press('Enter');
    await reloaded;
    await expect(version(other)).toHaveText(`Version ${NEXT}`);
    await expect(prompt(other)).toHaveCount(0);

    // The first tab keeps its input and says why it is behind, until its user reloads.
    await expect(prompt(page)).toContainText('was started in another tab');
    await page.waitForTimeout(1000);
    expect(await stillThisPage()).toBe(true);
    await expect(balanceField(page)).toHaveValue('57');
    await page.getByRole('button', { name: 'Reload to update' }).click();
    await expect(version(page)).toHaveText(`Version ${NEXT}`);
    expect(await stillThisPage()).toBe(false);
    await other.close();
  } finally {
    undeploy();
  }
});

test('a new release that upgrades the database: the other tab reloads into it, as before', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  await openControlled(page);
  const undeploy = deployNextRelease();
  try {
    const other = await context.newPage();
    await other.goto('/');
    await other.getByRole('button', { name: 'Reload to update' }).click();
    await expect(version(other)).toHaveText(`Version ${NEXT}`);
    await expect(prompt(page)).toContainText('was started in another tab');

    // The new release opens the database at a higher version (as one with a new schema would):
    // the first tab's storage handling (useDatabaseLifecycle) says so and reloads it.
    const reloaded = page.waitForEvent('load');
    await openNewerDatabase(other);
    await expect(page.getByText('Connects Budget was updated in another tab.')).toBeVisible();
    await reloaded;
    await expect(version(page)).toHaveText(`Version ${NEXT}`);
    await expect(page.getByRole('heading', { name: 'Welcome to Connects Budget' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await other.close();
  } finally {
    undeploy();
  }
});
