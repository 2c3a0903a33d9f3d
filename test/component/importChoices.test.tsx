// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ConnectsDb } from '../../src/db/database';
import { ledgerInput } from '../../src/db/ledgerInput';
import type { EntryRecord } from '../../src/db/records';
import { stateAt } from '../../src/engine/replay';
import { readSample, SAMPLES } from '../import/sampleFiles';
import { chooseFile, confirmImport, openImport, pasteAndPreview } from './importSteps';
import { freshDb } from './renderApp';
import { readAllEntries } from '../../src/db/entryPages';

const preview = () => screen.getByRole('region', { name: /^Preview of/ });
const rowsTable = () =>
  within(preview()).getByRole('table', { name: 'Rows to store, oldest first' });

describe('import choices', () => {
  let db: ConnectsDb;
  beforeEach(async () => {
    db = freshDb();
    await openImport();
  });

  it('asks for the date order when dates fit both, and shows the choice', async () => {
    await pasteAndPreview(
      'Date,Action,Details,Connects\n03/04/2026,Applied to job,Logo,-5\n05/06/2026,Applied to job,Site,-4\n',
    );
    const group = within(preview()).getByRole('group', { name: /fit both orders/ });
    expect(within(group).getByLabelText(/^Month first/)).toBeChecked();
    expect(group).toHaveTextContent('Dates are read month first.');
    expect(rowsTable()).toHaveTextContent('2026-03-04');
    fireEvent.click(within(group).getByLabelText(/^Day first/));
    await waitFor(() => expect(rowsTable()).toHaveTextContent('2026-04-03'));
    const again = within(preview()).getByRole('group', { name: /fit both orders/ });
    expect(within(again).getByLabelText(/^Day first/)).toBeChecked();
    expect(again).toHaveTextContent('Dates are read day first.');
    await confirmImport();
    expect((await readAllEntries(db)).map((e) => e.date).sort()).toEqual([
      '2026-04-03',
      '2026-06-05',
    ]);
  });

  it('lets the user change a CSV column and remembers it for files with the same header', async () => {
    const csv =
      'Date,Action,Details,Connects,Client\n2026-11-02,Applied to job,Logo,-5,Bakery Ltd\n';
    await pasteAndPreview(csv);
    const columns = within(preview()).getByRole('group', { name: 'Columns' });
    expect(within(columns).getByLabelText('Details')).toHaveValue('2');
    fireEvent.change(within(columns).getByLabelText('Details'), { target: { value: '4' } });
    await waitFor(() => expect(rowsTable()).toHaveTextContent('Bakery Ltd'));
    // One remembered mapping.
    const remembered = async () => db.kv.count();
    await waitFor(async () => expect(await remembered()).toBe(1));

    fireEvent.click(within(preview()).getByRole('button', { name: 'Cancel' }));
    chooseFile(new File([csv], 'same-header.csv'));
    await screen.findByRole('region', { name: 'Preview of same-header.csv' });
    await waitFor(() => expect(within(preview()).getByLabelText('Details')).toHaveValue('4'));
    expect(rowsTable()).toHaveTextContent('Bakery Ltd');
  });

  it('turns a row it cannot read into an event of the type picked, or skips it', async () => {
    await pasteAndPreview(
      [
        'Nov 14, 2026\tMystery thing\tNew client call\t-16',
        'Nov 13, 2026\tApplied to job\tLogo refresh\t-8',
        'Nov 12, 2026\tOdd grant\tPromo\t+5',
      ].join('\n'),
    );
    const problems = within(preview()).getByRole('region', { name: '2 rows could not be read' });
    expect(problems).toHaveTextContent('Line 1: unknown action "Mystery thing"');
    expect(problems).toHaveTextContent('Nov 14, 2026 Mystery thing New client call -16');
    expect(within(preview()).getByRole('button', { name: 'Import 1 entry' })).toBeDisabled();
    fireEvent.change(within(problems).getByLabelText('Pick a type for line 1'), {
      target: { value: 'spend' },
    });
    expect(problems).toHaveTextContent('→ Proposal on 2026-11-14, −16');
    fireEvent.click(within(problems).getByRole('button', { name: 'Skip line 3' }));
    expect(problems).toHaveTextContent('Skipped.');
    expect(rowsTable()).toHaveTextContent('Proposal (picked type)');
    await confirmImport();
    const entries = await readAllEntries(db);
    expect(entries.map(({ date, type, connects, ref }) => ({ date, type, connects, ref }))).toEqual(
      [
        { date: '2026-11-13', type: 'spend', connects: 8, ref: 'Logo refresh' },
        { date: '2026-11-14', type: 'spend', connects: 16, ref: 'Mystery thing — New client call' },
      ],
    );
  });

  it(
    'imports all three samples to the same ledger, ending at 108 Connects',
    { timeout: 20_000 },
    async () => {
      const ledgers: unknown[] = [];
      for (const name of [SAMPLES.rows, SAMPLES.blocks, SAMPLES.csv]) {
        cleanup();
        db = freshDb();
        await openImport();
        await pasteAndPreview(readSample(name));
        if (name === SAMPLES.csv) {
          // A hand-kept CSV has no "My balance": the user types what they held before the first row.
          expect(preview()).toHaveTextContent('The file shows no balance to check against');
          fireEvent.change(within(preview()).getByLabelText('Starting balance'), {
            target: { value: '60' },
          });
        }
        await confirmImport();
        const account = await db.account.get('account');
        const entries = await readAllEntries(db);
        const { input } = ledgerInput(account!, entries);
        expect(stateAt(input, '2026-11-16').balance).toBe(108);
        ledgers.push({
          account: { ...account, createdAt: undefined },
          entries: entries.map(({ id: _id, batchId: _b, order: _o, ...e }: EntryRecord) => e),
        });
      }
      expect(ledgers[1]).toEqual(ledgers[0]);
      expect(ledgers[2]).toEqual(ledgers[0]);
    },
  );
  it('offers to move the account start back when the file reaches before it, and undo puts it back', async () => {
    const account = {
      id: 'account' as const,
      plan: 'freelancer-plus',
      cycleDay: 10,
      start: '2026-10-10',
      startingBalance: 0,
      era: { kind: 'auto' as const },
      createdAt: '2026-10-10T00:00:00.000Z',
    };
    await db.account.put(account);
    await pasteAndPreview(readSample(SAMPLES.rows));
    const reconcile = within(preview()).getByRole('region', { name: 'Checked against the rules' });
    expect(reconcile).toHaveTextContent(
      /\d+ rows are dated before your account’s start \(2026-10-10\): the rules refuse them\./,
    );
    fireEvent.click(
      within(reconcile).getByRole('button', { name: 'Move the account start to 2026-08-10' }),
    );
    expect(reconcile).not.toHaveTextContent('dated before your account’s start');
    fireEvent.click(
      within(reconcile).getByRole('button', { name: 'Set the starting balance to 60' }),
    );
    expect(preview()).toHaveTextContent('The page’s balance, 108 Connects, is what the rules give');
    await confirmImport();
    expect(await db.account.get('account')).toEqual({
      ...account,
      start: '2026-08-10',
      startingBalance: 60,
    });

    const batches = screen.getByRole('region', { name: 'Your imports' });
    fireEvent.click(within(batches).getByRole('button', { name: 'Undo the import Pasted text' }));
    expect(
      within(batches).getByText(
        'Remove the 50 entries it added, and put back the starting balance of 0 Connects, the start date 2026-10-10?',
      ),
    ).toBeInTheDocument();
    fireEvent.click(within(batches).getByRole('button', { name: 'Yes, undo this import' }));
    await waitFor(async () => expect(await db.account.get('account')).toEqual(account));
  });
});
