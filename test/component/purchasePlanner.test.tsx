// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { ConnectsDb } from '../../src/db/database';
import { setDatabase } from '../../src/db/instance';
import { ledgerInput } from '../../src/db/ledgerInput';
import type { AccountRecord } from '../../src/db/records';
import { planPurchase } from '../../src/engine/compare';
import DashboardPage from '../../src/features/dashboard/DashboardPage';
import { DEFAULT_PACE, useUiStore } from '../../src/store/uiStore';

const account = (
  plan: string,
  era: string,
  start: string,
  startingBalance: number,
): AccountRecord => ({
  id: 'account',
  plan,
  cycleDay: 1,
  start,
  startingBalance,
  era: { kind: 'fixed', id: era },
  createdAt: `${start}T00:00:00.000Z`,
});

async function renderPlanner(acc: AccountRecord, today: string) {
  const db = new ConnectsDb(`t-${Math.random()}`);
  setDatabase(db);
  await db.account.put(acc);
  render(
    <MemoryRouter>
      <DashboardPage today={today} />
    </MemoryRouter>,
  );
  return within(await screen.findByRole('region', { name: 'Plan a purchase' }));
}

type Card = Awaited<ReturnType<typeof renderPlanner>>;

function ask(card: Card, proposals: number, connects: number, by: string, boost = 0) {
  fireEvent.change(card.getByLabelText('Proposals'), { target: { value: String(proposals) } });
  fireEvent.change(card.getByLabelText('Connects each'), { target: { value: String(connects) } });
  fireEvent.change(card.getByLabelText('Boost each'), { target: { value: String(boost) } });
  fireEvent.change(card.getByLabelText('By'), { target: { value: by } });
}

const engine = (acc: AccountRecord, today: string, n: number, c: number, by: string) =>
  planPurchase({
    history: ledgerInput(acc, []).input,
    today,
    proposals: n,
    connectsPerProposal: c,
    by,
  });

async function answer(card: Card, text: string) {
  await waitFor(() => expect(card.getByTestId('planner-answer')).toHaveTextContent(text));
}

beforeEach(() => {
  useUiStore.setState({ pace: DEFAULT_PACE });
});

describe('the purchase planner card', () => {
  const plus100 = account('freelancer-plus', 'classic', '2018-01-01', 100);

  it("says what to buy now with the planner's numbers, and what expires if unsent", async () => {
    const card = await renderPlanner(plus100, '2018-01-10');
    ask(card, 20, 10, '2018-01-31');
    const plan = engine(plus100, '2018-01-10', 20, 10, '2018-01-31');
    expect(plan).toMatchObject({ status: 'buy', buy: 30, costUsd: 30 });
    await answer(
      card,
      'To send 20 proposals of 10 Connects by Jan 31, 2018, buy 30 now (cost $30.00).',
    );
    expect(card.getByTestId('planner-figures')).toHaveTextContent(
      `Needed: ${plan.needed} Connects. Held today: ${plan.balanceToday}. Sent by the date with this plan: 20 of 20.`,
    );
    expect(plan.ifNotFollowed).toEqual({ date: '2018-02-01', expire: 60, lapse: 0 });
    expect(card.getByTestId('planner-loss')).toHaveTextContent(
      "If you buy and then don't send them, 60 Connects expire on Feb 1, 2018, over the rollover cap.",
    );
  });

  it('says when nothing needs buying', async () => {
    const card = await renderPlanner(plus100, '2018-01-10');
    // The defaults: the planned pace (10 proposals of 8) by the end of this cycle.
    expect((card.getByLabelText('By') as HTMLInputElement).value).toBe('2018-01-31');
    await answer(card, 'You can send 10 proposals of 8 Connects by Jan 31, 2018 without buying');
    expect(card.getByTestId('planner-loss')).toHaveTextContent(
      "If you don't send them, 30 Connects expire on Feb 1, 2018, over the rollover cap.",
    );
  });

  it('keeps within the maximum balance', async () => {
    const acc = account('freelancer-plus', 'classic', '2018-01-01', 200);
    const card = await renderPlanner(acc, '2018-01-10');
    ask(card, 40, 10, '2018-01-25');
    expect(engine(acc, '2018-01-10', 40, 10, '2018-01-25')).toMatchObject({
      status: 'over-max-balance',
      buy: 80,
      sendable: 35,
    });
    await answer(
      card,
      "Your plan's maximum balance stops you buying all you need to send 40 proposals of 10 Connects by Jan 25, 2018: buy 80 now (cost $80.00) to send 35 of the 40",
    );
  });

  it('says when the plan cannot buy', async () => {
    const acc = account('freelancer-basic', 'classic', '2018-01-01', 0);
    const card = await renderPlanner(acc, '2018-01-10');
    ask(card, 10, 10, '2018-01-25');
    await answer(card, 'Your plan cannot buy Connects under its rules');
    expect(card.getByTestId('planner-answer')).toHaveTextContent('you can send 6 of the 10');
  });

  it('says to buy later when the rollover cap would take a purchase made now', async () => {
    const acc = account('freelancer-plus', 'free-monthly-2020', '2021-01-01', 0);
    const card = await renderPlanner(acc, '2021-01-31');
    ask(card, 2, 150, '2021-02-28');
    expect(engine(acc, '2021-01-31', 2, 150, '2021-02-28').status).toBe('buy-later');
    await answer(card, "Don't buy now for 2 proposals of 150 Connects by Feb 28, 2021");
    expect(card.getByTestId('planner-answer')).toHaveTextContent('You can send 1 of the 2');
  });

  it('asks for a date from today on', async () => {
    const card = await renderPlanner(plus100, '2018-01-10');
    fireEvent.change(card.getByLabelText('By'), { target: { value: '2018-01-09' } });
    expect(card.getByLabelText('By')).toHaveAttribute('aria-invalid', 'true');
    expect(card.getByText('Today or a later date')).toBeVisible();
    expect(card.queryByTestId('planner-answer')).toBeNull();
  });
});
