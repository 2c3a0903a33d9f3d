// @vitest-environment jsdom
/**
 * Hostile input through the pages, as a user would bring it: markup in every text field
 * (imported, typed, restored) is shown as text; formula cells are escaped on export; files
 * that cannot be read are refused quickly with a message, and after every refusal the ledger
 * is exactly as it was (its full backup text compared before and after).
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ConnectsDb } from '../../src/db/database';
import { readSnapshot, toBackupText } from '../../src/db/exportData';
import { importBatch } from '../../src/commands';
import { run } from '../fixtures/db';
import { ERA_CATALOGUE } from '../../src/engine/eras';
import { loadMapping, saveMapping } from '../../src/features/import/mappingMemory';
import { parseBackup } from '../../src/import/backup';
import { emptyMapping } from '../../src/import/csvColumns';
import { TEXT_LIMITS } from '../../src/import/limits';
import { parseHistory } from '../../src/import/parseHistory';
import { readSample, SAMPLES } from '../import/sampleFiles';
import {
  chooseFile,
  confirmImport,
  failureMessage,
  openImport,
  pasteAndPreview,
} from './importSteps';
import { freshDb, renderApp } from './renderApp';
import { PLUS_ACCOUNT } from './seed';
import { captureDownloads } from './downloads';

vi.mock('../../src/store/clock', () => ({ todayIso: () => '2026-11-21' }));

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  'javascript:window.__xss=3',
  '"><svg onload="window.__xss=4"><a href="javascript:window.__xss=5">x</a>',
];

/** Nothing the payloads would have made exists, and none of their code ran. */
function expectNoMarkup(): void {
  expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  expect(document.querySelector('img, script, iframe, object, embed')).toBeNull();
  expect(document.querySelector('[onerror], [onload], [onclick]')).toBeNull();
  expect(document.querySelector('a[href^="javascript:" i]')).toBeNull();
}

const downloads = captureDownloads();

/** The sample, with its account and a custom era: something in every table. */
async function seedSample(db: ConnectsDb): Promise<void> {
  const parsed = parseHistory(readSample(SAMPLES.rows));
  const era = { ...(ERA_CATALOGUE.at(-1) as (typeof ERA_CATALOGUE)[number]), id: 'mine' };
  await db.customEras.put({ id: 'mine', era });
  await run(
    importBatch({
      fileName: 'history.txt',
      format: parsed.format,
      events: parsed.events,
      account: { ...PLUS_ACCOUNT, start: '2026-08-10', startingBalance: 60 },
    }),
  );
  await db.kv.put({ key: 'import.csv-columns:["a"]', value: { date: 0 } });
}

/** The whole ledger as its backup text (a fixed time, so two reads compare equal). */
const fullExport = async (db: ConnectsDb): Promise<string> =>
  toBackupText(await readSnapshot(db), '2026-11-21T00:00:00.000Z');

/** A ledger's backup, as a user would have downloaded it, with changes made to the parsed JSON. */
async function backupOf(db: ConnectsDb, change: (b: Record<string, unknown>) => void = () => {}) {
  const backup = JSON.parse(await fullExport(db)) as Record<string, unknown>;
  change(backup);
  return JSON.stringify(backup);
}

async function chooseBackup(file: File): Promise<void> {
  fireEvent.change(await screen.findByLabelText('Backup file', undefined, { timeout: 5000 }), {
    target: { files: [file] },
  });
}

