// @vitest-environment jsdom
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { Toasts } from '../../src/app/Toasts';
import { execute, getHistory, setOutcomes, clearHistory } from '../../src/commands';
import type { ConnectsDb } from '../../src/db/database';
import { readAllEntries } from '../../src/db/entryPages';
import { readAllOutcomes } from '../../src/db/outcomes';
import type { EntryRecord } from '../../src/db/records';
import type { Outcome } from '../../src/engine/outcomes/types';
import { WorthApplyingSection } from '../../src/features/proposals/WorthApplyingSection';
import type { WorthInitial } from '../../src/features/shared/worthLink';
import { useProposals } from '../../src/read';
import { undoStep } from '../../src/store/perform';
import { freshDb } from './renderApp';
import { seed } from './seed';

vi.mock('../../src/engine/words', async (original) => ({
  ...(await original<typeof import('../../src/engine/words')>()),
  todayIso: () => '2026-11-21',
}));

// Live queries and their redraws take longer when the whole suite shares two cores.
configure({ asyncUtilTimeout: 5000 });

const TODAY = '2026-11-21';
type User = ReturnType<typeof userEvent.setup>;

function Harness({ initial }: { initial?: WorthInitial }) {
  const read = useProposals();
  return (
    <>
      {read ? (
        <WorthApplyingSection read={read} today={TODAY} initial={initial} />
      ) : (
        <p>Loading…</p>
      )}
      <Toasts />
    </>
  );
}

async function open(initial?: WorthInitial) {
  render(<Harness initial={initial} />);
  return screen.findByRole('form', { name: 'The job' }, { timeout: 5000 });
}

const field = (form: HTMLElement, label: string) => within(form).getByLabelText(label);

async function typeIn(user: User, form: HTMLElement, label: string, value: string) {
  const input = field(form, label);
  await user.clear(input);
  await user.type(input, value);
}

async function choose(user: User, form: HTMLElement, label: string, value: 'yes' | 'no' | '') {
  await user.selectOptions(field(form, label), value);
}

const verdict = () => screen.getByTestId('job-check');
const findings = () =>
  [...verdict().querySelectorAll('li')].map((li) => li.getAttribute('data-code'));

