// @vitest-environment jsdom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ConnectsDb } from '../../src/db/database';
import { readSample, SAMPLES } from '../import/sampleFiles';
import { chooseFile, confirmImport, openImport, pasteAndPreview } from './importSteps';
import { freshDb } from './renderApp';
import { countEntries, readAllEntries } from '../../src/db/entryPages';
import { importBatch } from '../../src/commands';
import { run } from '../fixtures/db';
import { parseHistory } from '../../src/import/parseHistory';

const SAMPLE = readSample(SAMPLES.rows);
const preview = () => screen.getByRole('region', { name: /^Preview of/ });
const summary = () => within(preview()).getByTestId('import-summary');

describe('import page', () => {
  let db: ConnectsDb;
  beforeEach(() => {
    db = freshDb();
  });

  it('previews the pasted sample, then stores it with the account it implies', async () => {
    await openImport();
    await pasteAndPreview(SAMPLE);
    expect(preview()).toHaveTextContent('75 rows (4 rows made by the platform’s rules');
    expect(summary()).toHaveTextContent(
      '42 proposals (21 with a boost), 3 purchases, 3 refunds, 2 bonuses — 50 new entries, 0 rows already in your ledger',
    );
    expect(preview()).toHaveTextContent('The file’s 4 monthly grants match the rules ✓');
    expect(preview()).toHaveTextContent('The page’s balance, 108 Connects, is what the rules give');
    expect(within(preview()).getByLabelText('Starting balance')).toHaveValue('60');
    expect(within(preview()).getAllByText('New')).toHaveLength(50);
    expect(await countEntries(db)).toBe(0);

    const outcome = await confirmImport();
    expect(outcome).toHaveTextContent('Added 50 entries, 0 already in your ledger.');
    expect(await countEntries(db)).toBe(50);
    expect(await db.account.get('account')).toMatchObject({
      plan: 'freelancer-plus',
      cycleDay: 10,
      start: '2026-08-10',
      startingBalance: 60,
      era: { kind: 'auto' },
    });
    expect(screen.getByRole('region', { name: 'Your imports' })).toHaveTextContent(
      'Pasted text · 50 entries',
    );
  });

  it('shows a progress bar while a file is read, then the preview', async () => {
    await openImport();
    chooseFile(new File([readSample(SAMPLES.csv)], 'history.csv'));
    const bar = screen.getByRole('progressbar', { name: /^Reading history\.csv/ });
    expect(bar).toHaveAttribute('aria-valuenow', '0');
    expect(await screen.findByRole('region', { name: 'Preview of history.csv' })).toHaveTextContent(
      'Read as a CSV file: 75 rows',
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('adds nothing when the same history is imported again', async () => {
    await openImport();
    await pasteAndPreview(SAMPLE);
    await confirmImport();
    await pasteAndPreview(SAMPLE);
    await waitFor(() =>
      expect(summary()).toHaveTextContent('0 new entries, 50 rows already in your ledger'),
    );
    expect(within(preview()).getAllByText('Already in your ledger')).toHaveLength(50);
    expect(within(preview()).getByRole('button', { name: 'Import 0 entries' })).toBeDisabled();
    expect(preview()).toHaveTextContent('Nothing new: every row is already in your ledger.');
    expect(await countEntries(db)).toBe(50);
  });

  it('adds only the new rows of the last 30 days pasted again; identical new rows stay separate', async () => {
    await openImport();
    await pasteAndPreview(SAMPLE);
    await confirmImport();
    const lines = SAMPLE.split('\n');
    const header = lines.slice(0, 4).join('\n').replace('108 Connects', '92 Connects');
    const window = lines.slice(4).filter((l) => /^(Nov|Oct (1[7-9]|2\d|3\d)),/.test(l));
    const fresh = [
      'Nov 18, 2026\tApplied to job\tNew gig\t-8',
      'Nov 18, 2026\tApplied to job\tNew gig\t-8',
    ];
    await pasteAndPreview([header, ...fresh, ...window].join('\n'));
    const stored = window.filter((l) => !/Boosted|Monthly/.test(l)).length;
    expect(summary()).toHaveTextContent(`2 new entries, ${stored} rows already`);
    expect(preview()).toHaveTextContent('The page’s balance, 92 Connects, is what the rules give');
    expect(await confirmImport()).toHaveTextContent('Added 2 entries, ');
    expect((await readAllEntries(db)).filter((e) => e.details === 'New gig')).toHaveLength(2);
    expect(await countEntries(db)).toBe(52);
  });

  it('offers the starting balance and a correction when the balance does not match', async () => {
    await openImport();
    await pasteAndPreview(SAMPLE);
    const start = within(preview()).getByLabelText('Starting balance');
    fireEvent.change(start, { target: { value: '50' } });
    expect(preview()).toHaveTextContent(
      'The page says your balance is 108 Connects; after this import the rules give 98 Connects, 10 fewer.',
    );
    fireEvent.click(
      within(preview()).getByRole('button', { name: 'Set the starting balance to 60' }),
    );
    expect(start).toHaveValue('60');
    expect(preview()).toHaveTextContent('The page’s balance, 108 Connects, is what the rules give');

    fireEvent.change(start, { target: { value: '50' } });
    fireEvent.click(
      within(preview()).getByRole('button', {
        name: 'Record the difference as a correction (+10)',
      }),
    );
    expect(preview()).toHaveTextContent('The page’s balance, 108 Connects, is what the rules give');
    expect(preview()).toHaveTextContent('A correction of +10 on 2026-11-16 will be recorded.');
    expect(within(preview()).getByText('Correction (fix)')).toBeInTheDocument();
    await confirmImport();
    const fixes = (await readAllEntries(db)).filter((e) => e.type === 'adjust');
    expect(fixes).toMatchObject([{ date: '2026-11-16', connects: 10 }]);
    expect(await db.account.get('account')).toMatchObject({ startingBalance: 50 });
  });

  it('records a monthly grant the file shows differently from the rules as a correction', async () => {
    await openImport();
    await pasteAndPreview(
      SAMPLE.replace(
        'Sep 10, 2026\tMonthly Connects\tFreelancer Plus membership\t+100',
        'Sep 10, 2026\tMonthly Connects\tFreelancer Plus membership\t+90',
      ),
    );
    const note = 'The file shows 90 monthly Connects on 2026-09-10; the rules give 100.';
    expect(preview()).toHaveTextContent(note);
    fireEvent.click(
      within(preview()).getByRole('button', { name: 'Record as a correction (−10)' }),
    );
    expect(preview()).toHaveTextContent('A correction of −10 on 2026-09-10 will be recorded.');
    await confirmImport();
    expect((await readAllEntries(db)).filter((e) => e.type === 'adjust')).toMatchObject([
      { date: '2026-09-10', connects: -10 },
    ]);
  });

  it('undoes an import as a whole after a confirmation, and the account it set up', async () => {
    await openImport();
    await pasteAndPreview(SAMPLE);
    await confirmImport();
    const batches = screen.getByRole('region', { name: 'Your imports' });
    fireEvent.click(within(batches).getByRole('button', { name: 'Undo the import Pasted text' }));
    expect(await countEntries(db)).toBe(50);
    fireEvent.click(within(batches).getByRole('button', { name: 'Yes, undo this import' }));
    await waitFor(async () => expect(await countEntries(db)).toBe(0));
    expect(await db.batches.count()).toBe(0);
    expect(await db.account.count()).toBe(0);
    expect(await within(batches).findByText('No imports yet.')).toBeInTheDocument();
  });
  it('undoing an import that set the starting balance says so and puts the old one back', async () => {
    const account = (startingBalance: number) => ({
      id: 'account' as const,
      plan: 'freelancer-plus',
      cycleDay: 10,
      start: '2026-08-10',
      startingBalance,
      era: { kind: 'auto' as const },
      createdAt: '2026-08-01T00:00:00.000Z',
    });
    await db.account.put(account(50));
    const events = parseHistory(SAMPLE).events;
    await run(
      importBatch({
        fileName: 'history.txt',
        format: 'copied-rows',
        events,
        account: account(60),
      }),
    );
    await openImport();
    const batches = screen.getByRole('region', { name: 'Your imports' });
    fireEvent.click(
      await within(batches).findByRole('button', { name: 'Undo the import history.txt' }),
    );
    expect(
      await within(batches).findByText(
        'Remove the 50 entries it added, and put back the starting balance of 50 Connects?',
      ),
    ).toBeInTheDocument();
    fireEvent.click(within(batches).getByRole('button', { name: 'Yes, undo this import' }));
    await waitFor(async () => expect(await countEntries(db)).toBe(0));
    expect(await db.account.get('account')).toEqual(account(50));
  });
});
