// @vitest-environment jsdom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { ConnectsDb } from '../../src/db/database';
import { setDatabase } from '../../src/db/instance';
import { ledgerInput } from '../../src/db/ledgerInput';
import type { AccountRecord, EntryRecord } from '../../src/db/records';
import { forecast, stateAt, type Pace } from '../../src/engine';
import DashboardPage from '../../src/features/dashboard/DashboardPage';
import { riskSentence } from '../../src/features/dashboard/ExpiryCard';
import { niceTicks } from '../../src/features/shared/niceTicks';
import { DEFAULT_PACE, useUiStore } from '../../src/store/uiStore';

const TODAY = '2026-03-15';

const ACCOUNT: AccountRecord = {
  id: 'account',
  plan: 'freelancer-plus',
  cycleDay: 10,
  start: '2024-06-10',
  startingBalance: 50,
  // Rollover cap 200 and lots lapsing after a year: both kinds of loss occur.
  era: { kind: 'fixed', id: 'free-monthly-2020' },
  createdAt: '2024-06-10T00:00:00.000Z',
};

function entry(
  date: string,
  type: EntryRecord['type'],
  fields: Partial<EntryRecord> = {},
): EntryRecord {
  return { date, type, order: 0, ...fields };
}

const ENTRIES: EntryRecord[] = [
  entry('2024-06-12', 'spend', { connects: 16, boost: 4, ref: 'j1' }),
  entry('2024-07-01', 'purchase', { connects: 40 }),
  entry('2024-07-08', 'refund', { ref: 'j1' }),
  entry('2025-01-15', 'bonus', { reason: 'other', connects: 10 }),
  entry('2026-02-11', 'spend', { connects: 12, boost: 6, ref: 'j2' }),
  entry('2026-02-20', 'spend', { connects: 9999, ref: 'too-big' }), // rejected: insufficient balance
  entry('2026-03-01', 'purchase', { connects: 20 }),
  entry('2026-03-12', 'spend', { connects: 10, ref: 'j3' }),
  entry('2026-03-12', 'bonus', { reason: 'other', connects: 5, order: 1 }),
  entry('2026-03-20', 'purchase', { connects: 40 }), // after today: not counted yet
];

async function seed(entries: EntryRecord[] = ENTRIES): Promise<void> {
  const db = new ConnectsDb(`t-${Math.random()}`);
  setDatabase(db);
  await db.account.put(ACCOUNT);
  if (entries.length > 0) await db.entries.bulkAdd(entries);
}

/** What the engine says, computed here without the dashboard's code. */
function engine(entries: EntryRecord[] = ENTRIES, pace: Pace = DEFAULT_PACE) {
  const { input } = ledgerInput(ACCOUNT, entries);
  return {
    state: stateAt(input, TODAY),
    idle: forecast({
      history: input,
      today: TODAY,
      pace: { proposalsPerCycle: 0, connectsPerProposal: 0 },
      cycles: 12,
    }),
    planned: forecast({ history: input, today: TODAY, pace, cycles: 12 }),
  };
}

/** The page links to the ledger, so it needs a router around it. */
function inRouter(page: ReactElement) {
  return render(<MemoryRouter>{page}</MemoryRouter>);
}

async function renderDashboard() {
  const view = inRouter(<DashboardPage today={TODAY} />);
  await screen.findByTestId('balance');
  return view;
}

/** Opens every "Show as table": a chart's table is built only once asked for. */
async function showTables(): Promise<void> {
  const user = userEvent.setup();
  for (const summary of screen.getAllByText('Show as table')) await user.click(summary);
}

function bodyRows(testId: string): number {
  return within(screen.getByTestId(testId)).getAllByRole('row').length - 1;
}

beforeEach(() => {
  useUiStore.setState({ range: 12, pace: DEFAULT_PACE });
});