describe('markup in any text field is shown as text, never run', { timeout: 20_000 }, () => {
  it('imported: the copied page’s details, and the file’s name', async () => {
    freshDb();
    const rows = PAYLOADS.map((p, i) => `Nov ${12 + i}, 2026\tApplied to job\t${p}\t-8`).join('\n');
    const { router } = renderApp('/import');
    await screen.findByRole(
      'heading',
      { level: 1, name: 'Import your history' },
      { timeout: 5000 },
    );
    chooseFile(
      new File([`Connects History\nMy balance\n68 Connects\n${rows}\n`], `${PAYLOADS[0]}.txt`),
    );
    const preview = await screen.findByRole(
      'region',
      { name: `Preview of ${PAYLOADS[0]}.txt` },
      { timeout: 5000 },
    );
    expect(preview).toHaveTextContent('4 new entries');
    expectNoMarkup();
    await confirmImport();
    expect(screen.getByRole('region', { name: /Your imports/ })).toHaveTextContent(
      `${PAYLOADS[0]}.txt`,
    );
    await router.navigate('/ledger');
    for (const p of PAYLOADS) {
      const [row] = await screen.findAllByRole(
        'row',
        { name: new RegExp(escape(p)) },
        { timeout: 5000 },
      );
      expect(row).toHaveTextContent(p);
    }
    expectNoMarkup();
  });

  it('typed: a proposal’s title and a correction’s note', async () => {
    const db = freshDb();
    await db.account.put(PLUS_ACCOUNT);
    const user = userEvent.setup();
    renderApp('/ledger');
    const form = await screen.findByRole('form', { name: 'Add an entry' }, { timeout: 5000 });
    for (const p of PAYLOADS) {
      const title = within(form).getByLabelText('Job title or reference');
      // Pasted, not typed key by key: user-event reads `{` and `[` as key names.
      await user.click(title);
      await user.paste(p);
      await user.type(within(form).getByLabelText('Connects'), '1');
      await user.click(within(form).getByRole('button', { name: 'Add entry' }));
      await screen.findAllByRole('row', { name: new RegExp(escape(p)) });
    }
    await user.selectOptions(within(form).getByLabelText('Type'), 'adjust');
    await user.type(within(form).getByLabelText('Change in Connects (+ or −)'), '5');
    await user.click(within(form).getByLabelText('Note'));
    await user.paste(PAYLOADS[1] as string);
    await user.click(within(form).getByRole('button', { name: 'Add entry' }));
    await waitFor(async () => expect(await db.entries.count()).toBe(PAYLOADS.length + 1));
    const details = (await db.entries.toArray()).map((e) => e.details ?? e.note);
    expect(details).toEqual([...PAYLOADS, PAYLOADS[1]]);
    for (const p of PAYLOADS)
      expect(screen.getAllByText(p, { exact: false }).length).toBeGreaterThan(0);
    expectNoMarkup();
  });

  it('restored: entries, an import’s file name, a custom era’s name, the backup’s file name', async () => {
    const source = freshDb();
    await seedSample(source);
    const text = await backupOf(source, (b) => {
      const entries = b.entries as Record<string, unknown>[];
      // The newest spends: the ledger list draws the rows in view, newest first.
      const spends = entries.filter((e) => e.type === 'spend').slice(-PAYLOADS.length);
      PAYLOADS.forEach((p, i) => {
        const spend = spends[i] as Record<string, unknown>;
        spend.details = p;
        spend.ref = p;
      });
      entries.push({
        date: '2026-11-20',
        type: 'adjust',
        connects: 1,
        note: PAYLOADS[2],
        order: 99,
        id: 99_999,
      });
      (b.batches as Record<string, unknown>[])[0] = {
        ...(b.batches as Record<string, unknown>[])[0],
        fileName: PAYLOADS[0],
      };
      (b.customEras as Record<string, unknown>[])[0] = {
        ...(b.customEras as Record<string, unknown>[])[0],
        name: PAYLOADS[3],
      };
    });
    const db = freshDb();
    const { router } = renderApp('/settings');
    await chooseBackup(new File([text], `${PAYLOADS[1]}.json`));
    const dialog = await screen.findByRole(
      'alertdialog',
      { name: `Replace your ledger with ${PAYLOADS[1]}.json?` },
      { timeout: 5000 },
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Replace my ledger' }));
    await waitFor(async () => expect(await db.customEras.count()).toBe(1));
    expect(
      await screen.findAllByText(PAYLOADS[3] as string, { exact: false }, { timeout: 5000 }),
    ).not.toHaveLength(0);
    expectNoMarkup();
    await router.navigate('/import');
    expect(
      await screen.findAllByText(PAYLOADS[0] as string, { exact: false }, { timeout: 5000 }),
    ).not.toHaveLength(0);
    await router.navigate('/ledger');
    for (const p of PAYLOADS) {
      expect(
        (await screen.findAllByText(p, { exact: false }, { timeout: 5000 })).length,
      ).toBeGreaterThan(0);
    }
    expectNoMarkup();
  });
});

describe('markup in the other text fields', { timeout: 20_000 }, () => {
  it('typed: a custom era’s id and name (and the inputs’ limits)', async () => {
    const db = freshDb();
    await db.account.put(PLUS_ACCOUNT);
    const user = userEvent.setup();
    renderApp('/settings');
    await user.selectOptions(
      await screen.findByLabelText('Copy from', undefined, { timeout: 5000 }),
      'no-cap-2023',
    );
    await user.click(screen.getByRole('button', { name: 'Copy into a new custom era' }));
    const id = screen.getByLabelText('Id');
    const name = screen.getByLabelText('Name');
    expect(id).toHaveAttribute('maxLength', String(TEXT_LIMITS.eraId));
    expect(name).toHaveAttribute('maxLength', String(TEXT_LIMITS.eraName));
    await user.clear(id);
    await user.click(id);
    await user.paste(PAYLOADS[2] as string);
    await user.clear(name);
    await user.click(name);
    await user.paste(PAYLOADS[0] as string);
    await user.click(screen.getByRole('button', { name: 'Save custom era' }));
    await waitFor(async () => expect(await db.customEras.count()).toBe(1));
    expect((await db.customEras.toArray())[0]).toMatchObject({
      id: PAYLOADS[2],
      era: { name: PAYLOADS[0] },
    });
    expect(await screen.findAllByText(PAYLOADS[0] as string, { exact: false })).not.toHaveLength(0);
    expectNoMarkup();
  });

  it('restored: the account’s plan and a custom era’s id, on every page', async () => {
    const source = freshDb();
    await seedSample(source);
    const text = await backupOf(source, (b) => {
      (b.account as Record<string, unknown>).plan = PAYLOADS[0];
      const era = (b.customEras as Record<string, unknown>[])[0] as Record<string, unknown>;
      era.id = PAYLOADS[2];
      (b.account as Record<string, unknown>).era = { ...era };
    });
    const db = freshDb();
    const { router } = renderApp('/settings');
    await chooseBackup(new File([text], 'plan.json'));
    const dialog = await screen.findByRole(
      'alertdialog',
      { name: 'Replace your ledger with plan.json?' },
      { timeout: 5000 },
    );
    expect(dialog).toHaveTextContent(`the account (${PAYLOADS[0]})`);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Replace my ledger' }));
    await waitFor(async () => expect((await db.account.get('account'))?.plan).toBe(PAYLOADS[0]));
    for (const path of ['/', '/ledger', '/import', '/compare', '/settings']) {
      await router.navigate(path);
      await waitFor(() => expect(document.querySelector('main')).not.toBeNull());
      expectNoMarkup();
    }
    expect(await screen.findAllByText(PAYLOADS[0] as string, { exact: false })).not.toHaveLength(0);
  });
});

describe('more files an import refuses', { timeout: 20_000 }, () => {
  it('over 50 MB, by its size, before a byte is read; the ledger as it was', async () => {
    const db = freshDb();
    await seedSample(db);
    const before = await fullExport(db);
    await openImport();
    const big = new File(['not read'], 'huge.csv');
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
    expect(await fullExport(db)).toBe(before);
  });

  it('a copied page cut off mid-row: the cut row is shown, the rest is read', async () => {
    freshDb();
    await openImport();
    const page = readSample(SAMPLES.blocks);
    const cut = page.slice(0, page.lastIndexOf('Nov') + 3);
    const preview = await pasteAndPreview(cut);
    const problems = within(preview).getByRole('region', { name: '1 row could not be read' });
    expect(problems).toHaveTextContent('the last row is incomplete (no amount of Connects)');
  });
});

/** A regular expression matching the text as it is. */
function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the CSV export escapes formula cells', { timeout: 20_000 }, () => {
  it.each(['=', '+', '-', '@', '\t', '\r'])('a text starting with %j', async (start) => {
    const db = freshDb();
    await seedSample(db);
    const risky = `${start}HYPERLINK("http://evil.example","x")`;
    await db.entries.add({
      date: '2026-11-20',
      type: 'spend',
      connects: 1,
      ref: risky,
      details: risky,
      order: 1e15,
    });
    await db.entries.add({
      date: '2026-11-20',
      type: 'adjust',
      connects: -2,
      note: risky,
      order: 1e15 + 1,
    });
    renderApp('/settings');
    fireEvent.click(
      await screen.findByRole('button', { name: 'Export the ledger as CSV' }, { timeout: 5000 }),
    );
    await waitFor(() => expect(downloads).toHaveLength(1));
    const csv = await (downloads[0] as { blob: Blob }).blob.text();
    const cells = Papa.parse<string[]>(csv, { delimiter: ',' }).data.flat();
    expect(cells).toContain(`'${risky}`);
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    // And it still imports back to the same texts.
    const back = parseHistory(csv).events.filter((e) => e.date === '2026-11-20');
    expect(back.map((e) => e.details || ('note' in e ? e.note : ''))).toEqual([risky, risky]);
  });
});

