// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { importBatch } from '../../src/commands';
import type { ConnectsDb } from '../../src/db/database';
import { countEntries, readAllEntries } from '../../src/db/entryPages';
import { readAllOutcomes } from '../../src/db/outcomes';
import { SAMPLE_ACCOUNT } from '../../src/features/firstRun/loadSample';
import { parseHistory } from '../../src/import/parseHistory';
import { readSample, SAMPLES } from '../import/sampleFiles';
import { run } from '../fixtures/db';
import { chooseFile, openImport } from './importSteps';
import { freshDb, renderApp } from './renderApp';

const OUTCOMES = readSample('proposal-outcomes.csv');
const preview = () => screen.getByRole('region', { name: /^Preview of/ });
const imports = () => screen.getByRole('region', { name: 'Your imports' });

async function seedSample(): Promise<void> {
  const parsed = parseHistory(readSample(SAMPLES.csv));
  await run(
    importBatch({
      fileName: 'connects-history.csv',
      format: parsed.format,
      events: parsed.events,
      account: { ...SAMPLE_ACCOUNT, createdAt: '2026-11-21T10:00:00.000Z' },
      now: new Date('2026-11-21T10:00:00.000Z'),
    }),
  );
}

async function previewFile(text: string, name: string) {
  chooseFile(new File([text], name, { type: 'text/csv' }));
  return screen.findByRole('region', { name: `Preview of ${name}` }, { timeout: 5000 });
}

