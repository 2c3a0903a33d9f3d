// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ConnectsDb } from '../../src/db/database';
import { importBatch } from '../../src/commands';
import { run } from '../fixtures/db';
import { parseHistory } from '../../src/import/parseHistory';
import { readSample, SAMPLES } from '../import/sampleFiles';
import { PLUS_ACCOUNT } from './seed';
import { chooseFile, failureMessage, openImport, pasteAndPreview } from './importSteps';
import { freshDb } from './renderApp';
import { countEntries, readAllEntries } from '../../src/db/entryPages';

const file = (parts: BlobPart[], name: string) => new File(parts, name);
const CSV_HEAD = 'Date,Action,Details,Connects\n';

async function expectNothingWritten(db: ConnectsDb) {
  expect(await countEntries(db)).toBe(0);
  expect(await db.account.count()).toBe(0);
  expect(await db.batches.count()).toBe(0);
}

describe('bad input: a clear message, nothing written', () => {
  let db: ConnectsDb;
  beforeEach(async () => {
    db = freshDb();
    await openImport();
  });

  it.each([
    [
      'a spreadsheet (.xlsx)',
      file([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0])], 'history.xlsx'),
      'This is a zip archive or an Excel/OpenDocument spreadsheet, not text: copy the history page or save it as CSV. Nothing was saved.',
    ],
    [
      'an image',
      file([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])], 'shot.png'),
      'This is a PNG image, not text',
    ],
    ['an empty file', file([], 'empty.csv'), 'The file is empty. Nothing was saved.'],
    [
      'a CSV without a date column',
      file(['Name,Amount\nLogo,-5\n'], 'no-date.csv'),
      'The CSV has no date column (columns: "Name", "Amount")',
    ],
    [
      'a CSV without an amount column',
      file(['Date,Note\n2026-11-01,hello\n'], 'no-amount.csv'),
      'The CSV has no Connects amount column (columns: "Date", "Note")',
    ],
  ])('%s', async (_what, input, message) => {
    chooseFile(input);
    const alert = await failureMessage();
    expect(alert).toHaveTextContent(message);
    expect(alert).toHaveTextContent(`Could not import ${input.name}`);
    await expectNothingWritten(db);
  });

  it('a file over 50 MB, refused by its size before it is read', async () => {
    const big = file(['not read'], 'huge.csv');
    Object.defineProperty(big, 'size', { value: 60 * 1024 * 1024 });
    Object.defineProperty(big, 'slice', {
      value: () => {
        throw new Error('read a byte of a file that is too big');
      },
    });
    chooseFile(big);
    expect(await failureMessage()).toHaveTextContent(
      'The file is too big (60.0 MB; the limit is 50.0 MB). Nothing was saved.',
    );
    await expectNothingWritten(db);
  });

  it('offers the columns to map when the CSV has none it recognises', async () => {
    chooseFile(file(['When it was,Label,Number\nsoon,x,y\n'], 'odd.csv'));
    await failureMessage();
    expect(screen.getByRole('group', { name: 'Columns' })).toBeInTheDocument();
    expect(screen.getByLabelText('Date')).toHaveValue('0');
  });

  it.each([
    [
      'unreadable dates',
      'Smarch 45 2026,Applied to job,Logo,-5',
      '"Smarch 45 2026" is not a date',
      'no date this app can read',
    ],
    [
      'amounts that are not whole numbers',
      '2026-11-02,Applied to job,Logo,-5.5',
      '-5.5 is not a whole number of Connects',
      'no whole number of Connects',
    ],
    [
      'absurd values',
      '2026-11-02,Applied to job,Logo,-10000000',
      '-10000000 Connects in one row is not believable (more than 10,000)',
      'no whole number of Connects',
    ],
  ])(
    '%s: the row is shown with its line and text, and can only be skipped',
    async (_what, row, message, blocker) => {
      await pasteAndPreview(`${CSV_HEAD}${row}\n`);
      const problems = screen.getByRole('region', { name: '1 row could not be read' });
      expect(problems).toHaveTextContent(`Line 2: ${message}`);
      expect(problems).toHaveTextContent(row);
      expect(within(problems).getByLabelText('Pick a type for line 2')).toBeDisabled();
      expect(problems).toHaveTextContent(`The row has ${blocker}`);
      expect(screen.getByRole('button', { name: /^Import/ })).toBeDisabled();
      fireEvent.click(within(problems).getByRole('button', { name: 'Skip line 2' }));
      expect(screen.getByRole('button', { name: /^Import/ })).toBeDisabled();
      expect(screen.getByText('There is nothing to import in this file.')).toBeInTheDocument();
      await expectNothingWritten(db);
    },
  );

  it('a commit that fails half-way leaves the ledger exactly as it was and says what was not saved', async () => {
    const earlier = parseHistory(`${CSV_HEAD}2026-11-11,Applied to job,Earlier job,-4\n`);
    await run(
      importBatch({
        fileName: 'earlier.csv',
        format: 'csv',
        events: earlier.events,
        account: PLUS_ACCOUNT,
      }),
    );
    const before = {
      entries: await readAllEntries(db),
      batches: await db.batches.toArray(),
      account: await db.account.toArray(),
    };
    // The batch record, the account and the id reservation are written by then: the page of
    // entries is the last write.
    let created = 0;
    db.entryPages.hook('creating', () => {
      created += 1;
      throw new Error('disk went away');
    });
    await pasteAndPreview(readSample(SAMPLES.rows));
    fireEvent.click(screen.getByRole('button', { name: 'Import 50 entries' }));
    const alert = await screen.findByText(/^Not saved: the import of/);
    expect(alert).toHaveTextContent(
      "Not saved: the import of 'Pasted text' (50 entries) — the browser refused the write (disk went away). Your ledger is as it was.",
    );
    expect(alert).toHaveAttribute('role', 'alert');
    expect(created).toBe(1);
    expect(await readAllEntries(db)).toEqual(before.entries);
    expect(await db.batches.toArray()).toEqual(before.batches);
    expect(await db.account.toArray()).toEqual(before.account);
    expect(screen.getByRole('region', { name: /^Preview of/ })).toBeInTheDocument();
  });
});