describe(
  'a refused restore says why, quickly, and leaves the ledger as it was',
  { timeout: 20_000 },
  () => {
    let db: ConnectsDb;
    let before: string;
    beforeEach(async () => {
      db = freshDb();
      await seedSample(db);
      before = await fullExport(db);
      renderApp('/settings');
    });

    const refusedWith = async (file: File, message: string | RegExp) => {
      const start = performance.now();
      await chooseBackup(file);
      const alert = await screen.findByRole('alert', undefined, { timeout: 5000 });
      await waitFor(() => expect(alert).toHaveTextContent(message));
      expect(performance.now() - start).toBeLessThan(3000);
      expect(alert).toHaveTextContent('Nothing was changed.');
      expect(screen.queryByRole('alertdialog')).toBeNull();
      expect(await fullExport(db)).toBe(before);
    };

    it('a huge number of Connects says it is too large', async () => {
      const text = await backupOf(
        db,
        (b) => ((b.entries as Record<string, unknown>[])[0]!.connects = 1e308),
      );
      await refusedWith(
        new File([text], 'big.json'),
        'big.json cannot be restored: entries[0].connects: too large: at most 10,000. Nothing was changed.',
      );
    });

    it('a details text of 5 million characters', async () => {
      const text = await backupOf(
        db,
        (b) => ((b.entries as Record<string, unknown>[])[0]!.details = 'x'.repeat(5_000_000)),
      );
      await refusedWith(
        new File([text], 'long.json'),
        'entries[0].details: too long: at most 500 characters',
      );
    });

    it('a __proto__ key: refused, nothing polluted', async () => {
      const text = (await backupOf(db)).replace(
        '"entries":[',
        '"__proto__":{"polluted":true},"entries":[',
      );
      expect(text).toContain('__proto__');
      await refusedWith(new File([text], 'proto.json'), '__proto__: not allowed in a backup');
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    });

    it('a constructor.prototype key: refused, nothing polluted', async () => {
      const text = (await backupOf(db)).replace(
        '"plan":"freelancer-plus"',
        '"plan":"freelancer-plus","constructor":{"prototype":{"polluted":true}}',
      );
      expect(text).toContain('constructor');
      await refusedWith(
        new File([text], 'ctor.json'),
        'account.constructor: not allowed in a backup',
      );
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
    });

    it('a truncated backup', async () => {
      const text = await backupOf(db);
      await refusedWith(
        new File([text.slice(0, text.length / 2)], 'cut.json'),
        /cut\.json cannot be restored: not a backup: bad JSON/,
      );
    });

    it('a binary file', async () => {
      await refusedWith(
        new File(
          [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0])],
          'photo.json',
        ),
        'photo.json cannot be restored: this is a PNG image, not text',
      );
    });

    it('an empty file', async () => {
      await refusedWith(
        new File([], 'empty.json'),
        /empty\.json cannot be restored: not a backup: bad JSON/,
      );
    });

    it('a file over 50 MB, by its size, before a byte is read', async () => {
      const big = new File(['not read'], 'huge.json');
      Object.defineProperty(big, 'size', { value: 60 * 1024 * 1024 });
      Object.defineProperty(big, 'arrayBuffer', {
        value: () => {
          throw new Error('read a byte of a file that is too big');
        },
      });
      await refusedWith(big, 'the file is too big (60.0 MB; the limit is 50.0 MB)');
    });
  },
);