describe('importing an outcomes file', () => {
  let db: ConnectsDb;
  beforeEach(async () => {
    db = freshDb();
    await seedSample();
  }, 20_000);

  it('previews what changes, updates all 42 proposals in one step, and adds no entry', async () => {
    const user = userEvent.setup();
    await openImport();
    const region = await previewFile(OUTCOMES, 'proposal-outcomes.csv');
    expect(region).toHaveTextContent('Read as a CSV file of proposal outcomes: 42 rows.');
    expect(within(region).getByTestId('outcomes-summary')).toHaveTextContent(
      '42 proposals’ outcomes updated; 0 not found; 0 matching more than one. No entry is added.',
    );
    // The outcome columns, found by their names.
    const mapping = within(region).getByRole('group', { name: 'What became of each proposal' });
    expect(within(mapping).getByLabelText('Status')).toHaveDisplayValue('Status');
    expect(within(mapping).getByLabelText('Earned (USD)')).toHaveDisplayValue('Earned');
    expect(within(mapping).getByLabelText('Client hire rate')).toHaveDisplayValue('Hire rate');
    expect(within(region).getByLabelText('Connects')).toHaveDisplayValue('— none —');
    // Each change, what it is now and what the file says.
    const table = within(region).getByRole('table', { name: /Outcomes to update/ });
    const hired = within(table).getByRole('row', { name: /2026-09-17 Python scraper/ });
    expect(
      within(hired)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      '26',
      '2026-09-17',
      'Python scraper for real-estate listings',
      'sent',
      'hired ($300.00) · python',
    ]);
    expect(within(table).getAllByRole('row')).toHaveLength(43);
    expect(await readAllOutcomes(db)).toEqual(new Map());

    await user.click(within(region).getByRole('button', { name: 'Update 42 proposals' }));
    expect(
      await screen.findByText(
        '✓ Updated the outcomes of 42 proposals; no entry added.',
        undefined,
        {
          timeout: 5000,
        },
      ),
    ).toBeVisible();
    expect(await countEntries(db)).toBe(50);
    const stored = await readAllOutcomes(db);
    expect(stored.size).toBe(42);
    const python = (await readAllEntries(db)).find(
      (e) => e.date === '2026-09-17' && e.details === 'Python scraper for real-estate listings',
    );
    expect(stored.get(python!.id!)).toEqual({
      stage: 'hired',
      result: 'hired',
      earnedUsd: 300,
      tags: ['python'],
      signals: { hireRate: 85, paymentVerified: true },
    });
    await waitFor(() =>
      expect(imports()).toHaveTextContent('proposal-outcomes.csv · outcomes of 42 proposals'),
    );
  }, 20_000);

  it('is undone by Ctrl+Z, and redone', async () => {
    const user = userEvent.setup();
    await openImport();
    const region = await previewFile(OUTCOMES, 'proposal-outcomes.csv');
    await user.click(within(region).getByRole('button', { name: 'Update 42 proposals' }));
    await screen.findByText(/^✓ Updated the outcomes/, undefined, { timeout: 5000 });
    expect((await readAllOutcomes(db)).size).toBe(42);

    await user.click(document.body);
    await user.keyboard('{Control>}z{/Control}');
    await waitFor(async () => expect((await readAllOutcomes(db)).size).toBe(0));
    expect(await countEntries(db)).toBe(50);
    await waitFor(() => expect(imports()).not.toHaveTextContent('proposal-outcomes.csv'));

    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(async () => expect((await readAllOutcomes(db)).size).toBe(42));
  }, 20_000);

  it('is undone from “Your imports”, putting back the outcomes it replaced', async () => {
    const user = userEvent.setup();
    await openImport();
    // First a file that marks one proposal viewed, then the whole sample file.
    const one = [
      'Date,Details,Status,Tags',
      '2026-11-16,Logo refresh for a bakery,Viewed,logo',
    ].join('\n');
    let region = await previewFile(one, 'one.csv');
    expect(within(region).getByTestId('outcomes-summary')).toHaveTextContent(
      '1 proposal’s outcome updated; 0 not found; 0 matching more than one.',
    );
    await user.click(within(region).getByRole('button', { name: 'Update 1 proposal' }));
    await screen.findByText(/^✓ Updated the outcomes of 1 proposal;/, undefined, { timeout: 5000 });
    region = await previewFile(OUTCOMES, 'proposal-outcomes.csv');
    await user.click(within(region).getByRole('button', { name: 'Update 42 proposals' }));
    await screen.findByText(/^✓ Updated the outcomes of 42 proposals/, undefined, {
      timeout: 5000,
    });

    await user.click(
      await within(imports()).findByRole('button', {
        name: 'Undo the import proposal-outcomes.csv',
      }),
    );
    const confirm = within(imports()).getByRole('group', {
      name: 'Confirm undoing proposal-outcomes.csv',
    });
    expect(confirm).toHaveTextContent(
      'Put back the outcomes the 42 proposals had before (those you have not changed since)?',
    );
    await user.click(within(confirm).getByRole('button', { name: 'Yes, undo this import' }));
    await waitFor(async () => expect((await readAllOutcomes(db)).size).toBe(1));
    expect([...(await readAllOutcomes(db)).values()]).toEqual([
      { stage: 'viewed', result: 'open', tags: ['logo'] },
    ]);
    expect(await countEntries(db)).toBe(50);
    expect(imports()).toHaveTextContent('one.csv · outcomes of 1 proposal');
  }, 20_000);

  it('lists the rows it cannot apply with their lines, and applies the others only', async () => {
    const user = userEvent.setup();
    await openImport();
    const text = [
      'Date,Details,Status,Earned',
      '2026-11-16,Logo refresh for a bakery,Hired,$250',
      '2026-11-15,Logo refresh for a bakery,Viewed,',
      '2026-10-01,Fix CI pipeline in GitHub Actions,Declined,',
      '2026-10-01,FIX CI PIPELINE in GitHub Actions,Viewed,',
      '2026-11-14,WordPress plugin bug fix,Ghosted,',
    ].join('\n');
    const region = await previewFile(text, 'mixed.csv');
    expect(within(region).getByTestId('outcomes-summary')).toHaveTextContent(
      '1 proposal’s outcome updated; 1 not found; 2 matching more than one; 1 row that could not be read.',
    );
    const skipped = within(region).getByRole('region', { name: '4 rows not applied' });
    expect(
      within(skipped)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Line 3: no proposal of 2026-11-15 is named "Logo refresh for a bakery"',
      'Line 4: 2 rows of the file name the same proposal of 2026-10-01',
      'Line 5: 2 rows of the file name the same proposal of 2026-10-01',
      expect.stringMatching(/^Line 6: Status: "Ghosted" is not a status word/),
    ]);
    await user.click(within(region).getByRole('button', { name: 'Update 1 proposal' }));
    await screen.findByText(/^✓ Updated the outcomes of 1 proposal;/, undefined, { timeout: 5000 });
    expect([...(await readAllOutcomes(db)).values()]).toEqual([
      { stage: 'hired', result: 'hired', earnedUsd: 250 },
    ]);
  }, 20_000);

  it('offers nothing to confirm when no row names a stored proposal', async () => {
    await openImport();
    const text = ['Date,Details,Status', '2025-01-01,Some other job,Viewed'].join('\n');
    const region = await previewFile(text, 'other.csv');
    expect(within(region).getByRole('button', { name: 'Update 0 proposals' })).toBeDisabled();
    expect(region).toHaveTextContent(
      'Nothing to update: no row of the file names a proposal in your ledger.',
    );
    expect(preview()).toHaveTextContent(
      'Line 2: no proposal of 2025-01-01 is named "Some other job"',
    );
  });
});

