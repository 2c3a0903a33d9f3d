// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectsDb } from '../../src/db/database';
import { ledgerInput } from '../../src/db/ledgerInput';
import { replay, stateAt } from '../../src/engine/replay';
import { freshDb, renderApp } from './renderApp';
import { countEntries, readAllEntries } from '../../src/db/entryPages';

vi.mock('../../src/engine/words', async (original) => ({
  ...(await original<typeof import('../../src/engine/words')>()),
  todayIso: () => '2026-11-21',
}));

describe('first run', () => {
  let db: ConnectsDb;
  beforeEach(() => {
    db = freshDb();
  });

  it('checks the answers as typed, then creates the account so today’s balance is the one typed', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Welcome to Connects Budget' });

    await user.selectOptions(screen.getByLabelText('Plan'), 'freelancer-plus');
    const day = screen.getByLabelText('Billing cycle day');
    await user.type(day, '40');
    expect(day).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('The cycle day must be a whole number from 1 to 31.')).toBeVisible();
    expect(day.getAttribute('aria-describedby')).toMatch(/error/);
    await user.clear(day);
    await user.type(day, '10');
    expect(day).toHaveAttribute('aria-invalid', 'false');
    await user.type(screen.getByLabelText('Today’s balance (Connects)'), '130');
    await user.click(screen.getByRole('button', { name: 'Start my ledger' }));

    await waitFor(async () => expect(await db.account.get('account')).toBeDefined());
    const account = await db.account.get('account');
    expect(account).toMatchObject({
      plan: 'freelancer-plus',
      cycleDay: 10,
      start: '2026-11-10',
      startingBalance: 30,
      era: { kind: 'auto' },
    });
    const entries = await readAllEntries(db);
    expect(stateAt(ledgerInput(account!, entries).input, '2026-11-21').balance).toBe(130);
  });

  it('loads the sample history as one import batch, ending at the balance the engine computes (108)', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Load sample history' }));
    await waitFor(async () => expect(await db.batches.count()).toBe(1), { timeout: 5000 });

    const account = await db.account.get('account');
    expect(account).toMatchObject({
      plan: 'freelancer-plus',
      cycleDay: 10,
      start: '2026-08-10',
      startingBalance: 60,
    });
    const entries = await readAllEntries(db);
    const batch = (await db.batches.toArray())[0];
    expect(entries.every((e) => e.batchId === batch?.id && typeof e.key === 'string')).toBe(true);
    expect(entries.filter((e) => e.type === 'spend')).toHaveLength(42);
    const result = replay(ledgerInput(account!, entries).input);
    expect(result.rejected).toEqual([]);
    expect(result.cycles.at(-1)?.closing).toBe(108);

    await router.navigate('/ledger');
    expect(await screen.findByTestId('balance-now', {}, { timeout: 5000 })).toHaveTextContent(
      '108 Connects',
    );
  });

  it('undoing the sample import returns the app to its first run', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Load sample history' }));
    await waitFor(async () => expect(await db.batches.count()).toBe(1), { timeout: 5000 });
    await router.navigate('/settings');
    // Settings points to where imports are undone.
    const status = await screen.findByTestId('storage-status', {}, { timeout: 5000 });
    const storage = within(status.closest('section') as HTMLElement);
    expect(await storage.findByText(/One import/)).toBeVisible();
    await user.click(
      storage.getByRole('link', { name: 'See and undo imports on the Import page' }),
    );
    const imports = await screen.findByRole('region', { name: 'Your imports' }, { timeout: 5000 });
    await user.click(
      await within(imports).findByRole('button', { name: /Undo the import sample-history\.csv/ }),
    );
    await user.click(within(imports).getByRole('button', { name: 'Yes, undo this import' }));
    await waitFor(async () => expect(await db.account.count()).toBe(0));
    expect(await countEntries(db)).toBe(0);
    await router.navigate('/');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Connects Budget' }),
    ).toBeVisible();
  }, 20_000);
});