describe(
  'a refused import says why, quickly, and leaves the ledger as it was',
  { timeout: 20_000 },
  () => {
    let db: ConnectsDb;
    let before: string;
    beforeEach(async () => {
      db = freshDb();
      await seedSample(db);
      before = await fullExport(db);
      await openImport();
    });

    const refusedWith = async (file: File, message: string) => {
      const start = performance.now();
      chooseFile(file);
      const alert = await failureMessage();
      expect(alert).toHaveTextContent(message);
      expect(performance.now() - start).toBeLessThan(3000);
      expect(await fullExport(db)).toBe(before);
    };

    it('a CSV with more than 1,000 columns', async () => {
      const header = Array.from({ length: 200_000 }, () => 'c').join(',');
      await refusedWith(
        new File([`${header}\n${header}\n`], 'wide.csv'),
        'Line 1 has 200,000 columns: at most 1,000, so this is not a history. Nothing was saved.',
      );
    });

    it('a line over 1 MB', async () => {
      await refusedWith(
        new File(
          [`Date,Action,Details,Connects\n2026-11-01,Applied,${'x'.repeat(1_100_000)},-8\n`],
          'long.csv',
        ),
        'Line 2 is too long: at most 1,048,576 characters (1 MB) per line',
      );
    });

    it('a binary file', async () => {
      await refusedWith(
        new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])], 'doc.csv'),
        'This is a PDF document, not text',
      );
    });

    it('an empty file', async () => {
      await refusedWith(new File([], 'empty.csv'), 'The file is empty. Nothing was saved.');
    });

    it('a backup dropped on the import page', async () => {
      await refusedWith(
        new File([await fullExport(db)], 'backup.json'),
        'This is a JSON file, not a history: restore it as a backup instead',
      );
    });
  },
);

