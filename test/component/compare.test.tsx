// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ConnectsDb } from '../../src/db/database';
import { setDatabase } from '../../src/db/instance';
import { ledgerInput } from '../../src/db/ledgerInput';
import type { AccountRecord, EntryRecord } from '../../src/db/records';
import {
  compareHistory,
  comparePace,
  recommendationFrom,
  recommendationSentence,
  type ComparePace,
} from '../../src/engine/compare';
import { ComparePage } from '../../src/features/compare/ComparePage';
import { formatCount, formatUsd } from '../../src/engine/words';

const TODAY = '2026-09-20';

const ACCOUNT: AccountRecord = {
  id: 'account',
  plan: 'freelancer-plus',
  cycleDay: 10,
  start: '2026-05-10',
  startingBalance: 40,
  era: { kind: 'auto' },
  createdAt: '2026-05-10T00:00:00.000Z',
};

const entry = (date: string, type: EntryRecord['type'], fields: Partial<EntryRecord> = {}) =>
  ({ date, type, order: 0, ...fields }) as EntryRecord;

// Four months of a busy Plus account: 20 proposals, 2 refunds, purchases, a bonus.
const ENTRIES: EntryRecord[] = [
  ...Array.from({ length: 20 }, (_, i) =>
    entry(`2026-0${5 + Math.floor(i / 5)}-${String(12 + (i % 5) * 3)}`, 'spend', {
      connects: 12 + (i % 3) * 2,
      boost: i % 4 === 0 ? 6 : 0,
      ref: `job-${i}`,
    }),
  ),
  entry('2026-06-05', 'purchase', { connects: 60 }),
  entry('2026-07-28', 'refund', { ref: 'job-11' }),
  entry('2026-08-03', 'refund', { ref: 'job-15' }),
  entry('2026-08-20', 'bonus', { reason: 'promo', connects: 10 }),
  entry('2026-09-30', 'purchase', { connects: 40 }), // after today: not history yet
];

async function seed(entries: EntryRecord[] = ENTRIES): Promise<void> {
  const db = new ConnectsDb(`t-${Math.random()}`);
  setDatabase(db);
  await db.account.put(ACCOUNT);
  if (entries.length > 0) await db.entries.bulkAdd(entries.map((e, i) => ({ ...e, order: i })));
}

function renderCompare(path = '/compare') {
  const router = createMemoryRouter(
    [{ path: '/compare', element: <ComparePage today={TODAY} /> }],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const history = (era = 'auto') => {
  const { input } = ledgerInput(ACCOUNT, ENTRIES);
  const events = input.events.filter((e) => String(e.date) <= TODAY);
  return compareHistory({ ...input, events, until: TODAY, era });
};

const sentenceAt = (pace: ComparePace, era = 'auto', cycles = 24) =>
  recommendationSentence(recommendationFrom(comparePace({ era, pace, cycles }), pace));

/** Lets React render the location the router has moved to. */
const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 20)));

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

/** Opens every "Show as table": a chart's table is built only once asked for. */
async function showTables(): Promise<void> {
  const user = userEvent.setup();
  for (const summary of screen.getAllByText('Show as table')) await user.click(summary);
}

async function expectTotals(era: string) {
  const result = history(era);
  const table = await screen.findByTestId('history-totals');
  await waitFor(() => {
    for (const run of result.plans) {
      const row = table.querySelector(`tr[data-plan="${run.plan}"]`) as HTMLElement;
      const cells = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      expect(cells).toEqual([
        formatUsd(run.total.totalUsd),
        formatUsd(run.total.feeUsd),
        formatCount(run.total.boughtConnects),
        formatUsd(run.total.boughtUsd),
        formatCount(run.total.expired),
        formatCount(run.total.lapsed),
        formatCount(run.total.unsent),
      ]);
    }
  });
  return result;
}