describe('Worth applying?', { timeout: 30_000 }, () => {
  let db: ConnectsDb;
  beforeEach(async () => {
    db = freshDb();
    await seed(db);
  });

  it('turns the signals into the §4 findings and the verdict', async () => {
    const user = userEvent.setup();
    const form = await open();
    // Nothing noted: apply, and say that noting the signals gives a closer check.
    expect(within(verdict()).getByText('Apply')).toBeVisible();
    expect(findings()).toEqual([]);

    // Payment verified and a hire rate of 50% or more: a good sign, still apply.
    await choose(user, form, 'Payment verified', 'yes');
    await typeIn(user, form, 'Client’s hire rate (%)', '80');
    expect(findings()).toEqual(['verified-hirer']);
    expect(within(verdict()).getByText('Apply')).toBeVisible();
    expect(verdict()).toHaveTextContent(
      'Good sign: Payment verified and the client hires for half or more of their jobs (80%).',
    );

    // One warning (hire rate under 50): think twice.
    await typeIn(user, form, 'Client’s hire rate (%)', '49');
    expect(findings()).toEqual(['low-hire-rate']);
    expect(within(verdict()).getByText('Think twice')).toBeVisible();
    expect(verdict()).toHaveTextContent('Warning: The client hires for fewer than half');

    // Two warnings (also payment not verified): skip.
    await choose(user, form, 'Payment verified', 'no');
    expect(findings()).toEqual(['low-hire-rate', 'payment-unverified']);
    expect(within(verdict()).getByText('Skip it')).toBeVisible();
    expect(screen.getByTestId('verdict-text')).toHaveTextContent(
      '2 warning signs: the Connects are likely wasted.',
    );

    // Idle job: last viewed 7 days ago and nobody interviewed; vague description.
    await user.clear(field(form, 'Client’s hire rate (%)'));
    await choose(user, form, 'Payment verified', '');
    await typeIn(user, form, 'Client last viewed (days ago)', '7');
    await typeIn(user, form, 'Freelancers interviewing', '0');
    expect(findings()).toEqual(['idle-job']);
    expect(within(verdict()).getByText('Think twice')).toBeVisible();
    await typeIn(user, form, 'Client last viewed (days ago)', '6');
    expect(findings()).toEqual([]);
    await choose(user, form, 'The description is clear', 'no');
    expect(findings()).toEqual(['vague-description']);
    await choose(user, form, 'The description is clear', 'yes');

    // Still interviewing two weeks on: a good sign.
    await typeIn(user, form, 'Freelancers interviewing', '3');
    await typeIn(user, form, 'Posted (days ago)', '14');
    expect(findings()).toEqual(['still-interviewing']);
    expect(verdict()).toHaveTextContent(
      'Posted 14 days ago and the client is still interviewing 3 freelancers',
    );

    // Someone already hired: stop, skip whatever else the page shows.
    await choose(user, form, 'Someone already hired', 'yes');
    expect(findings()).toEqual(['already-hired', 'still-interviewing']);
    expect(within(verdict()).getByText('Skip it')).toBeVisible();
    expect(verdict()).toHaveTextContent('Stop: Someone is already hired for this job');
  });

  it('names a bad field as it is typed and uses only valid signals', async () => {
    const user = userEvent.setup();
    const form = await open();
    await typeIn(user, form, 'Client’s hire rate (%)', '120');
    expect(field(form, 'Client’s hire rate (%)')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByText('The hire rate must be a number from 0 to 100.')).toBeVisible();
    expect(findings()).toEqual([]);
    await typeIn(user, form, 'Tags', 'react, ' + 'x'.repeat(41));
    expect(within(form).getByText(/Each tag at most 40 characters/)).toBeVisible();
    await typeIn(user, form, 'Connects it asks for', '1.5');
    expect(within(form).getByText('The Connects must be a whole number.')).toBeVisible();
    await user.click(within(form).getByRole('button', { name: 'Record this proposal' }));
    expect(field(form, 'Job title or reference')).toHaveFocus();
    expect(await db.entries.count()).toBe(0);
  });

  it('says what the proposal does to the budget: the balance after it and what still expires', async () => {
    const user = userEvent.setup();
    const form = await open();
    expect(screen.getByTestId('worth-budget')).toHaveTextContent(
      'Enter the Connects the job asks for',
    );
    await typeIn(user, form, 'Connects it asks for', '12');
    await typeIn(user, form, 'Boost (extra Connects bid)', '5');
    await waitFor(() =>
      expect(screen.getByTestId('worth-balance')).toHaveTextContent(
        'You hold 100 Connects; after this proposal (17 Connects), 83 Connects.',
      ),
    );
    const expiry = screen.getByTestId('worth-expiry');
    expect(expiry).toHaveTextContent('if you spend nothing else');
    // The Connects held now lapse a year after arriving, less the 17 this proposal uses.
    expect(expiry).toHaveTextContent('83 Connects lapse on Nov 10, 2027 (a year after arriving)');
    expect(screen.getByTestId('worth-saved')).toHaveTextContent(
      'It uses 17 Connects that would otherwise be lost.',
    );

    await typeIn(user, form, 'Connects it asks for', '150');
    expect(screen.getByTestId('worth-balance')).toHaveTextContent(
      'You hold 100 Connects: not enough for this proposal’s 155. The rules would refuse it.',
    );
    await typeIn(user, form, 'Job title or reference', 'Too big');
    await user.click(within(form).getByRole('button', { name: 'Record this proposal' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Not recorded: you hold 100 Connects, and this proposal needs 155 Connects.',
    );
    expect(await db.entries.count()).toBe(0);
  });

  it('opens with the values of a check link', async () => {
    await open({ connects: 8, boost: 2, title: 'Logo', signals: { hiredAlready: true } });
    expect(screen.getByLabelText('Connects it asks for')).toHaveValue('8');
    expect(screen.getByLabelText('Job title or reference')).toHaveValue('Logo');
    expect(screen.getByLabelText('Someone already hired')).toHaveValue('yes');
    expect(within(verdict()).getByText('Skip it')).toBeVisible();
    expect(screen.getByTestId('worth-balance')).toHaveTextContent(
      'after this proposal (10 Connects), 90 Connects',
    );
  });

  it('records the proposal with its tags and signals as one undoable step', async () => {
    const user = userEvent.setup();
    const form = await open();
    await typeIn(user, form, 'Job title or reference', 'Landing page');
    await typeIn(user, form, 'Connects it asks for', '12');
    await typeIn(user, form, 'Boost (extra Connects bid)', '4');
    await typeIn(user, form, 'Tags', 'react, landing page, react');
    await typeIn(user, form, 'Client’s hire rate (%)', '65');
    await choose(user, form, 'Payment verified', 'yes');
    const steps = getHistory().undo.length;
    await user.click(within(form).getByRole('button', { name: 'Record this proposal' }));

    expect(
      await screen.findByText("Added the proposal 'Landing page' (16 Connects)."),
    ).toBeVisible();
    const [entry] = await readAllEntries(db);
    expect(entry).toMatchObject({
      date: TODAY,
      type: 'spend',
      connects: 12,
      boost: 4,
      details: 'Landing page',
    });
    expect((await readAllOutcomes(db)).get(entry?.id as number)).toEqual({
      tags: ['react', 'landing page'],
      signals: { hireRate: 65, paymentVerified: true },
    });
    expect(getHistory().undo.length).toBe(steps + 1);
    // The form starts afresh, and the budget follows the ledger.
    await waitFor(() => expect(field(form, 'Job title or reference')).toHaveValue(''));

    await undoStep();
    await waitFor(async () => expect(await db.entries.count()).toBe(0));
    expect((await readAllOutcomes(db)).size).toBe(0);
  });
});

describe('Worth applying? against the freelancer’s own results', { timeout: 30_000 }, () => {
  let db: ConnectsDb;
  beforeEach(() => {
    db = freshDb();
  });

  /** Proposals of 1 Connect with outcomes: `n` with the hire rate given, `interviews` reaching one. */
  function batch(prefix: string, n: number, interviews: number, hireRate: number) {
    return Array.from({ length: n }, (_, i) => ({
      entry: {
        date: '2026-11-12',
        type: 'spend' as const,
        connects: 1,
        ref: `${prefix} ${i}`,
        details: `${prefix} ${i}`,
      },
      outcome: {
        stage: i < interviews ? 'interview' : 'viewed',
        result: i < interviews ? 'open' : 'lost',
        signals: { hireRate },
      } as Outcome,
    }));
  }

  async function seedHistory(low: number, lowInterviews: number, high: number, highI: number) {
    const all = [...batch('low', low, lowInterviews, 30), ...batch('high', high, highI, 80)];
    await seed(
      db,
      undefined,
      all.map((a) => a.entry),
    );
    const entries = await readAllEntries(db);
    const byRef = new Map(entries.map((e) => [e.ref, e as EntryRecord & { id: number }]));
    await execute(
      setOutcomes(
        all.map((a) => ({ entry: byRef.get(a.entry.ref)!, outcome: a.outcome })),
        'seeded',
      ),
    );
    clearHistory();
  }

  it('compares the interview rate with clients like this one when each side has 10 or more', async () => {
    await seedHistory(25, 1, 12, 5);
    const user = userEvent.setup();
    const form = await open();
    await typeIn(user, form, 'Client’s hire rate (%)', '20');
    await waitFor(() =>
      expect(screen.getByTestId('worth-own')).toHaveTextContent(
        'Your interview rate with clients under 50% hire rate: 4% (1 of 25); with the others: 42% (5 of 12).',
      ),
    );
    await typeIn(user, form, 'Client’s hire rate (%)', '90');
    expect(screen.getByTestId('worth-own')).toHaveTextContent(
      'Your interview rate with clients of 50% hire rate or more: 42% (5 of 12); with the others: 4% (1 of 25).',
    );
  });

  it('says when the history cannot tell yet', async () => {
    await seedHistory(25, 1, 9, 5);
    const user = userEvent.setup();
    const form = await open();
    expect(screen.getByTestId('worth-own')).toHaveTextContent(
      'Note the client’s hire rate, whether their payment is verified',
    );
    await typeIn(user, form, 'Client’s hire rate (%)', '20');
    expect(screen.getByTestId('worth-own')).toHaveTextContent(
      'Not yet: comparing needs at least 10 considered proposals on each side',
    );
  });
});