describe('a history CSV with outcome columns', () => {
  let db: ConnectsDb;
  beforeEach(() => {
    db = freshDb();
  }, 20_000);

  it('shows each proposal’s outcome in the preview and stores it with the new rows', async () => {
    const user = userEvent.setup();
    await openImport();
    const text = [
      'Date,Action,Details,Connects,Status,Earned',
      '2026-03-02,Applied to job,Logo refresh,-4,Hired,$120',
      '2026-03-03,Applied to job,Site audit,-6,Declined,',
      '2026-03-04,Boosted profile,Profile boost,-10,,',
    ].join('\n');
    const region = await previewFile(text, 'sheet.csv');
    expect(within(region).getByTestId('import-summary')).toHaveTextContent(
      '2 proposals, 1 profile boost — 3 new entries',
    );
    expect(region).toHaveTextContent('Logo refresh · hired ($120.00)');
    expect(region).toHaveTextContent('Site audit · lost');
    await user.click(within(region).getByRole('button', { name: 'Import 3 entries' }));
    await screen.findByText(/^✓ Added 3 entries/, undefined, { timeout: 5000 });
    const entries = await readAllEntries(db);
    expect(entries.map((e) => [e.details, e.kind ?? 'proposal'])).toEqual([
      ['Logo refresh', 'proposal'],
      ['Site audit', 'proposal'],
      ['Profile boost', 'profile-boost'],
    ]);
    const stored = await readAllOutcomes(db);
    expect(entries.map((e) => stored.get(e.id!))).toEqual([
      { stage: 'hired', result: 'hired', earnedUsd: 120 },
      { stage: 'sent', result: 'lost' },
      undefined,
    ]);
  });
});

describe('a history CSV with outcome columns, imported again', () => {
  let db: ConnectsDb;
  beforeEach(() => {
    db = freshDb();
  });

  it('says the proposals it holds keep their outcomes, and updates them once read as outcomes', async () => {
    const user = userEvent.setup();
    await openImport();
    const sheet = (status: string) =>
      [
        'Date,Action,Details,Connects,Status',
        '2026-03-02,Boosted proposal,Logo refresh,-10,',
        `2026-03-02,Applied to job,Logo refresh,-4,${status}`,
        '2026-03-03,Applied to job,Site audit,-6,Submitted',
      ].join('\n');
    let region = await previewFile(sheet('Viewed'), 'sheet.csv');
    expect(within(region).queryByTestId('stored-outcomes-note')).toBeNull();
    await user.click(within(region).getByRole('button', { name: 'Import 2 entries' }));
    await screen.findByText(/^✓ Added 2 entries/, undefined, { timeout: 5000 });

    region = await previewFile(sheet('Hired'), 'sheet.csv');
    expect(within(region).getByTestId('stored-outcomes-note')).toHaveTextContent(
      '2 proposals already in your ledger have an outcome in this file: an import only adds rows.',
    );
    await user.selectOptions(within(region).getByLabelText('Connects'), '— none —');
    region = await screen.findByRole('region', { name: 'Preview of sheet.csv' }, { timeout: 5000 });
    await waitFor(() =>
      expect(within(region).getByTestId('outcomes-summary')).toHaveTextContent(
        '1 proposal’s outcome updated; 0 not found; 0 matching more than one; 1 proposal already as the file says.',
      ),
    );
    expect(region).toHaveTextContent(
      'The file: 1 row is about something other than a proposal (a boost, a refund, a purchase…) and left out.',
    );
    await user.click(within(region).getByRole('button', { name: 'Update 1 proposal' }));
    await screen.findByText(/^✓ Updated the outcomes of 1 proposal;/, undefined, { timeout: 5000 });
    const entries = await readAllEntries(db);
    const stored = await readAllOutcomes(db);
    expect(entries.map((e) => [e.details, e.boost, stored.get(e.id!)])).toEqual([
      ['Logo refresh', 10, { stage: 'hired', result: 'hired' }],
      ['Site audit', undefined, { stage: 'sent', result: 'open' }],
    ]);
    // Reading it as outcomes was for that import: the same header is a history again.
    region = await previewFile(sheet('Hired'), 'next-month.csv');
    expect(region).toHaveTextContent('Read as a CSV file:');
    expect(within(region).getByLabelText('Connects')).toHaveDisplayValue('Connects');
  }, 20_000);
});

