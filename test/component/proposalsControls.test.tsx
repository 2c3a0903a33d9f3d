// @vitest-environment jsdom
/**
 * Moving open proposals on from the Proposals page: by keyboard alone and by click, a hire with
 * what it paid, several marked lost at once, each change undoable, and the interview bonus
 * offered in the era that pays one.
 */
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectsDb } from '../../src/db/database';
import { readAllEntries } from '../../src/db/entryPages';
import { readAllOutcomes } from '../../src/db/outcomes';
import { undoStep } from '../../src/store/perform';
import { seedProposals } from './proposalsSeed';
import { freshDb, renderApp } from './renderApp';
import { PLUS_ACCOUNT } from './seed';

vi.mock('../../src/engine/words', async (original) => ({
  ...(await original<typeof import('../../src/engine/words')>()),
  todayIso: () => '2026-12-04',
}));

const TODAY = '2026-12-04';

const openHeading = () => screen.getByRole('heading', { level: 2, name: /^Open proposals/ });
const openRows = () => within(screen.getByTestId('open-proposals')).getAllByRole('row').slice(1);
const rowOf = (title: string) =>
  within(screen.getByTestId('open-proposals')).getByRole('row', { name: new RegExp(`^${title},`) });
const idOfRow = (row: HTMLElement): number => Number(row.dataset.id);

async function openPage() {
  renderApp('/proposals');
  // The first test also waits for the page's code to load.
  await screen.findByTestId('open-proposals', {}, { timeout: 5000 });
}

/** Tabs from the top of the page until a proposal's row has the focus. */
async function tabIntoList(user: UserEvent): Promise<HTMLElement> {
  for (let i = 0; i < 60; i += 1) {
    await user.tab();
    const focus = document.activeElement as HTMLElement | null;
    if (focus?.matches('tr[data-id]')) return focus;
  }
  throw new Error('no row reached by Tab');
}

