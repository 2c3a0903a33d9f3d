/**
 * The demo history: the sample CSV bundled with the app, parsed by the same importer as a
 * user's file and stored as one import batch (so it can be removed like any import), with
 * what became of each proposal (the sample's outcomes file, matched to its proposals as an
 * outcomes file is), so the Proposals page has something to show on a first look. Loaded on
 * demand, so neither the files nor the parser weigh on the first screen.
 */
import type { ImportRequest } from '../../commands';
import type { ImportedEvent } from '../../import/types';
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
  Promise.all([
    import('./sample-history.csv?raw'),
    import('./sample-outcomes.csv?raw'),
    import('../../import/parseHistory'),
    import('../../import/matchOutcomes'),
  ]);

/** Fetches the sample and the parser ahead of the click (and so that it works offline). */
export function preloadSample(): void {
  sampleModules().catch(() => {});
}

/** The sample as an import (run with the importBatch command), its proposals with their outcomes. */
export async function sampleImport(): Promise<ImportRequest> {
  const [{ default: text }, { default: outcomesText }, { parseHistory }, { matchOutcomes }] =
    await sampleModules();
  const parsed = parseHistory(text);
  const rows = parseHistory(outcomesText).outcomeRows ?? [];
  const { matched } = matchOutcomes(rows, parsed.events);
  const outcomeOf = new Map(matched.map(({ row, proposal }) => [proposal, row.outcome]));
  const events = parsed.events.map((event): ImportedEvent => {
    const outcome = outcomeOf.get(event);
    return outcome && event.type === 'spend' ? { ...event, outcome } : event;
  });
  // The account's createdAt is the batch's importedAt: removing the batch can then remove it too.
  const now = new Date();
  return {
    account: { ...SAMPLE_ACCOUNT, createdAt: now.toISOString() },
    fileName: SAMPLE_FILE_NAME,
    format: parsed.format,
    events,
    now,
  };
}