describe('outcome columns in the column mapping', () => {
  let db: ConnectsDb;
  beforeEach(() => {
    db = freshDb();
  });

  const TEXT = [
    'Date,Action,Title,Connects,Note,Status',
    '2026-03-02,Applied to job,Logo refresh,-4,ours,Viewed',
  ].join('\n');
  const KEY = 'import.csv-columns:["date","action","title","connects","note","status"]';

  it('are changed like the others and remembered per header; mappings saved before them still apply', async () => {
    const user = userEvent.setup();
    // Saved by an earlier version: the ledger's seven fields only, details from "Note".
    await db.kv.put({
      key: KEY,
      value: { date: 0, action: 1, details: 4, connects: 3, usd: null, ref: null, balance: null },
    });
    await openImport();
    let region = await previewFile(TEXT, 'sheet.csv');
    await waitFor(() => expect(region).toHaveTextContent('ours · viewed'));
    const status = () =>
      within(screen.getByRole('region', { name: /^Preview of/ })).getByLabelText('Status');
    expect(status()).toHaveDisplayValue('Status');

    await user.selectOptions(status(), '— none —');
    await waitFor(() => expect(status()).toHaveDisplayValue('— none —'));
    region = screen.getByRole('region', { name: /^Preview of/ });
    expect(region).not.toHaveTextContent('· viewed');
    await waitFor(async () =>
      expect((await db.kv.get(KEY))?.value).toMatchObject({ details: 4, status: null }),
    );

    // The same header again: the choice is remembered.
    await user.click(within(region).getByRole('button', { name: 'Cancel' }));
    region = await previewFile(TEXT, 'again.csv');
    await waitFor(() => expect(status()).toHaveDisplayValue('— none —'));
    expect(region).toHaveTextContent('ours');
    expect(region).not.toHaveTextContent('· viewed');
  }, 20_000);
});

describe('Load sample history', () => {
  it('loads the sample’s outcomes with it, and undoing the sample removes them', async () => {
    const db = freshDb();
    const user = userEvent.setup();
    const { router } = renderApp('/');
    await user.click(await screen.findByRole('button', { name: 'Load sample history' }));
    await waitFor(async () => expect(await db.batches.count()).toBe(1), { timeout: 5000 });
    expect(await countEntries(db)).toBe(50);
    expect((await readAllOutcomes(db)).size).toBe(42);

    await router.navigate('/import');
    const list = await screen.findByRole('region', { name: 'Your imports' }, { timeout: 5000 });
    await user.click(
      await within(list).findByRole('button', { name: /Undo the import sample-history\.csv/ }),
    );
    await user.click(within(list).getByRole('button', { name: 'Yes, undo this import' }));
    await waitFor(async () => expect(await countEntries(db)).toBe(0));
    expect((await readAllOutcomes(db)).size).toBe(0);
  }, 20_000);
});