describe('rows over a limit, in an import', { timeout: 20_000 }, () => {
  it('are problems naming line and field, can only be skipped, and the rest imports', async () => {
    const db = freshDb();
    await openImport();
    const long = 'x'.repeat(2_500);
    await pasteAndPreview(
      `Date,Action,Details,Connects\n2026-11-01,Applied to job,${long},-8\n2026-11-02,Applied to job,Logo,-8\n`,
    );
    const problems = screen.getByRole('region', { name: '1 row could not be read' });
    expect(problems).toHaveTextContent('Line 2: details: too long: at most 500 characters');
    // The row's text is shown cut, not all 2,500 characters of it.
    expect(problems).toHaveTextContent('more characters)');
    expect(within(problems).getByLabelText('Pick a type for line 2')).toBeDisabled();
    expect(problems).toHaveTextContent(
      'The row has a text over 500 characters: it can only be skipped.',
    );
    fireEvent.click(within(problems).getByRole('button', { name: 'Skip line 2' }));
    await confirmImport();
    const [entry, ...rest] = (await readSnapshot(db)).entries;
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({ details: 'Logo' });
  });
});

describe(
  'the app’s CSV export, re-imported into the ledger it came from',
  { timeout: 20_000 },
  () => {
    it('offers nothing new', async () => {
      const db = freshDb();
      await seedSample(db);
      const { router } = renderApp('/settings');
      fireEvent.click(
        await screen.findByRole('button', { name: 'Export the ledger as CSV' }, { timeout: 5000 }),
      );
      await waitFor(() => expect(downloads).toHaveLength(1));
      const csv = await (downloads[0] as { blob: Blob }).blob.text();
      await router.navigate('/import');
      await screen.findByRole(
        'heading',
        { level: 1, name: 'Import your history' },
        { timeout: 5000 },
      );
      chooseFile(new File([csv], 'ledger.csv'));
      const preview = await screen.findByRole(
        'region',
        { name: 'Preview of ledger.csv' },
        { timeout: 5000 },
      );
      expect(within(preview).getByTestId('import-summary')).toHaveTextContent(
        '0 new entries, 50 rows already in your ledger.',
      );
      expect(within(preview).getByRole('button', { name: 'Import 0 entries' })).toBeDisabled();
      expect(preview).toHaveTextContent('Nothing new: every row is already in your ledger.');
    });
  },
);

