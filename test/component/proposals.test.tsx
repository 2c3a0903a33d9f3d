// @vitest-environment jsdom
/**
 * The Proposals page as a user meets it, over the shared sample with its outcomes: the answers
 * first, the per-cycle charts with their tables, the groups, and the date range kept in the URL.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { proposalStats, scenarioInput, parseScenario } from '../../src/engine';
import { seedProposals } from './proposalsSeed';
import { freshDb, renderApp } from './renderApp';
import { readFileSync } from 'node:fs';
import { samplePath } from '../import/sampleFiles';

const TODAY = '2026-12-04';

vi.mock('../../src/engine/words', async (original) => ({
  ...(await original<typeof import('../../src/engine/words')>()),
  todayIso: () => '2026-12-04',
}));

async function openPage(path = '/proposals') {
  const view = renderApp(path);
  await screen.findByRole('heading', { level: 2, name: /What your Connects bought/ });
  return view;
}

describe('the Proposals page over the sample with its outcomes', () => {
  beforeEach(async () => {
    await seedProposals(freshDb());
  });

  it('leads with the answers: 79 Connects per interview, $31.60 per hire', async () => {
    await openPage();
    expect(screen.getByRole('heading', { level: 1, name: 'Proposals' })).toBeInTheDocument();
    expect(screen.getByTestId('per-interview')).toHaveTextContent('79 Connects per interview');
    expect(screen.getByTestId('per-hire')).toHaveTextContent('$31.60 per hire (211 Connects)');
    expect(screen.getByTestId('hires')).toHaveTextContent('3 hires');
    expect(screen.getByTestId('return')).toHaveTextContent('$20.57 earned per $1 of Connects');
    expect(screen.getByTestId('answer-cost')).toHaveTextContent(
      'A hire cost you 211 Connects ($31.60); an interview, 79 Connects',
    );
    expect(screen.getByTestId('answer-boost')).toHaveTextContent(
      'Boosted proposals led to an interview 19% of the time (4 of 21), the others 21% (4 of 19): too close to tell apart.',
    );
    expect(await screen.findByTestId('return-overall', {}, { timeout: 3000 })).toHaveTextContent(
      '$1,950.00 earned from 3 hires for $94.80 of Connects: $20.57 per $1.',
    );
  });

  it('shows the funnel and the cost of an interview per cycle, each with its table', async () => {
    const user = userEvent.setup();
    await openPage();
    const funnel = screen.getByRole('region', { name: 'How far proposals went' });
    expect(within(funnel).getByRole('img')).toHaveAccessibleName(
      /4 cycles, Aug 2026 to Nov 2026; 42 proposals sent in all/,
    );
    await user.click(within(funnel).getByText('Show as table'));
    const rows = within(within(funnel).getByRole('table')).getAllByRole('row');
    // Sent, viewed, interview, hired of each cycle add up to the whole sample's.
    const cells = rows.slice(1).map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => Number(c.textContent)),
    );
    const sum = (k: number) => cells.reduce((n, c) => n + (c[k] ?? 0), 0);
    expect([sum(0), sum(1), sum(2), sum(3)]).toEqual([42, 19, 8, 3]);

    const perInterview = screen.getByRole('region', { name: 'Connects per interview' });
    await user.click(within(perInterview).getByText('Show as table'));
    expect(within(perInterview).getByRole('table')).toHaveTextContent('Aug 10, 2026');
  });

  it('tables the groups with their rates, intervals and "too few to tell"', async () => {
    await openPage();
    // Drawn once the charts are.
    const boost = await screen.findByTestId('group-boost', {}, { timeout: 3000 });
    const boosted = within(boost).getByRole('row', { name: /^Boosted/ });
    expect(boosted).toHaveTextContent('19% (4 of 21)');
    expect(boosted).toHaveTextContent(/\d+%–\d+%/);
    const tags = screen.getByTestId('group-tag');
    // No tag has 10 considered proposals in the sample: never a rate without "too few to tell".
    for (const row of within(tags).getAllByRole('row').slice(1)) {
      expect(row).toHaveTextContent('too few to tell');
    }
    expect(screen.getByTestId('group-payment')).toHaveTextContent('Payment verified');
    expect(screen.getByTestId('group-hire-rate')).toHaveTextContent('Under 50%');
  });

  it('keeps the range in the URL and counts only the proposals in it', async () => {
    const user = userEvent.setup();
    const { router } = await openPage();
    const input = scenarioInput(
      parseScenario(JSON.parse(readFileSync(samplePath('sample-with-outcomes.json'), 'utf8'))),
    );
    await user.click(screen.getByRole('radio', { name: 'Last 90 days' }));
    expect(router.state.location.search).toBe('?range=90d');
    const recent = proposalStats(input, { from: '2026-09-06', to: TODAY }).overall;
    expect(screen.getByRole('heading', { level: 2, name: /last 90 days/ })).toBeInTheDocument();
    expect(screen.getByTestId('hires')).toHaveTextContent(`${recent.hires} hire`);
    expect(screen.getByTestId('answer-funnel')).toHaveTextContent(
      `Of ${recent.sent} proposals sent`,
    );

    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Billing cycle' }),
      'Sep 10, 2026',
    );
    expect(router.state.location.search).toBe('?range=2026-09-10');
    expect(screen.getByRole('radio', { name: 'One billing cycle' })).toBeChecked();
    const cycle = proposalStats(input, { from: '2026-09-10', to: '2026-10-09' }).overall;
    expect(screen.getByTestId('answer-funnel')).toHaveTextContent(
      `Of ${cycle.sent} proposals sent`,
    );
    expect(
      within(screen.getByRole('region', { name: 'How far proposals went' })).getByRole('img'),
    ).toHaveAccessibleName(/1 cycle, Sep 2026 to Sep 2026/);

    await user.click(screen.getByRole('radio', { name: 'Whole history' }));
    expect(router.state.location.search).toBe('');
    expect(screen.getByTestId('per-interview')).toHaveTextContent('79 Connects per interview');
  });

  it('opens on the range the URL names', async () => {
    await openPage('/proposals?range=2026-11-10');
    expect(screen.getByRole('radio', { name: 'One billing cycle' })).toBeChecked();
    expect(screen.getByTestId('answer-funnel')).toHaveTextContent('Of 3 proposals sent');
  });
});

describe('the Proposals page without proposals', () => {
  it('says so, with the way to add them', async () => {
    const db = freshDb();
    await seedProposals(db, { entries: [] });
    await openPage();
    expect(screen.getByTestId('no-proposals')).toHaveTextContent(/no proposals yet/);
    expect(screen.getByTestId('answer-none')).toHaveTextContent('No proposals in this range.');
    expect(screen.getByTestId('no-open')).toBeInTheDocument();
  });

  it('asks for an account first', async () => {
    freshDb();
    renderApp('/proposals');
    expect(await screen.findByText(/to see what your proposals bought/)).toBeInTheDocument();
  });
});

describe('waiting', () => {
  it('shows a loading message until the ledger is read', async () => {
    await seedProposals(freshDb());
    renderApp('/proposals');
    expect(screen.getByText(/Loading your proposals/)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('per-interview')).toBeInTheDocument());
  });
});

describe('Worth applying? on the Proposals page', () => {
  beforeEach(async () => {
    await seedProposals(freshDb());
  });

  it('is on the page once its figures are drawn', async () => {
    await openPage();
    const check = await screen.findByRole('region', { name: 'Worth applying?' }, { timeout: 3000 });
    expect(within(check).getByLabelText('Connects it asks for')).toHaveValue('');
  });

  it('opens from a check link with the job filled in, and takes the focus', async () => {
    await openPage('/proposals?check&connects=12&boost=5');
    const check = await screen.findByRole('region', { name: 'Worth applying?' });
    expect(within(check).getByLabelText('Connects it asks for')).toHaveValue('12');
    expect(within(check).getByLabelText('Boost (extra Connects bid)')).toHaveValue('5');
    await waitFor(() =>
      expect(within(check).getByRole('heading', { name: 'Worth applying?' })).toHaveFocus(),
    );
  });
});
