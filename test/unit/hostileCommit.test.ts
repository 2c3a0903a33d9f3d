/**
 * The same history imported twice in different formats, through the preview's plan and the
 * commit's own check in its transaction: the second import adds nothing (issue 12 #1).
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectsDb } from '../../src/db/database';
import { readAllEntries } from '../../src/db/entryPages';
import { readSnapshot, toLedgerCsv } from '../../src/db/exportData';
import { importBatch, type ImportRequest } from '../../src/commands';
import { setDatabase } from '../../src/db/instance';
import { run } from '../fixtures/db';
import { NO_CHOICES, planImport } from '../../src/features/import/importPlan';
import { indexStored } from '../../src/import/identity';
import { parseHistory } from '../../src/import/parseHistory';
import { userCsv } from '../import/hostileFormats';
import { readSample, SAMPLES } from '../import/sampleFiles';

let db: ConnectsDb;
/** The import command, on the database `db` is now. */
const commitImport = (on: ConnectsDb, request: ImportRequest) => {
  setDatabase(on);
  return run(importBatch(request));
};
beforeEach(async () => {
  db = new ConnectsDb(`hostile-commit-${Math.random()}`);
  setDatabase(db);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function importText(text: string, fileName: string) {
  const parse = parseHistory(text);
  const ledger = await readSnapshot(db);
  const plan = planImport(parse, NO_CHOICES, ledger, indexStored(ledger.entries));
  const outcome = await commitImport(db, {
    fileName,
    format: parse.format,
    events: plan.rows.map((r) => r.event),
    ...(plan.writesAccount ? { account: plan.account } : {}),
  });
  return { plan, outcome };
}

const FORMATS: Record<string, () => string> = {
  rows: () => readSample(SAMPLES.rows),
  blocks: () => readSample(SAMPLES.blocks),
  csv: () => readSample(SAMPLES.csv),
  'user csv': () => userCsv(readSample(SAMPLES.csv)),
};

describe('a second import of the same history, in another format, adds nothing', () => {
  const names = Object.keys(FORMATS);
  const pairs = names.flatMap((a) => [...names, 'app csv'].map((b) => [a, b] as const));

  it.each(pairs)('%s, then %s', async (a, b) => {
    const first = await importText((FORMATS[a] as () => string)(), `first.${a}`);
    expect(first.outcome.added).toBe(50);
    const text =
      b === 'app csv' ? toLedgerCsv(await readAllEntries(db)) : (FORMATS[b] as () => string)();
    const second = await importText(text, `second.${b}`);
    expect(second.plan.fresh).toBe(0);
    expect(second.plan.stored).toBe(50);
    expect(second.outcome).toEqual({ batchId: null, added: 0, skipped: 50 });
    expect(await readAllEntries(db)).toHaveLength(50);
  });

  it('the app’s CSV, then the copied page', async () => {
    await importText(readSample(SAMPLES.rows), 'page.txt');
    const csv = toLedgerCsv(await readAllEntries(db));
    const other = new ConnectsDb(`hostile-commit-other-${Math.random()}`);
    await other.open();
    const previous = db;
    db = other;
    try {
      expect((await importText(csv, 'ledger.csv')).outcome.added).toBe(50);
      expect((await importText(readSample(SAMPLES.rows), 'page.txt')).outcome.added).toBe(0);
    } finally {
      db = previous;
      await other.delete();
    }
  });

  it('the commit checks again in its transaction: rows stored since the preview are skipped', async () => {
    const parse = parseHistory(readSample(SAMPLES.rows));
    const empty = await readSnapshot(db);
    const plan = planImport(parse, NO_CHOICES, empty, indexStored(empty.entries));
    expect(plan.fresh).toBe(50);
    // Another tab imports the same history, as a CSV with other words, meanwhile.
    await importText(userCsv(readSample(SAMPLES.csv)), 'other-tab.csv');
    const outcome = await commitImport(db, {
      fileName: 'page.txt',
      format: parse.format,
      events: plan.rows.map((r) => r.event),
    });
    expect(outcome).toEqual({ batchId: null, added: 0, skipped: 50 });
  });
});
