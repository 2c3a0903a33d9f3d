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

const balance = () => screen.getByTestId('balance-now');

async function addProposal(
  user: ReturnType<typeof userEvent.setup>,
  title: string,
  connects: string,
) {
  const form = screen.getByRole('form', { name: 'Add an entry' });
  await user.type(within(form).getByLabelText('Job title or reference'), title);
  await user.type(within(form).getByLabelText('Connects'), connects);
  await user.click(within(form).getByRole('button', { name: 'Add entry' }));
}

describe('ledger page', () => {
  let db: ConnectsDb;
  beforeEach(async () => {
    db = freshDb();
    await seed(db);
  });

  it('adds, edits, deletes and undoes entries, with the running balance', async () => {
    const user = userEvent.setup();
    renderApp('/ledger');
    await waitFor(() => expect(balance()).toHaveTextContent('100 Connects'), { timeout: 5000 });

    await addProposal(user, 'Logo refresh', '12');
    await waitFor(() => expect(balance()).toHaveTextContent('88 Connects'));
    expect(
      await screen.findByText("Added the proposal 'Logo refresh' (12 Connects)."),
    ).toBeVisible();
    const row = screen.getByRole('row', { name: /Logo refresh/ });
    expect(within(row).getByText('−12')).toBeVisible();
    expect(within(row).getByText('88')).toBeVisible();

    // Edit: the form opens with the entry's values.
    await user.click(
      screen.getByRole('button', {
        name: "Edit the proposal 'Logo refresh' (12 Connects) of 2026-11-21",
      }),
    );
    const edit = screen.getByRole('form', {
      name: "Edit the proposal 'Logo refresh' (12 Connects)",
    });
    const connects = within(edit).getByLabelText('Connects');
    expect(connects).toHaveValue('12');
    await user.clear(connects);
    await user.type(connects, '16');
    await user.click(within(edit).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(balance()).toHaveTextContent('84 Connects'));

    // Ctrl+Z undoes the edit.
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(balance()).toHaveTextContent('88 Connects'));
    expect(
      await screen.findByText("Undone: changed the proposal 'Logo refresh' (12 Connects)."),
    ).toBeVisible();

    // Delete, then the message's Undo button.
    await user.click(
      screen.getByRole('button', {
        name: "Delete the proposal 'Logo refresh' (12 Connects) of 2026-11-21",
      }),
    );
    await waitFor(() => expect(balance()).toHaveTextContent('100 Connects'));
    expect(screen.queryByRole('row', { name: /Logo refresh/ })).not.toBeInTheDocument();
    const toast = screen
      .getByText("Deleted the proposal 'Logo refresh' (12 Connects).")
      .closest('.toast') as HTMLElement;
    await user.click(within(toast).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(balance()).toHaveTextContent('88 Connects'));
    expect(await db.entries.count()).toBe(1);
  });

  it('checks each field as the user types', async () => {
    const user = userEvent.setup();
    renderApp('/ledger');
    const form = await screen.findByRole('form', { name: 'Add an entry' }, { timeout: 5000 });
    const connects = within(form).getByLabelText('Connects');
    await user.type(connects, 'ab');
    expect(connects).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByText('The Connects spent must be a whole number.')).toBeVisible();
    await user.click(within(form).getByRole('button', { name: 'Add entry' }));
    expect(within(form).getByText('Enter the job title or a reference.')).toBeVisible();
    expect(await db.entries.count()).toBe(0);

    await user.selectOptions(within(form).getByLabelText('Type'), 'bonus');
    expect(within(form).getByLabelText('Reason')).toBeVisible();
    await user.selectOptions(within(form).getByLabelText('Type'), 'refund');
    expect(within(form).getByLabelText('Proposal refunded')).toBeVisible();
  });

  it('marks the entries the rules refuse, with the reason in words', async () => {
    const user = userEvent.setup();
    renderApp('/ledger');
    await waitFor(() => expect(balance()).toHaveTextContent('100 Connects'), { timeout: 5000 });
    await addProposal(user, 'Huge bid', '500');
    const row = await screen.findByRole('row', { name: /Huge bid/ });
    expect(
      within(row).getByText('Not applied: Not enough Connects: 500 needed, 100 held'),
    ).toBeVisible();
    expect(balance()).toHaveTextContent('100 Connects');

    const form = screen.getByRole('form', { name: 'Add an entry' });
    const date = within(form).getByLabelText('Date');
    await user.clear(date);
    await user.type(date, '2026-11-01');
    await addProposal(user, 'Too early', '4');
    const early = await screen.findByRole('row', { name: /Too early/ });
    expect(
      within(early).getByText('Not applied: Before the account start (2026-11-10)'),
    ).toBeVisible();

    // A refund for a proposal, then a second one for more than is left.
    await user.clear(date);
    await user.type(date, '2026-11-21');
    await addProposal(user, 'Small job', '6');
    await user.selectOptions(within(form).getByLabelText('Type'), 'refund');
    await user.selectOptions(within(form).getByLabelText('Proposal refunded'), 'Small job');
    await user.type(within(form).getByLabelText('Connects returned'), '8');
    await user.click(within(form).getByRole('button', { name: 'Add entry' }));
    const refund = await screen.findByRole('row', { name: /Refund for 'Small job'/ });
    expect(
      within(refund).getByText(
        'Not applied: More than was spent on this proposal: 8 refunded, 6 left to refund',
      ),
    ).toBeVisible();

    await user.click(screen.getByLabelText('Only entries not applied'));
    await waitFor(() =>
      expect(screen.queryByRole('row', { name: /Small job.*−6/ })).not.toBeInTheDocument(),
    );
    expect(screen.getByText('3 of 4 entries')).toBeVisible();
  });
  it('shows what a refund of "all of it" came to, from the rules', async () => {
    const user = userEvent.setup();
    renderApp('/ledger');
    await waitFor(() => expect(balance()).toHaveTextContent('100 Connects'), { timeout: 5000 });
    await addProposal(user, 'Small job', '6');
    await waitFor(() => expect(balance()).toHaveTextContent('94 Connects'));
    const form = screen.getByRole('form', { name: 'Add an entry' });
    await user.selectOptions(within(form).getByLabelText('Type'), 'refund');
    await user.selectOptions(within(form).getByLabelText('Proposal refunded'), 'Small job');
    await user.click(within(form).getByRole('button', { name: 'Add entry' }));
    await waitFor(() => expect(balance()).toHaveTextContent('100 Connects'));
    const refund = screen.getByRole('row', { name: /Refund for 'Small job'/ });
    expect(within(refund).getByText('+6')).toBeVisible();
    expect(within(refund).getByText('100')).toBeVisible();
  });

  it('offers only the proposals a refund can still reach, with what is left of each', async () => {
    const user = userEvent.setup();
    renderApp('/ledger');
    await waitFor(() => expect(balance()).toHaveTextContent('100 Connects'), { timeout: 5000 });
    await addProposal(user, 'Small job', '6');
    await addProposal(user, 'Big job', '10');
    const form = screen.getByRole('form', { name: 'Add an entry' });
    await user.selectOptions(within(form).getByLabelText('Type'), 'refund');
    const target = within(form).getByLabelText('Proposal refunded');
    expect(
      within(target).getByRole('option', { name: 'Small job (2026-11-21: 6 to refund)' }),
    ).toBeInTheDocument();
    await user.selectOptions(target, 'Small job');
    await user.type(within(form).getByLabelText('Connects returned'), '4');
    await user.click(within(form).getByRole('button', { name: 'Add entry' }));
    await waitFor(() => expect(balance()).toHaveTextContent('88 Connects'));
    await user.selectOptions(within(form).getByLabelText('Type'), 'refund');
    const again = within(form).getByLabelText('Proposal refunded');
    expect(
      within(again).getByRole('option', { name: 'Small job (2026-11-21: 2 of 6 to refund)' }),
    ).toBeInTheDocument();
    await user.selectOptions(again, 'Small job');
    await user.click(within(form).getByRole('button', { name: 'Add entry' }));
    await waitFor(() => expect(balance()).toHaveTextContent('90 Connects'));
    await user.selectOptions(within(form).getByLabelText('Type'), 'refund');
    const options = within(within(form).getByLabelText('Proposal refunded')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Choose…',
      'Big job (2026-11-21: 10 to refund)',
    ]);
  });
});
