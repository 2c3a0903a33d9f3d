// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ConnectsDb } from '../../src/db/database';
import { readSnapshot } from '../../src/db/exportData';
import { importBatch } from '../../src/commands';
import { run } from '../fixtures/db';
import { ERA_CATALOGUE } from '../../src/engine/eras';
import { BackupSection } from '../../src/features/settings/BackupSection';
import { parseHistory } from '../../src/import/parseHistory';
import { readSample, SAMPLES } from '../import/sampleFiles';
import { confirmImport, chooseFile, openImport } from './importSteps';
import { freshDb, renderApp } from './renderApp';
import { PLUS_ACCOUNT } from './seed';
import { countEntries } from '../../src/db/entryPages';
import { captureDownloads } from './downloads';

const downloads = captureDownloads();

/** A ledger with something in every table: the sample, a custom era in use, a remembered mapping. */
async function seedEverything(db: ConnectsDb) {
  const parsed = parseHistory(readSample(SAMPLES.rows));
  const era = {
    ...(ERA_CATALOGUE.at(-1) as (typeof ERA_CATALOGUE)[number]),
    id: 'my-era',
    name: 'Mine',
  };
  await db.customEras.put({ id: 'my-era', era });
  await run(
    importBatch({
      fileName: 'history.txt',
      format: parsed.format,
      events: parsed.events,
      account: {
        ...PLUS_ACCOUNT,
        start: '2026-08-10',
        startingBalance: 60,
        era: { kind: 'custom', id: 'my-era' },
      },
    }),
  );
  await db.kv.put({ key: 'import.csv-columns:["a"]', value: { date: 0 } });
}

async function download(button: string): Promise<string> {
  fireEvent.click(screen.getByRole('button', { name: button }));
  await waitFor(() => expect(downloads).toHaveLength(1));
  return (downloads[0] as { blob: Blob }).blob.text();
}

describe('backup and export', () => {
  it('is in Settings', async () => {
    const db = freshDb();
    await seedEverything(db);
    renderApp('/settings');
    const section = await screen.findByRole(
      'region',
      { name: 'Backup and export' },
      { timeout: 5000 },
    );
    expect(section).toHaveTextContent('Download a backup (JSON)');
  });

  it('a JSON backup restored into an empty database gives an identical ledger', async () => {
    const db = freshDb();
    await seedEverything(db);
    const before = await readSnapshot(db);
    render(<BackupSection />);
    const json = await download('Download a backup (JSON)');
    expect(downloads[0]?.name).toMatch(/^connects-budget-backup-\d{4}-\d{2}-\d{2}\.json$/);

    const empty = freshDb();
    fireEvent.change(screen.getByLabelText('Backup file'), {
      target: { files: [new File([json], 'backup.json')] },
    });
    const dialog = await screen.findByRole('alertdialog', {
      name: 'Replace your ledger with backup.json?',
    });
    expect(dialog).toHaveTextContent(
      'This replaces no account, 0 entries, 0 imports, 0 custom eras with the backup: the account (Freelancer Plus), 50 entries, 1 import, 1 custom era.',
    );
    expect(await countEntries(empty)).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Replace my ledger' }));
    await waitFor(async () => expect(await countEntries(empty)).toBe(50));
    expect(await readSnapshot(empty)).toEqual(before);
  });

  it('refuses a file that is not a valid backup, naming the field, and changes nothing', async () => {
    const db = freshDb();
    await seedEverything(db);
    const before = await readSnapshot(db);
    render(<BackupSection />);
    const bad = JSON.stringify({
      app: 'connects-budget',
      version: 1,
      exportedAt: '2026-11-21T00:00:00Z',
      account: {},
      entries: [],
      batches: [],
      customEras: [],
    });
    fireEvent.change(screen.getByLabelText('Backup file'), {
      target: { files: [new File([bad], 'bad.json')] },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'bad.json cannot be restored: account.plan: missing field. Nothing was changed.',
    );
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await readSnapshot(db)).toEqual(before);
  });

  it('the CSV export imports back to an identical ledger', async () => {
    const db = freshDb();
    await seedEverything(db);
    const events = async (d: ConnectsDb) =>
      (await readSnapshot(d)).entries.map(({ id: _i, order: _o, batchId: _b, key: _k, ...e }) => e);
    const original = await events(db);
    const { unmount } = render(<BackupSection />);
    const csv = await download('Export the ledger as CSV');
    expect(downloads[0]?.name).toMatch(/^connects-budget-ledger-\d{4}-\d{2}-\d{2}\.csv$/);
    unmount();

    const copy = freshDb();
    await copy.account.put({ ...PLUS_ACCOUNT, start: '2026-08-10', startingBalance: 60 });
    await openImport();
    chooseFile(new File([csv], 'ledger.csv'));
    const preview = await screen.findByRole('region', { name: 'Preview of ledger.csv' });
    expect(preview).toHaveTextContent('Read as this app’s own CSV export: 50 rows');
    await confirmImport();
    expect(await events(copy)).toEqual(original);
  });
});
