// @vitest-environment jsdom
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getHistory } from '../../src/commands';
import type { ConnectsDb } from '../../src/db/database';
import { readAllEntries } from '../../src/db/entryPages';
import { readAllOutcomes } from '../../src/db/outcomes';
import { worthInitialFromQuery } from '../../src/features/shared/worthLink';
import { freshDb, renderApp } from './renderApp';
import { PLUS_ACCOUNT, seed } from './seed';

vi.mock('../../src/engine/words', async (original) => ({
  ...(await original<typeof import('../../src/engine/words')>()),
  todayIso: () => '2026-11-21',
}));

// Live queries and their redraws take longer when the whole suite shares two cores.
configure({ asyncUtilTimeout: 5000 });

type User = ReturnType<typeof userEvent.setup>;

const spend = (date: string, title: string, connects: number) => ({
  date,
  type: 'spend' as const,
  connects,
  ref: title,
  details: title,
});

const outcomeButton = (title: string) =>
  screen.getByRole('button', { name: new RegExp(`^Outcome of the proposal '${title}'`) });

async function outcomeOf(db: ConnectsDb, title: string) {
  const entry = (await readAllEntries(db)).find((e) => e.details === title);
  return (await readAllOutcomes(db)).get(entry?.id as number);
}

/** Presses keys with focus on the page, not in a field (the undo shortcut's way). */
async function pressOnPage(user: User, keys: string): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  await user.keyboard(keys);
}