// Each test walks through several changes, each waiting for the page to read it back.
describe('open proposals of the sample', { timeout: 30_000 }, () => {
  let db: ConnectsDb;

  beforeEach(async () => {
    db = freshDb();
    await seedProposals(db);
  });

  it('lists them oldest first with their age, and moves them on by keyboard alone', async () => {
    const user = userEvent.setup();
    await openPage();
    expect(openHeading()).toHaveTextContent('Open proposals (11)');
    // The keys are on the page, open.
    const keys = screen.getByText('Keyboard').closest('details') as HTMLElement;
    expect(keys).toHaveAttribute('open');
    expect(keys).toHaveTextContent(/V viewed, I interview, H hired .* L lost, W withdrawn/);
    const [first, second] = openRows();
    expect(first).toHaveTextContent('Technical writer: API docs');
    expect(first).toHaveTextContent('65 days');
    expect(first).toHaveTextContent('Interview');
    expect(second).toHaveTextContent('Node.js backend for a booking app #307');

    // L on the oldest: lost today; the focus goes on to the proposal now first.
    expect(await tabIntoList(user)).toBe(first);
    await user.keyboard('l');
    await waitFor(() => expect(openHeading()).toHaveTextContent('Open proposals (10)'));
    const writer = (await readAllOutcomes(db)).get(idOfRow(first as HTMLElement));
    expect(writer).toMatchObject({ stage: 'interview', result: 'lost', decidedOn: TODAY });
    await waitFor(() => expect(document.activeElement).toBe(openRows()[0]));
    expect(document.activeElement).toHaveTextContent('Node.js backend for a booking app #307');

    // ↓ then V on a proposal only sent: viewed, still open, still in focus.
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toHaveTextContent(
      'Senior React developer for a fintech dashboard #664',
    );
    const react = idOfRow(document.activeElement as HTMLElement);
    await user.keyboard('v');
    await waitFor(() =>
      expect(rowOf('Senior React developer for a fintech dashboard #664')).toHaveTextContent(
        'Viewed',
      ),
    );
    expect(document.activeElement).toBe(
      rowOf('Senior React developer for a fintech dashboard #664'),
    );
    expect(openHeading()).toHaveTextContent('Open proposals (10)');
    // The list only moves proposals on: a viewed one offers no "Viewed", and V leaves it be.
    const viewedRow = () => rowOf('Senior React developer for a fintech dashboard #664');
    await waitFor(() =>
      expect(within(viewedRow()).queryByRole('button', { name: /^Viewed/ })).toBeNull(),
    );
    expect(within(viewedRow()).getByRole('button', { name: /^Interview/ })).toBeInTheDocument();
    await user.keyboard('v');
    expect((await readAllOutcomes(db)).get(react)).toMatchObject({ stage: 'viewed' });

    // H asks what it paid; Enter saves: one more hire, and the return follows.
    await user.keyboard('h');
    const paid = screen.getByLabelText(/What did the contract pay/);
    expect(paid).toHaveFocus();
    await user.keyboard('500{Enter}');
    await waitFor(() => expect(screen.getByTestId('hires')).toHaveTextContent('4 hires'));
    expect((await readAllOutcomes(db)).get(react)).toMatchObject({
      stage: 'hired',
      result: 'hired',
      earnedUsd: 500,
      decidedOn: TODAY,
    });
    expect(await screen.findByTestId('return-overall')).toHaveTextContent(
      '$2,450.00 earned from 4 hires',
    );
    expect(openHeading()).toHaveTextContent('Open proposals (9)');

    // Ctrl+Z undoes the hire, then the view: each change was one step.
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() => expect(screen.getByTestId('hires')).toHaveTextContent('3 hires'));
    expect(openHeading()).toHaveTextContent('Open proposals (10)');
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(() =>
      expect(rowOf('Senior React developer for a fintech dashboard #664')).toHaveTextContent(
        /Sent/,
      ),
    );
  });

  it('moves one on with one click, and withdraws one', async () => {
    const user = userEvent.setup();
    await openPage();
    const logo = rowOf('Logo refresh for a bakery');
    const logoId = idOfRow(logo);
    // Withdrawn at once after Interview, before the page has read the interview back: the
    // second builds on the first.
    await user.click(
      within(logo).getByRole('button', { name: 'Interview: Logo refresh for a bakery' }),
    );
    // No interview bonus in the sample's era (no-cap-2023).
    expect(screen.queryByTestId('bonus-offer')).toBeNull();
    await user.click(
      within(rowOf('Logo refresh for a bakery')).getByRole('button', {
        name: 'Withdrawn: Logo refresh for a bakery',
      }),
    );
    await waitFor(() => expect(openHeading()).toHaveTextContent('Open proposals (10)'));
    expect((await readAllOutcomes(db)).get(logoId)).toMatchObject({
      stage: 'interview',
      result: 'withdrawn',
      decidedOn: TODAY,
    });
    expect(
      await screen.findByText(
        "Marked the proposal 'Logo refresh for a bakery' (12 Connects) withdrawn.",
      ),
    ).toBeVisible();
  });

  it('refuses an amount that is not dollars, and Escape leaves the proposal as it was', async () => {
    const user = userEvent.setup();
    await openPage();
    const writer = openRows()[0] as HTMLElement;
    const writerId = idOfRow(writer);
    await user.click(within(writer).getByRole('button', { name: /^Hired/ }));
    await user.keyboard('lots{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(
      '"lots" is not an amount of dollars: enter what the contract paid',
    );
    expect(screen.getByLabelText(/What did the contract pay/)).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByLabelText(/What did the contract pay/)).toBeNull();
    expect(document.activeElement).toBe(openRows()[0]);
    expect(openHeading()).toHaveTextContent('Open proposals (11)');
    // Blank: hired, what it paid not known yet.
    await user.keyboard('h{Enter}');
    await waitFor(() => expect(openHeading()).toHaveTextContent('Open proposals (10)'));
    const outcome = (await readAllOutcomes(db)).get(writerId);
    expect(outcome).toMatchObject({ stage: 'hired', result: 'hired' });
    expect(outcome).not.toHaveProperty('earnedUsd');
  });

  it('marks everything open for more than 30 days lost in one step, undone in one', async () => {
    const user = userEvent.setup();
    await openPage();
    await user.click(
      screen.getByRole('button', { name: 'Select everything open for more than 30 days (3)' }),
    );
    expect(screen.getByText('3 proposals selected.')).toBeInTheDocument();
    const selected = openRows().filter((r) => within(r).getByRole('checkbox').matches(':checked'));
    const staleIds = selected.map(idOfRow);
    expect(selected.map((r) => r.textContent)).toEqual([
      expect.stringContaining('65 days'),
      expect.stringContaining('51 days'),
      expect.stringContaining('31 days'),
    ]);
    await user.click(screen.getByRole('button', { name: 'Mark 3 selected proposals lost' }));
    await waitFor(() => expect(openHeading()).toHaveTextContent('Open proposals (8)'));
    expect(screen.getByText('None selected.')).toBeInTheDocument();
    const outcomes = await readAllOutcomes(db);
    expect(staleIds.map((id) => outcomes.get(id))).toEqual([
      expect.objectContaining({ stage: 'interview', result: 'lost', decidedOn: TODAY }),
      expect.objectContaining({ stage: 'viewed', result: 'lost', decidedOn: TODAY }),
      expect.objectContaining({ stage: 'interview', result: 'lost', decidedOn: TODAY }),
    ]);
    expect(openRows().every((r) => !/\b(65|51|31) days/.test(r.textContent ?? ''))).toBe(true);
    const message = await screen.findByText('Marked 3 proposals lost.');
    await user.click(
      within(message.closest('[role="status"], li, div') as HTMLElement).getByRole('button', {
        name: 'Undo',
      }),
    );
    await waitFor(() => expect(openHeading()).toHaveTextContent('Open proposals (11)'));
  });

  it('selects by keyboard too, and marks only those', async () => {
    const user = userEvent.setup();
    await openPage();
    await tabIntoList(user);
    await user.keyboard('x{ArrowDown}{ArrowDown} ');
    expect(screen.getByText('2 proposals selected.')).toBeInTheDocument();
    await user.keyboard('{ArrowUp} ');
    expect(screen.getByText('3 proposals selected.')).toBeInTheDocument();
    await user.keyboard(' ');
    expect(screen.getByText('2 proposals selected.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mark 2 selected proposals lost' }));
    await waitFor(() => expect(openHeading()).toHaveTextContent('Open proposals (9)'));
    const rows = openRows();
    expect(rows[0]).toHaveTextContent('Node.js backend for a booking app #307');
    expect(rows[1]).toHaveTextContent('Node.js backend for a booking app');
    await act(async () => {
      await undoStep();
    });
    await waitFor(() => expect(openHeading()).toHaveTextContent('Open proposals (11)'));
  });
});

