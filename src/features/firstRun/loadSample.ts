/**
 * The demo history: the sample CSV bundled with the app, parsed by the same importer as a
 * user's file and stored as one import batch (so it can be removed like any import). Loaded on
 * demand, so neither the file nor the parser weighs on the first screen.
 */
import type { ImportRequest } from '../../commands';
import type { AccountRecord } from '../../read';

/** The sample's account (shared/samples/README.md): its replay ends at 108 Connects. */
export const SAMPLE_ACCOUNT: Omit<AccountRecord, 'createdAt'> = {
  id: 'account',
  plan: 'freelancer-plus',
  cycleDay: 10,
  start: '2026-08-10',
  startingBalance: 60,
  era: { kind: 'auto' },
};

export const SAMPLE_FILE_NAME = 'sample-history.csv';

const sampleModules = () =>
  Promise.all([import('./sample-history.csv?raw'), import('../../import/parseHistory')]);

/** Fetches the sample and the parser ahead of the click (and so that it works offline). */
export function preloadSample(): void {
  sampleModules().catch(() => {});
}

/** The sample as an import (run with the importBatch command). */
export async function sampleImport(): Promise<ImportRequest> {
  const [{ default: text }, { parseHistory }] = await sampleModules();
  const parsed = parseHistory(text);
  // The account's createdAt is the batch's importedAt: removing the batch can then remove it too.
  const now = new Date();
  return {
    account: { ...SAMPLE_ACCOUNT, createdAt: now.toISOString() },
    fileName: SAMPLE_FILE_NAME,
    format: parsed.format,
    events: parsed.events,
    now,
  };
}