describe('the restore confirmation', { timeout: 20_000 }, () => {
  it('reads naturally: what is replaced, and with what', async () => {
    const source = freshDb();
    await seedSample(source);
    const text = await backupOf(source);
    freshDb();
    renderApp('/settings');
    await chooseBackup(new File([text], 'backup.json'));
    const dialog = await screen.findByRole(
      'alertdialog',
      { name: 'Replace your ledger with backup.json?' },
      { timeout: 5000 },
    );
    expect(dialog).toHaveTextContent(
      'This replaces no account, 0 entries, 0 imports, 0 custom eras with the backup: the account (Freelancer Plus), 50 entries, 1 import, 1 custom era. It cannot be undone',
    );
    expect(dialog).not.toHaveTextContent('backup’s');
  });
});

describe('a wide CSV, under the column limit', { timeout: 20_000 }, () => {
  it('maps its columns, each drop-down listing every column once, by name', async () => {
    freshDb();
    await openImport();
    const extra = Array.from({ length: 996 }, (_, i) => (i % 2 === 0 ? 'Note' : `Extra ${i}`));
    const header = ['Date', 'Action', 'Details', 'Connects', ...extra].join(',');
    const row = ['2026-11-01', 'Applied to job', 'Logo', '-8', ...extra.map(() => '')].join(',');
    chooseFile(new File([`${header}\n${row}\n`], 'wide.csv'));
    const preview = await screen.findByRole(
      'region',
      { name: 'Preview of wide.csv' },
      { timeout: 5000 },
    );
    const date = within(preview).getByLabelText('Date');
    // Until it is used, a wide file's drop-down holds just its choice: 7,000 options are slow to lay out.
    expect(
      within(date)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['— none —', 'Date']);
    fireEvent.focus(date);
    const options = within(date).getAllByRole('option');
    expect(options).toHaveLength(1 + 1000);
    expect(options[1]).toHaveTextContent('Date');
    // A repeated name says which column it is.
    expect(options[5]).toHaveTextContent('Note (column 5)');
    expect(options[6]).toHaveTextContent('Extra 1');
    expect(within(preview).getByLabelText('Connects')).toHaveValue('3');
  });
});

describe('a column choice remembered for a wide header', () => {
  it('is kept under a name short enough for a backup, and found again', async () => {
    const db = freshDb();
    await seedSample(db);
    const header = Array.from({ length: 1000 }, (_, i) => `A rather long column name ${i}`);
    const columns = { ...emptyMapping(), date: 0, connects: 3 };
    await saveMapping(header, columns);
    expect(await loadMapping(header)).toEqual(columns);
    expect(await loadMapping(header.slice(1))).toBeNull();
    const keys = (await db.kv.toArray()).map((r) => r.key);
    for (const key of keys) expect(key.length).toBeLessThanOrEqual(TEXT_LIMITS.kvKey);
    // The short header's key is as before (mappings remembered earlier are still found).
    await saveMapping(['Date', 'Connects'], columns);
    expect(await db.kv.count()).toBe(keys.length + 1);
    expect(await db.kv.get('import.csv-columns:["date","connects"]')).toBeDefined();
    const backup = await fullExport(db);
    expect(() => parseBackup(backup)).not.toThrow();
  });
});