describe('Dashboard', () => {
  it('shows a loading state before the ledger is read', async () => {
    await seed();
    inRouter(<DashboardPage today={TODAY} />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading your ledger');
    await screen.findByTestId('balance');
  });

  it("shows the engine's balance, this cycle's statement and the next cycle", async () => {
    await seed();
    await renderDashboard();
    const { state } = engine();
    const open = state.machine.cycle;
    expect(screen.getByTestId('balance')).toHaveTextContent(String(state.balance));
    expect(state.balance).toBe(275);
    expect(screen.getByTestId('cycle-opening')).toHaveTextContent(
      String(open.carriedIn + open.allotment),
    );
    expect(screen.getByTestId('cycle-spent')).toHaveTextContent(`−${open.spent}`);
    expect(screen.getByTestId('cycle-bonus')).toHaveTextContent(`+${open.bonus}`);
    expect(screen.getByTestId('cycle-purchased')).toHaveTextContent('0');
    expect(screen.getByTestId('cycle-cost')).toHaveTextContent('$14.99');
    expect(screen.getByTestId('next-start')).toHaveTextContent('Apr 10, 2026');
    expect(screen.getByTestId('next-allotment')).toHaveTextContent('+80 Connects');
  });

  it('says how many Connects expire and by when to spend them, with nothing spent and at the pace', async () => {
    await seed();
    await renderDashboard();
    const { idle, planned } = engine();
    const [first] = idle.risk;
    expect(first).toEqual({
      date: '2026-04-10',
      kind: 'expire',
      connects: 75,
      spendBy: '2026-04-09',
    });
    const idleSentences = within(screen.getByTestId('risk-idle')).getAllByTestId('risk-sentence');
    expect(idleSentences[0]).toHaveTextContent(
      '75 Connects expire on Apr 10, 2026 — spend them by Apr 9, 2026 to keep them.',
    );
    expect(planned.risk[0]?.connects).toBe(11);
    expect(
      within(screen.getByTestId('risk-planned')).getAllByTestId('risk-sentence')[0],
    ).toHaveTextContent(
      '11 Connects expire on Apr 10, 2026 — spend them by Apr 9, 2026 to keep them.',
    );
  });

  it('lists the lots held today with their lapse dates', async () => {
    await seed();
    await renderDashboard();
    const { state } = engine();
    const table = screen.getByTestId('lots-table');
    const first = state.lots[0];
    expect(first).toEqual({ received: '2025-12-10', left: 10, lapses: '2026-12-10' });
    const row = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Dec 10, 2026');
    expect(row).toHaveTextContent('10');
    expect(row).toHaveTextContent('Dec 10, 2025');
    const shown = within(table).getAllByRole('row').length - 1;
    expect(shown).toBe(Math.min(6, state.lots.length));
    expect(screen.getByTestId('balance-next-lapse')).toHaveTextContent('10 on Dec 10, 2026');
    // Within 30 days of Mar 15: the 75 over the cap on Apr 10.
    expect(screen.getByTestId('balance-30-days')).toHaveTextContent('75');
  });

  it('splits the spends per cycle into proposals and boosts, leaving out rejected ones', async () => {
    await seed();
    await renderDashboard();
    await showTables();
    const rows = within(await screen.findByTestId('spend-table')).getAllByRole('row');
    const feb = rows.find((r) => r.textContent?.startsWith('Feb 10, 2026'));
    expect(feb?.textContent).toContain('12'); // proposals
    expect(feb?.textContent).toContain('6'); // boosts; the 9,999 spend was rejected
    expect(feb?.textContent).not.toContain('9,999');
  });

  it('draws the three charts', async () => {
    await seed();
    const { container } = await renderDashboard();
    await waitFor(() =>
      expect(container.querySelectorAll('[data-chart] .recharts-wrapper > svg')).toHaveLength(3),
    );
    expect(container.querySelector('[data-charts-ready="true"]')).not.toBeNull();
    // Each chart's grid, drawn under it, lies at the heights recharts puts its axis labels.
    for (const chart of container.querySelectorAll('[data-chart]')) {
      const ys = (selector: string, attribute: string) =>
        [...chart.querySelectorAll(selector)].map((el) => Number(el.getAttribute(attribute)));
      await waitFor(() =>
        expect(ys('.recharts-yAxis-tick-labels .recharts-text', 'y').length).toBeGreaterThan(1),
      );
      const labels = ys('.recharts-yAxis-tick-labels .recharts-text', 'y');
      const lines = ys('.dash-chart-grid line', 'y1');
      expect(lines.length).toBeGreaterThan(1);
      for (const y of lines) {
        expect(labels.some((label) => Math.abs(label - y) < 0.01)).toBe(true);
      }
    }
    expect(screen.getAllByRole('img').map((el) => el.getAttribute('aria-label'))).toEqual([
      expect.stringContaining('Connects available'),
      expect.stringContaining('proposals and on boosts'),
      expect.stringContaining('forecast at your planned pace'),
    ]);
  });

  it('changes the number of table rows with the range', async () => {
    await seed();
    await renderDashboard();
    const history = engine().state.machine.statements.length + 1;
    expect(history).toBe(22);
    await showTables();
    expect(bodyRows('balance-table')).toBe(12);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: '6' }));
    expect(useUiStore.getState().range).toBe(6);
    expect(bodyRows('balance-table')).toBe(6);
    expect(bodyRows('spend-table')).toBe(6);
    expect(bodyRows('risk-table')).toBe(12); // 6 past and current, 6 coming
    await user.click(screen.getByRole('radio', { name: 'All' }));
    expect(bodyRows('balance-table')).toBe(history);
  });

  it('follows the pace inputs in the forecast figures', async () => {
    await seed();
    await renderDashboard();
    const input = screen.getByLabelText('Proposals per cycle');
    fireEvent.change(input, { target: { value: '5' } });
    expect(useUiStore.getState().pace.proposalsPerCycle).toBe(5);
    const expected = engine(ENTRIES, { ...DEFAULT_PACE, proposalsPerCycle: 5 }).planned.risk[0];
    expect(expected?.connects).toBe(43);
    await waitFor(() =>
      expect(
        within(screen.getByTestId('risk-planned')).getAllByTestId('risk-sentence')[0],
      ).toHaveTextContent('43 Connects expire on Apr 10, 2026'),
    );
    fireEvent.change(input, { target: { value: '40' } });
    await waitFor(() =>
      expect(screen.getByTestId('risk-planned')).toHaveTextContent('Nothing expires'),
    );
    expect(engine(ENTRIES, { ...DEFAULT_PACE, proposalsPerCycle: 40 }).planned.risk).toEqual([]);
    // The refund share is typed as a percentage and stored as a share.
    fireEvent.change(screen.getByLabelText('Refunded (% of proposals)'), {
      target: { value: '25' },
    });
    expect(useUiStore.getState().pace.refundShare).toBe(0.25);
  });

  it('handles an empty ledger', async () => {
    await seed([]);
    await renderDashboard();
    expect(screen.getByTestId('empty-ledger')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ledger' })).toHaveAttribute('href', '/ledger');
    const { state } = engine([]);
    expect(screen.getByTestId('balance')).toHaveTextContent(String(state.balance));
    expect(screen.getByTestId('cycle-spent')).toHaveTextContent('0');
  });

  it('updates when the ledger changes', async () => {
    await seed();
    await renderDashboard();
    const { getDb } = await import('../../src/db/instance');
    await act(async () => {
      await getDb().entries.add(entry('2026-03-14', 'spend', { connects: 25, ref: 'j4' }));
    });
    await waitFor(() => expect(screen.getByTestId('balance')).toHaveTextContent('250'));
  });

  it('words one Connect in the singular, and picks round axis ticks', () => {
    expect(
      riskSentence({ date: '2026-12-10', kind: 'lapse', connects: 1, spendBy: '2026-12-09' }),
    ).toBe('1 Connect expires on Dec 10, 2026 — spend it by Dec 9, 2026 to keep it.');
    expect(niceTicks(332)).toEqual([0, 100, 200, 300, 400]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('Reminders that work with the app closed', () => {
  it('"Add to calendar" downloads an .ics with each spend-by date and the next cycle start', async () => {
    await seed();
    await renderDashboard();
    const { idle } = engine();
    expect(idle.risk.length).toBeGreaterThan(0);
    const saved: Blob[] = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob: Blob) => {
      saved.push(blob);
      return 'blob:calendar';
    };
    try {
      await userEvent.setup().click(screen.getByRole('button', { name: 'Add to calendar' }));
      await waitFor(() => expect(saved).toHaveLength(1));
    } finally {
      URL.createObjectURL = create;
    }
    const text = await saved[0]!.text();
    expect(saved[0]!.type).toBe('text/calendar');
    const dates = [...text.matchAll(/DTSTART;VALUE=DATE:(\d{8})/g)].map((m) => m[1]);
    const spendBy = [...new Set(idle.risk.map((r) => r.spendBy.replaceAll('-', '')))];
    expect(dates).toEqual(expect.arrayContaining([...spendBy, '20260410']));
    expect(dates).toHaveLength(spendBy.length + 1);
    expect(text).toContain('SUMMARY:Connects renew');
    expect(text).toContain('BEGIN:VALARM');
  });

  it('says when the last import is older than 75 days, with a link to import', async () => {
    await seed();
    const db = (await import('../../src/db/instance')).getDb();
    await db.batches.add({
      importedAt: '2025-12-01T09:00:00.000Z',
      fileName: 'old.txt',
      rowCount: 1,
      format: 'copied-rows',
    });
    await renderDashboard();
    const notice = await screen.findByTestId('stale-import');
    expect(notice).toHaveTextContent('Your last import was 104 days ago');
    expect(notice).toHaveTextContent('rows older than 90 days can no longer be copied');
    expect(within(notice).getByRole('link', { name: 'Import now' })).toHaveAttribute(
      'href',
      '/import',
    );
  });

  it('says nothing about imports when the last one is recent, or there is none', async () => {
    await seed();
    await renderDashboard();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('stale-import')).not.toBeInTheDocument();
  });
});
