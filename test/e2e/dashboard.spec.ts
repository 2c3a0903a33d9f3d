import type { Page } from '@playwright/test';
import { ledgerInput } from '../../src/db/ledgerInput';
import type { AccountRecord, EntryRecord } from '../../src/db/records';
import { forecast, stateAt } from '../../src/engine';
import { benchLedger, type StoredLedger } from '../bench/dashboardLedger';
import { seedLedgerInPage } from '../bench/seedIdb';
import { expect, test } from './fixtures';

// A fixed "today" after the sample's last entry (2026-11-16), so every figure is reproducible.
const TODAY = '2026-11-21';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T12:00:00`));
});

/** The stored ledger, read back from the page's IndexedDB. */
async function storedLedger(page: Page): Promise<StoredLedger> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('connects-budget');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const [accounts, single, pages] = await Promise.all([
      all<AccountRecord>('account'),
      all<EntryRecord>('entries'),
      // An import's rows are stored as pages of entries (src/db/entryPages.ts).
      all<{ rows: EntryRecord[] }>('entryPages'),
    ]);
    db.close();
    const entries = [...single, ...pages.flatMap((p) => p.rows)];
    return { account: accounts[0] as AccountRecord, entries };
  });
}

function engineFigures({ account, entries }: StoredLedger) {
  const { input } = ledgerInput(account, entries);
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
  const { state, idle } = engineFigures(await storedLedger(page));
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
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(seedLedgerInPage, ledger);
  await page.reload();
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

test('loads from its snapshot and checkpoint agree with the engine, and notice a change made behind their back', async ({
  page,
}) => {
  const ledger = benchLedger(3_000, TODAY);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(seedLedgerInPage, ledger);
  await page.reload();
  await chartsDrawn(page);
  const kvKeys = () =>
    page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('connects-budget');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const keys = await new Promise<IDBValidKey[]>((resolve) => {
        const request = db.transaction('kv').objectStore('kv').getAllKeys();
        request.onsuccess = () => resolve(request.result);
      });
      db.close();
      return keys.map(String).sort();
    });
  await expect.poll(kvKeys).toEqual(['ledger-checkpoint', 'ledger-rev', 'ledger-snapshot']);

  const { state } = engineFigures(ledger);
  await page.reload();
  await expect(page.getByTestId('balance')).toHaveText(state.balance.toLocaleString('en-US'));
  await expect(page.getByTestId('cycle-spent')).toHaveText(
    `−${state.machine.cycle.spent.toLocaleString('en-US')}`,
  );
  await chartsDrawn(page);

  // A purchase written straight into IndexedDB, past the app: the next load must show it.
  const purchase = { date: TODAY, type: 'purchase' as const, connects: 40, order: 999 };
  await page.evaluate(async (entry) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('connects-budget');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('entries', 'readwrite');
      tx.objectStore('entries').add(entry);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, purchase);
  await page.reload();
  const after = engineFigures({ ...ledger, entries: [...ledger.entries, purchase] }).state;
  expect(after.balance).not.toBe(state.balance);
  await expect(page.getByTestId('balance')).toHaveText(after.balance.toLocaleString('en-US'));
});

test('a page left as soon as its charts are drawn still leaves its snapshot and checkpoint', async ({
  page,
}) => {
  const ledger = benchLedger(50_000, TODAY);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.evaluate(seedLedgerInPage, ledger);
  // The first load reads every entry; the moment its charts are in, the user goes elsewhere.
  await page.goto('/', { waitUntil: 'commit' });
  await page.waitForFunction(
    () => document.querySelectorAll('[data-charts-ready] .recharts-wrapper > svg').length === 3,
    undefined,
    { polling: 'raf', timeout: 30_000 },
  );
  await page.goto('/not-here');
  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('connects-budget');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const get = (key: string) =>
      new Promise<{ rev?: string; count?: number } | undefined>((resolve) => {
        const request = db.transaction('kv').objectStore('kv').get(key);
        request.onsuccess = () => resolve(request.result?.value);
      });
    const [rev, snapshot, checkpoint] = await Promise.all([
      get('ledger-rev'),
      get('ledger-snapshot'),
      get('ledger-checkpoint'),
    ]);
    db.close();
    return { rev, snapshot: snapshot?.rev, checkpoint: checkpoint?.rev, count: snapshot?.count };
  });
  expect(stored.rev).toEqual(expect.any(String));
  expect(stored).toEqual({
    rev: stored.rev,
    snapshot: stored.rev,
    checkpoint: stored.rev,
    count: ledger.entries.length,
  });
});