describe('a proposal’s outcome on its ledger row', { timeout: 30_000 }, () => {
  let db: ConnectsDb;
  beforeEach(async () => {
    db = freshDb();
    await seed(db, undefined, [
      spend('2026-11-12', 'Logo refresh', 12),
      spend('2026-11-13', 'Refunded job', 8),
      { date: '2026-11-14', type: 'refund', ref: 'Refunded job' },
      { ...spend('2026-11-15', 'Profile', 10), kind: 'profile-boost' },
      spend('2026-11-16', 'Huge bid', 500),
    ]);
  });

  it('moves a proposal on by keyboard alone, one undoable step each', async () => {
    const user = userEvent.setup();
    renderApp('/ledger');
    const button = await screen.findByRole(
      'button',
      { name: /^Outcome of the proposal 'Logo refresh'/ },
      { timeout: 5000 },
    );
    expect(button).toHaveTextContent('Sent');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    // The menu is built only when opened.
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();

    button.focus();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu', { name: /^Move the proposal 'Logo refresh'/ });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(within(menu).getByRole('menuitem', { name: 'Viewed' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(outcomeButton('Logo refresh')).toHaveTextContent('Viewed'));
    expect(await outcomeOf(db, 'Logo refresh')).toEqual({ stage: 'viewed' });
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(outcomeButton('Logo refresh')).toHaveFocus();
    expect(
      await screen.findByText("Marked the proposal 'Logo refresh' (12 Connects) viewed."),
    ).toBeVisible();

    // Escape closes the menu, back on the button.
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('menuitem', { name: 'Interview' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(outcomeButton('Logo refresh')).toHaveFocus();

    // Hired, with what it earned: a bad amount is named at the field.
    await user.keyboard('{ArrowDown}{ArrowRight}');
    expect(screen.getByRole('menuitem', { name: 'Hired…' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const amount = screen.getByLabelText('Earned (USD)');
    expect(amount).toHaveFocus();
    await user.keyboard('12x{Enter}');
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/Enter the amount in dollars, such as 500/)).toBeVisible();
    await user.clear(amount);
    await user.keyboard('20000000{Enter}');
    expect(screen.getByText('The amount is too large: at most 10,000,000.')).toBeVisible();
    await user.clear(amount);
    await user.keyboard('1,250.50{Enter}');
    await waitFor(() => expect(outcomeButton('Logo refresh')).toHaveTextContent('Hired $1,250.50'));
    expect(await outcomeOf(db, 'Logo refresh')).toEqual({
      stage: 'hired',
      result: 'hired',
      decidedOn: '2026-11-21',
      earnedUsd: 1250.5,
    });
    expect(outcomeButton('Logo refresh')).toHaveFocus();

    // Ctrl+Z takes the hire back.
    await pressOnPage(user, '{Control>}z{/Control}');
    await waitFor(() => expect(outcomeButton('Logo refresh')).toHaveTextContent('Viewed'));
    expect(await outcomeOf(db, 'Logo refresh')).toEqual({ stage: 'viewed' });
  });

  it('reads a fully refunded proposal as cancelled until the user says otherwise', async () => {
    const user = userEvent.setup();
    renderApp('/ledger');
    const button = await screen.findByRole(
      'button',
      { name: /^Outcome of the proposal 'Refunded job'/ },
      { timeout: 5000 },
    );
    expect(button).toHaveTextContent('Cancelled');
    button.focus();
    await user.keyboard('{Enter}');
    const items = within(screen.getByRole('menu')).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Viewed',
      'Interview',
      'Hired…',
      'Lost',
      'Withdrawn',
      'Still open',
    ]);
    await user.keyboard('{End}');
    expect(screen.getByRole('menuitem', { name: 'Still open' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(outcomeButton('Refunded job')).toHaveTextContent('Sent'));
    expect(await outcomeOf(db, 'Refunded job')).toEqual({ result: 'open' });
  });

  it('shows no outcome on a spend of another kind or on one the rules refused', async () => {
    renderApp('/ledger');
    await screen.findByRole(
      'button',
      { name: /^Outcome of the proposal 'Logo refresh'/ },
      { timeout: 5000 },
    );
    const boost = screen.getByRole('row', { name: /Profile/ });
    expect(within(boost).getByText('Profile boost')).toBeVisible();
    expect(within(boost).queryByRole('button', { name: /^Outcome/ })).not.toBeInTheDocument();
    const refused = screen.getByRole('row', { name: /Huge bid/ });
    expect(within(refused).queryByRole('button', { name: /^Outcome/ })).not.toBeInTheDocument();
  });
});

describe('an interview in an era with an interview bonus', { timeout: 30_000 }, () => {
  it('offers to record the bonus, which the rules then apply', async () => {
    const db = freshDb();
    await seed(db, { ...PLUS_ACCOUNT, era: { kind: 'fixed', id: 'free-monthly-2020' } }, [
      spend('2026-11-12', 'Logo refresh', 12),
    ]);
    const user = userEvent.setup();
    renderApp('/ledger');
    const button = await screen.findByRole(
      'button',
      { name: /^Outcome of the proposal 'Logo refresh'/ },
      { timeout: 5000 },
    );
    const before = Number(screen.getByTestId('balance-now').textContent?.replace(/\D/g, ''));
    button.focus();
    await user.keyboard('{Enter}{ArrowRight}');
    expect(screen.getByRole('menuitem', { name: 'Interview' })).toHaveFocus();
    await user.keyboard('{Enter}');
    const offer = await screen.findByRole('button', {
      name: 'Record the interview bonus (Nov 21, 2026)',
    });
    expect(screen.getByRole('group', { name: /^Interview bonus for/ })).toHaveTextContent(
      'This era gives 10 Connects per interview (at most 50 in 7 days).',
    );
    expect(offer).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByTestId('balance-now')).toHaveTextContent(`${before + 10} Connects`),
    );
    const bonus = (await readAllEntries(db)).find((e) => e.type === 'bonus');
    expect(bonus).toMatchObject({
      date: '2026-11-21',
      reason: 'interview',
      details: 'Interview: Logo refresh',
    });
    expect(bonus?.connects).toBeUndefined();
    expect(await outcomeOf(db, 'Logo refresh')).toEqual({ stage: 'interview' });
    expect(outcomeButton('Logo refresh')).toHaveFocus();
  });

  it('offers nothing in an era without one', async () => {
    const db = freshDb();
    await seed(db, undefined, [spend('2026-11-12', 'Logo refresh', 12)]);
    const user = userEvent.setup();
    renderApp('/ledger');
    const button = await screen.findByRole(
      'button',
      { name: /^Outcome of the proposal 'Logo refresh'/ },
      { timeout: 5000 },
    );
    button.focus();
    await user.keyboard('{Enter}{ArrowRight}{Enter}');
    await waitFor(() => expect(outcomeButton('Logo refresh')).toHaveTextContent('Interview'));
    expect(screen.queryByRole('group', { name: /^Interview bonus for/ })).toBeNull();
  });
});

describe(
  'the proposal form: what a spend is for, tags and the job’s signals',
  { timeout: 30_000 },
  () => {
    let db: ConnectsDb;
    beforeEach(async () => {
      db = freshDb();
      await seed(db);
    });

    const addForm = () => screen.getByRole('form', { name: 'Add an entry' });

    it('records another kind of spend with its kind, untitled if need be', async () => {
      const user = userEvent.setup();
      renderApp('/ledger');
      const form = await screen.findByRole('form', { name: 'Add an entry' }, { timeout: 5000 });
      await user.selectOptions(within(form).getByLabelText('What for'), 'profile-boost');
      expect(within(form).getByLabelText('Note')).toBeVisible();
      expect(within(form).queryByLabelText('Boost (extra Connects bid)')).not.toBeInTheDocument();
      expect(within(form).queryByText('Tags and the job’s signals (optional)')).toBeNull();
      await user.type(within(form).getByLabelText('Connects'), '10');
      await user.click(within(form).getByRole('button', { name: 'Add entry' }));
      await waitFor(async () => expect(await db.entries.count()).toBe(1));
      const [entry] = await readAllEntries(db);
      expect(entry).toMatchObject({
        kind: 'profile-boost',
        connects: 10,
        details: 'Profile boost',
      });
      expect((await readAllOutcomes(db)).size).toBe(0);
      const row = await screen.findByRole('row', { name: /Profile boost/ });
      expect(within(row).queryByRole('button', { name: /^Outcome/ })).not.toBeInTheDocument();
    });

    it('adds a proposal with its tags and signals in one step, with the check as they are typed', async () => {
      const user = userEvent.setup();
      renderApp('/ledger');
      const form = await screen.findByRole('form', { name: 'Add an entry' }, { timeout: 5000 });
      await user.type(within(form).getByLabelText('Job title or reference'), 'Landing page');
      await user.type(within(form).getByLabelText('Connects'), '12');
      await user.click(within(form).getByText('Tags and the job’s signals (optional)'));
      await user.type(await within(form).findByLabelText('Tags'), 'react, landing');
      await user.type(within(form).getByLabelText('Client’s hire rate (%)'), '30');
      await user.selectOptions(within(form).getByLabelText('Payment verified'), 'no');
      const check = within(form).getByTestId('job-check');
      expect(within(check).getByText('Skip it')).toBeVisible();

      // The full check, with the form's values.
      const link = within(form).getByRole('link', { name: /^Worth applying\?/ });
      const href = link.getAttribute('href') ?? '';
      expect(href.startsWith('/proposals?check&')).toBe(true);
      expect(worthInitialFromQuery(href.slice(href.indexOf('?')))).toEqual({
        connects: 12,
        title: 'Landing page',
        tags: ['react', 'landing'],
        signals: { hireRate: 30, paymentVerified: false },
      });

      // A bad signal is named at its field and stops the save.
      await user.type(within(form).getByLabelText('Freelancers interviewing'), 'two');
      expect(
        within(form).getByText('The number interviewing must be a whole number, 0 or more.'),
      ).toBeVisible();
      await user.click(within(form).getByRole('button', { name: 'Add entry' }));
      expect(await db.entries.count()).toBe(0);
      await user.clear(within(form).getByLabelText('Freelancers interviewing'));

      const steps = getHistory().undo.length;
      await user.click(within(form).getByRole('button', { name: 'Add entry' }));
      await screen.findByText("Added the proposal 'Landing page' (12 Connects).");
      expect(getHistory().undo.length).toBe(steps + 1);
      expect(await outcomeOf(db, 'Landing page')).toEqual({
        tags: ['react', 'landing'],
        signals: { hireRate: 30, paymentVerified: false },
      });
    });

    it('edits the tags and signals with the entry, keeping how the proposal went, one step', async () => {
      const user = userEvent.setup();
      renderApp('/ledger');
      const form = await screen.findByRole('form', { name: 'Add an entry' }, { timeout: 5000 });
      await user.type(within(form).getByLabelText('Job title or reference'), 'API work');
      await user.type(within(form).getByLabelText('Connects'), '6');
      await user.click(within(form).getByText('Tags and the job’s signals (optional)'));
      await user.type(await within(form).findByLabelText('Tags'), 'api');
      await user.click(within(form).getByRole('button', { name: 'Add entry' }));
      await screen.findByText("Added the proposal 'API work' (6 Connects).");

      // Mark it viewed from the row, then edit it.
      const button = await screen.findByRole('button', {
        name: /^Outcome of the proposal 'API work'/,
      });
      button.focus();
      await user.keyboard('{Enter}{Enter}');
      await waitFor(async () =>
        expect(await outcomeOf(db, 'API work')).toEqual({ stage: 'viewed', tags: ['api'] }),
      );
      await user.click(screen.getByRole('button', { name: /^Edit the proposal 'API work'/ }));
      const edit = screen.getByRole('form', { name: "Edit the proposal 'API work' (6 Connects)" });
      const tags = within(edit).getByLabelText('Tags');
      expect(tags).toHaveValue('api');
      await user.clear(tags);
      await user.type(tags, 'api, backend');
      await user.selectOptions(within(edit).getByLabelText('The client invited you'), 'yes');
      const steps = getHistory().undo.length;
      await user.click(within(edit).getByRole('button', { name: 'Save changes' }));
      await waitFor(async () =>
        expect(await outcomeOf(db, 'API work')).toEqual({
          stage: 'viewed',
          tags: ['api', 'backend'],
          signals: { invited: true },
        }),
      );
      expect(getHistory().undo.length).toBe(steps + 1);

      await pressOnPage(user, '{Control>}z{/Control}');
      await waitFor(async () =>
        expect(await outcomeOf(db, 'API work')).toEqual({ stage: 'viewed', tags: ['api'] }),
      );
      expect(addForm()).toBeVisible();
    });
  },
);