describe('the interview bonus', { timeout: 30_000 }, () => {
  const bonusAccount = {
    ...PLUS_ACCOUNT,
    era: { kind: 'fixed' as const, id: 'free-monthly-2020' },
  };

  it('is offered when an interview is marked in an era that pays one, and recorded with B', async () => {
    const db = freshDb();
    await seedProposals(db, {
      account: bonusAccount,
      entries: [
        { date: '2026-11-12', type: 'spend', connects: 6, ref: 'Landing page', order: 0 },
        { date: '2026-11-13', type: 'spend', connects: 6, ref: 'Data clean-up', order: 0 },
      ],
    });
    const user = userEvent.setup();
    await openPage();
    await tabIntoList(user);
    await user.keyboard('i');
    const offer = await screen.findByTestId('bonus-offer');
    expect(offer).toHaveTextContent(
      'An interview for ‘Landing page’: the rules on Dec 4, 2026 give 10 Connects for it (at most 50 Connects in any 7 days).',
    );
    await user.keyboard('b');
    await waitFor(async () => {
      const bonus = (await readAllEntries(db)).filter((e) => e.type === 'bonus');
      expect(bonus).toEqual([expect.objectContaining({ date: TODAY, reason: 'interview' })]);
    });
    expect(screen.queryByTestId('bonus-offer')).toBeNull();
    // "Not now" leaves the ledger as it is.
    await user.keyboard('{ArrowDown}i');
    await user.click(await screen.findByRole('button', { name: 'Not now' }));
    expect(screen.queryByTestId('bonus-offer')).toBeNull();
    expect((await readAllEntries(db)).filter((e) => e.type === 'bonus')).toHaveLength(1);
  });
});