describe('Compare page', () => {
  it("shows the three plans' totals over the history as compareHistory computes them", async () => {
    await seed();
    renderCompare();
    const result = await expectTotals('auto');
    expect(result.plans.map((p) => p.plan)).toEqual([
      'freelancer-basic',
      'freelancer-plus',
      'agency-plus',
    ]);
    expect(result.dropped.purchases).toHaveLength(1); // the September purchase is after today
    expect(screen.getByTestId('history-period')).toHaveTextContent(
      '5 billing cycles, May 10, 2026 to Oct 9, 2026',
    );
    await showTables();
    const rows = within(await screen.findByTestId('cycle-table')).getAllByRole('row');
    expect(rows).toHaveLength(2 + 5); // two header rows, one per cycle
  });

  it('fills the pace in from the history and follows it in the recommendation', async () => {
    await seed();
    renderCompare();
    // 20 proposals over May 10 – Sep 20 (134 days, 4.4 cycles); 278 Connects; 30 in boosts; 2 refunds
    expect(await screen.findByTestId('pace-source')).toHaveTextContent(
      'Filled in from your history: 20 proposals over 4.4 cycles.',
    );
    expect(field('Proposals per cycle').value).toBe('4.5');
    expect(field('Connects per proposal').value).toBe('13.9');
    expect(field('Boost per proposal').value).toBe('1.5');
    expect(field('Refunded (%)').value).toBe('10');
    const own = {
      connectsPerProposal: 13.9,
      boostPerProposal: 1.5,
      refundShare: 0.1,
      bonusPerCycle: 0,
    };
    expect(screen.getByTestId('recommendation')).toHaveTextContent(
      sentenceAt({ ...own, proposalsPerCycle: 4.5 }),
    );

    const user = userEvent.setup();
    await user.clear(field('Proposals per cycle'));
    await user.type(field('Proposals per cycle'), '40');
    const busy = sentenceAt({ ...own, proposalsPerCycle: 40 });
    expect(busy).not.toBe(sentenceAt({ ...own, proposalsPerCycle: 4.5 }));
    await waitFor(() => expect(screen.getByTestId('recommendation')).toHaveTextContent(busy));
  });

  it('reads the inputs from the URL, and falls back to the defaults for junk', async () => {
    await seed();
    renderCompare('/compare?p=30&c=5&b=2&r=10&bonus=4&h=12&era=classic');
    await screen.findByTestId('recommendation');
    expect(field('Proposals per cycle').value).toBe('30');
    expect(field('Connects per proposal').value).toBe('5');
    expect(field('Boost per proposal').value).toBe('2');
    expect(field('Refunded (%)').value).toBe('10');
    expect(field('Bonus per cycle').value).toBe('4');
    expect(field('Horizon (cycles)').value).toBe('12');
    expect((screen.getByLabelText('Rules') as HTMLSelectElement).value).toBe('classic');
    const pace = {
      proposalsPerCycle: 30,
      connectsPerProposal: 5,
      boostPerProposal: 2,
      refundShare: 0.1,
      bonusPerCycle: 4,
    };
    expect(screen.getByTestId('recommendation')).toHaveTextContent(sentenceAt(pace, 'classic', 12));
  });

  it('falls back field by field for junk parameters', async () => {
    await seed([]);
    renderCompare('/compare?p=abc&c=-4&b=1e9&r=150&bonus=&h=2.5&era=nope');
    await screen.findByTestId('recommendation');
    // No proposals in the ledger: the app's defaults (10 proposals of 8, 24 cycles, automatic).
    expect(field('Proposals per cycle').value).toBe('10');
    expect(field('Connects per proposal').value).toBe('8');
    expect(field('Boost per proposal').value).toBe('0');
    expect(field('Refunded (%)').value).toBe('0');
    expect(field('Bonus per cycle').value).toBe('0');
    expect(field('Horizon (cycles)').value).toBe('24');
    expect((screen.getByLabelText('Rules') as HTMLSelectElement).value).toBe('auto');
    // The empty ledger says so, and the calculator still works.
    expect(screen.getByTestId('no-history')).toHaveTextContent('no entries yet');
    expect(screen.queryByTestId('history-totals')).toBeNull();
    expect(screen.getByTestId('recommendation')).toHaveTextContent(
      sentenceAt({
        proposalsPerCycle: 10,
        connectsPerProposal: 8,
        boostPerProposal: 0,
        refundShare: 0,
        bonusPerCycle: 0,
      }),
    );
  });

  it('writes committed inputs to the URL as new history entries; back restores them', async () => {
    await seed();
    const router = renderCompare('/compare?p=12&c=8&b=0&r=0&bonus=0&h=24&era=auto');
    await screen.findByTestId('recommendation');
    const user = userEvent.setup();
    await user.clear(field('Proposals per cycle'));
    await user.type(field('Proposals per cycle'), '20');
    await user.tab(); // leaving the field commits it
    await waitFor(() => expect(router.state.location.search).toContain('p=20'));
    expect(router.state.location.search).toBe('?p=20&c=8&b=0&r=0&bonus=0&h=24&era=auto');
    expect(router.state.historyAction).toBe('PUSH');
    await settle();

    await user.clear(field('Connects per proposal'));
    await user.type(field('Connects per proposal'), '6{Enter}');
    await waitFor(() => expect(router.state.location.search).toContain('c=6'));
    await settle();

    await router.navigate(-1);
    await waitFor(() => expect(field('Connects per proposal').value).toBe('8'));
    expect(field('Proposals per cycle').value).toBe('20');
    await router.navigate(-1);
    await waitFor(() => expect(field('Proposals per cycle').value).toBe('12'));
  });

  it('replays the history under a chosen era', async () => {
    await seed();
    const router = renderCompare();
    await expectTotals('auto');
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Rules'), 'classic');
    await waitFor(() => expect(router.state.location.search).toContain('era=classic'));
    const classic = await expectTotals('classic');
    // Under the classic rules Basic cannot buy: some proposals could not have gone out.
    const basic = classic.plans.find((p) => p.plan === 'freelancer-basic');
    expect(basic?.total.unsent).toBeGreaterThan(0);
    expect(history('auto').plans[0]?.total.totalUsd).not.toBe(basic?.total.totalUsd);
    expect(screen.getByTestId('history-period')).toHaveTextContent(
      'Classic (free monthly Connects) throughout',
    );
  });

  it('draws the per-cycle and break-even charts, each with a table', async () => {
    await seed();
    renderCompare();
    await waitFor(() =>
      expect(document.querySelectorAll('[data-chart] .recharts-wrapper > svg')).toHaveLength(2),
    );
    const labels = screen.getAllByRole('img').map((el) => el.getAttribute('aria-label'));
    expect(labels).toEqual([
      expect.stringContaining('one bar per plan'),
      expect.stringContaining("each plan's monthly cost"),
    ]);
    await showTables();
    expect(within(await screen.findByTestId('curve-table')).getAllByRole('row')).toHaveLength(102);
    expect(screen.getByTestId('break-even')).toHaveTextContent(
      'Under No rollover cap (June 2023), Freelancer Plus never becomes cheaper than Freelancer Basic on Connects alone',
    );
  });
});
