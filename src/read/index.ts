/**
 * The one way to read the ledger: features import hooks, types and pure readings from here.
 * The replay of a read (`replayThrough`) is in ./replay.ts, kept out of this module so the
 * first screen does not load the replay's code.
 */
export { useLedger, primeLedger } from './useLedger';
export { useOutcomes, useProposals, primeProposals, type ProposalsRead } from './useProposals';
export {
  useLedgerData,
  useBatches,
  useLastImportedAt,
  useAccount,
  type LedgerData,
} from './useLedgerData';
export { readPreference } from './preferences';
export type { LedgerRead, LedgerEvents, OutcomeIndex } from '../db/ledgerCache';
export type {
  AccountRecord,
  BatchRecord,
  CustomEraRecord,
  EntryRecord,
  EraSetting,
} from '../db/records';
export { compareEntries, eraChoiceOf, ledgerInput, replayInput, toEvent } from '../db/ledgerInput';
export { outcomeLookup } from '../db/ledgerCache/outcomeLookup';
export { accountAfterUndo } from '../db/importBatch';
