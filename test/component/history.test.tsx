// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectsDb } from '../../src/db/database';
import { freshDb, renderApp } from './renderApp';
import { seed } from './seed';

vi.mock('../../src/engine/words', async (original) => ({
  ...(await original<typeof import('../../src/engine/words')>()),
  todayIso: () => '2026-11-21',
}));

type User = ReturnType<typeof userEvent.setup>;

const startingBalance = () => screen.getByLabelText<HTMLInputElement>('Starting balance');
const stored = async (db: ConnectsDb) => (await db.account.get('account'))?.startingBalance;

async function saveStartingBalance(user: User, value: string): Promise<void> {
  await user.clear(startingBalance());
  await user.type(startingBalance(), value);
  await user.click(screen.getByRole('button', { name: 'Save account' }));
  await screen.findByText('Saved the account settings.');
}

/** Presses a shortcut with focus on the page, not in a field. */
async function press(user: User, keys: string): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  await user.keyboard(keys);
}

describe('undo and redo', () => {
  let db: ConnectsDb;
  beforeEach(async () => {
    db = freshDb();
    await seed(db);
  });

  it('undoes an account change with Ctrl+Z and redoes it with Ctrl+Shift+Z or Ctrl+Y', async () => {
    const user = userEvent.setup();
    renderApp('/settings');
    await screen.findByRole('button', { name: 'Save account' }, { timeout: 5000 });
    await saveStartingBalance(user, '25');
    expect(await stored(db)).toBe(25);

    await press(user, '{Control>}z{/Control}');
    await screen.findByText('Undone: saved the account settings.');
    await waitFor(async () => expect(await stored(db)).toBe(0));
    await waitFor(() => expect(startingBalance()).toHaveValue('0'));

    await press(user, '{Control>}{Shift>}z{/Shift}{/Control}');
    await screen.findByText('Redone: saved the account settings.');
    await waitFor(async () => expect(await stored(db)).toBe(25));

    await press(user, '{Meta>}z{/Meta}');
    await waitFor(async () => expect(await stored(db)).toBe(0));
    await press(user, '{Control>}y{/Control}');
    await waitFor(async () => expect(await stored(db)).toBe(25));
  });

  it('offers Redo in the message of an undo, and Undo in the message of a redo', async () => {
    const user = userEvent.setup();
    renderApp('/settings');
    await screen.findByRole('button', { name: 'Save account' }, { timeout: 5000 });
    await saveStartingBalance(user, '30');
    const done = screen.getByText('Saved the account settings.').closest('.toast') as HTMLElement;
    await user.click(within(done).getByRole('button', { name: 'Undo' }));
    const undone = (await screen.findByText('Undone: saved the account settings.')).closest(
      '.toast',
    ) as HTMLElement;
    await waitFor(async () => expect(await stored(db)).toBe(0));
    await user.click(within(undone).getByRole('button', { name: 'Redo' }));
    await screen.findByText('Redone: saved the account settings.');
    await waitFor(async () => expect(await stored(db)).toBe(30));
  });

  it('leaves Ctrl+Z to a text field being typed in', async () => {
    const user = userEvent.setup();
    renderApp('/settings');
    await screen.findByRole('button', { name: 'Save account' }, { timeout: 5000 });
    await saveStartingBalance(user, '40');
    // The form is drawn again with the saved account: type in the new one.
    await waitFor(() => expect(startingBalance()).toHaveValue('40'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await user.click(startingBalance());
    await user.keyboard('{Control>}z{/Control}');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await stored(db)).toBe(40);
    expect(screen.queryByText(/^Undone:/)).not.toBeInTheDocument();
  });

  it('spans pages: a change made on one page is undone from another', async () => {
    const user = userEvent.setup();
    const { router } = renderApp('/settings');
    await screen.findByRole('button', { name: 'Save account' }, { timeout: 5000 });
    await saveStartingBalance(user, '50');
    await router.navigate('/ledger');
    await screen.findByRole('heading', { level: 1, name: 'Ledger' });
    await waitFor(() => expect(screen.getByTestId('balance-now')).toHaveTextContent('150'));
    await press(user, '{Control>}z{/Control}');
    await waitFor(() => expect(screen.getByTestId('balance-now')).toHaveTextContent('100'));
  });

  it('undoes choosing a rules era and renaming the custom era in use, keeping the choice', async () => {
    const user = userEvent.setup();
    renderApp('/settings');
    await screen.findByRole('button', { name: 'Save account' }, { timeout: 5000 });
    await user.click(screen.getByRole('button', { name: 'Copy into a new custom era' }));
    await user.click(screen.getByRole('button', { name: 'Save custom era' }));
    await screen.findByText(/^Saved the custom era/);
    await waitFor(() => expect(screen.getByLabelText('A custom era')).toBeEnabled());
    await user.click(screen.getByLabelText('A custom era'));
    await user.click(screen.getByRole('button', { name: 'Use these rules' }));
    await screen.findByText(/^The ledger now replays with/);
    const [custom] = await db.customEras.toArray();
    expect((await db.account.get('account'))?.era).toEqual({ kind: 'custom', id: custom!.id });

    // Renamed while in use: the account follows it to its new id, in one undoable step.
    await user.click(screen.getByRole('button', { name: /^Edit / }));
    const id = screen.getByLabelText('Id');
    await user.clear(id);
    await user.type(id, 'my-rules');
    await user.click(screen.getByRole('button', { name: 'Save custom era' }));
    await waitFor(async () =>
      expect((await db.account.get('account'))?.era).toEqual({ kind: 'custom', id: 'my-rules' }),
    );
    expect((await db.customEras.toArray()).map((c) => c.id)).toEqual(['my-rules']);

    await press(user, '{Control>}z{/Control}');
    await waitFor(async () =>
      expect((await db.account.get('account'))?.era).toEqual({ kind: 'custom', id: custom!.id }),
    );
    expect((await db.customEras.toArray()).map((c) => c.id)).toEqual([custom!.id]);
    await press(user, '{Control>}z{/Control}');
    await waitFor(async () =>
      expect((await db.account.get('account'))?.era).toEqual({ kind: 'auto' }),
    );
  });
});
