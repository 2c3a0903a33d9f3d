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

async function openSettings() {
  renderApp('/settings');
  return screen.findByRole('heading', { level: 1, name: 'Settings' }, { timeout: 5000 });
}

describe('settings page', () => {
  let db: ConnectsDb;
  beforeEach(async () => {
    db = freshDb();
    await seed(db);
  });

  it('shows the era catalogue with each value’s source and the assumed values marked', async () => {
    await openSettings();
    const noCap = screen.getByRole('region', { name: /No rollover cap \(June 2023\)/ });
    const fee = within(noCap).getByRole('row', { name: /Monthly fee/ });
    const [basic, plus] = within(fee).getAllByRole('cell');
    expect(plus).toHaveTextContent('$19.99 assumed');
    expect(basic).toHaveTextContent('free');
    expect(basic).not.toHaveTextContent('assumed');
    const allotment = within(noCap).getByRole('row', { name: /Connects per cycle/ });
    expect(within(allotment).getAllByRole('cell')[1]).toHaveTextContent('100 assumed');
    expect(within(noCap).getByRole('row', { name: /^Source/ })).toHaveTextContent(
      'the platform\'s "Connects balance, rollover, and history" help page',
    );

    const classic = screen.getByRole('region', { name: /Classic/ });
    expect(within(classic).getByText('In force from').nextElementSibling).toHaveTextContent(
      '2016-01-01 assumed',
    );
    const classicSource = within(classic).getByRole('row', { name: /^Source/ });
    expect(within(classicSource).getAllByRole('cell')[2]).toHaveTextContent(
      "the platform's Agency Memberships help page",
    );
  });

  it('makes a custom era from a copy, refusing invalid numbers with a message', async () => {
    const user = userEvent.setup();
    await openSettings();
    await user.selectOptions(await screen.findByLabelText('Copy from'), 'no-cap-2023');
    await user.click(screen.getByRole('button', { name: 'Copy into a new custom era' }));
    const plus = screen.getByRole('group', { name: 'Freelancer Plus' });
    const allotment = within(plus).getByLabelText('Connects per cycle');
    expect(allotment).toHaveValue('100');
    await user.clear(allotment);
    await user.type(allotment, '-5');
    expect(allotment).toHaveAttribute('aria-invalid', 'true');
    expect(within(plus).getByText('Must not be negative.')).toBeVisible();
    await user.clear(allotment);
    await user.type(allotment, '12.5');
    expect(within(plus).getByText('Must be a whole number.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Save custom era' }));
    expect(await db.customEras.count()).toBe(0);
    expect(allotment).toHaveFocus();

    await user.clear(allotment);
    await user.type(allotment, '120');
    await user.click(screen.getByRole('button', { name: 'Save custom era' }));
    await waitFor(async () => expect(await db.customEras.count()).toBe(1));
    const saved = (await db.customEras.toArray())[0];
    expect(saved?.era.plans['freelancer-plus']?.allotment).toBe(120);

    // Choose it: the ledger then replays with it.
    await user.click(await screen.findByLabelText('A custom era'));
    await user.click(screen.getByRole('button', { name: 'Use these rules' }));
    await waitFor(async () =>
      expect((await db.account.get('account'))?.era).toEqual({ kind: 'custom', id: saved?.id }),
    );
  });

  it('checks the account fields as typed', async () => {
    const user = userEvent.setup();
    await openSettings();
    const start = await screen.findByLabelText('Ledger start');
    await user.clear(start);
    await user.type(start, '2026-11-12');
    expect(
      screen.getByText(
        '2026-11-12 is not a cycle start for cycle day 10: the cycle containing it starts on 2026-11-10.',
      ),
    ).toBeVisible();
    expect(start).toHaveAttribute('aria-invalid', 'true');
    await user.clear(start);
    await user.type(start, '2026-10-10');
    await user.clear(screen.getByLabelText('Starting balance'));
    await user.type(screen.getByLabelText('Starting balance'), '25');
    await user.click(screen.getByRole('button', { name: 'Save account' }));
    await waitFor(async () =>
      expect(await db.account.get('account')).toMatchObject({
        start: '2026-10-10',
        startingBalance: 25,
      }),
    );
  });

  it('shows the storage status', async () => {
    await openSettings();
    expect(await screen.findByTestId('storage-status')).toHaveTextContent(
      /Storage: .*may be cleared by the browser/,
    );
  });
});
